package io.capshift.domain.fundamentals;

import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Joins holdings (or index constituents) to company fundamentals: the look-through
 * (docs/methods.md, "Look-through"). Stateless; use {@link #DEFAULT}.
 *
 * <ul>
 *   <li>A holding joins the newest usable source's company with the same normalised ticker ({@link
 *       Tickers}); failing that, the company with the same CIK, the CIK of the holding's ticker
 *       coming from any usable source that gives one (a ticker map): share classes and renamed
 *       tickers join this way. A figure the joined row lacks is filled from another usable source's
 *       row of the same CIK.
 *   <li>A source is usable when dated on or before the answer's date and at most {@link
 *       JoinRules#maxAgeDays()} old at it; the caller gives only sources dated by then.
 *   <li>A holding of value {@code v} in a company of market cap {@code MC} owns {@code v / MC} of
 *       it: earnings {@code v × net income / MC} (or {@code v × EPS / price} without net income),
 *       book {@code v × book / MC}, debt {@code v × debt / MC}; forward earnings {@code v × forward
 *       EPS / price} and dividends {@code v × dividend per share / price}, 0 for a company that
 *       pays none. A company whose market cap departs from shares × price by more than {@link
 *       JoinRules#capTolerance()} keeps its value but gives none of the figures scaled by market
 *       cap.
 * </ul>
 *
 * <p>Cost: one hash lookup per holding and one pass over each source to index CIKs.
 */
public final class FundamentalsJoin {
  /** The shared instance. */
  public static final FundamentalsJoin DEFAULT = new FundamentalsJoin();

  private FundamentalsJoin() {}

  /**
   * The holdings joined to {@code sources}.
   *
   * @param holdings a fund's holdings or an index's constituents, values in USD (or percent)
   * @param at the answer's date; ages are measured to it
   * @param sources fundamentals datasets dated on or before {@code at}, any order
   * @param rules the age limit and the market-cap check
   */
  public JoinedHoldings join(
      ConstituentSnapshot holdings,
      LocalDate at,
      List<FundamentalsSource> sources,
      JoinRules rules) {
    return join(holdings, at, sources, rules, Index::of);
  }

  /**
   * {@link #join(ConstituentSnapshot, LocalDate, List, JoinRules)} with the index of the usable
   * sources from {@code indexes}, which may keep one per set of sources: building it reads every
   * company of every source, the join only the holdings.
   */
  public JoinedHoldings join(
      ConstituentSnapshot holdings,
      LocalDate at,
      List<FundamentalsSource> sources,
      JoinRules rules,
      Function<List<FundamentalsSource>, Index> indexes) {
    return join(holdings, plan(holdings, at, sources, rules), rules, indexes);
  }

  /**
   * The join {@code plan} describes, with the index of its usable sources from {@code indexes}.
   * Everything but the report's date and source ages depends on the holdings, the usable sources
   * and the rules alone: two dates with the same usable sources give the same join ({@link
   * JoinReport#redated(LocalDate, List)} re-dates one).
   */
  public JoinedHoldings join(
      ConstituentSnapshot holdings,
      Plan plan,
      JoinRules rules,
      Function<List<FundamentalsSource>, Index> indexes) {
    Objects.requireNonNull(holdings, "holdings");
    Objects.requireNonNull(rules, "rules");
    return new Run(holdings, plan.at(), indexes.apply(plan.usable()), rules, plan.uses()).run();
  }

  /**
   * What a join at a date reads.
   *
   * @param at the answer's date
   * @param usable the sources the join reads, newest first (then by dataset id)
   * @param uses every source given, used or not, with its age at {@code at} and why
   */
  public record Plan(
      LocalDate at, List<FundamentalsSource> usable, List<JoinReport.SourceUse> uses) {
    public Plan {
      Objects.requireNonNull(at, "at");
      usable = List.copyOf(usable);
      uses = List.copyOf(uses);
    }
  }

  /**
   * Which of {@code sources} a join of {@code holdings} at {@code at} may read under {@code rules}:
   * those dated by {@code at} and at most {@link JoinRules#maxAgeDays()} old at it.
   */
  public Plan plan(
      ConstituentSnapshot holdings,
      LocalDate at,
      List<FundamentalsSource> sources,
      JoinRules rules) {
    Objects.requireNonNull(holdings, "holdings");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(rules, "rules");
    List<FundamentalsSource> ordered =
        sources.stream()
            .sorted(
                Comparator.comparing(FundamentalsSource::asOf)
                    .reversed()
                    .thenComparing(FundamentalsSource::datasetId))
            .toList();
    List<JoinReport.SourceUse> uses = new ArrayList<>();
    List<FundamentalsSource> usable = new ArrayList<>();
    for (FundamentalsSource s : ordered) {
      long age = ChronoUnit.DAYS.between(s.asOf(), at);
      long gap = ChronoUnit.DAYS.between(holdings.asOf(), s.asOf());
      String why = null;
      if (age < 0) {
        why = "dated after " + at;
      } else if (age > rules.maxAgeDays()) {
        why =
            String.format(
                Locale.US,
                "%d days old at %s, over the limit of %d days",
                age,
                at,
                rules.maxAgeDays());
      }
      boolean figures = s.table().hasFigures();
      if (why == null) {
        usable.add(s);
      }
      uses.add(
          new JoinReport.SourceUse(
              s.datasetId(),
              s.source(),
              s.asOf(),
              s.undated(),
              age,
              gap,
              why == null,
              figures,
              why != null ? why : figures ? "company figures" : "identities only (ticker to CIK)"));
    }
    return new Plan(at, usable, uses);
  }

  /**
   * The usable sources indexed for a join: the tables with figures, newest first, each by CIK (a
   * row's own, else the one another source gives its ticker), and the CIK of each normalised
   * ticker. Immutable.
   */
  public static final class Index {
    private final List<FundamentalsTable> figureTables = new ArrayList<>();
    private final List<Map<Long, CompanyFundamentals>> byCik = new ArrayList<>();
    private final Map<String, Long> cikOfKey = new HashMap<>();

    private Index(List<FundamentalsSource> usable) {
      // each row's key as its table worked it out: normalising ~16,000 tickers again per index
      // was a fifth of a cold join
      for (FundamentalsSource s : usable) {
        FundamentalsTable table = s.table();
        List<CompanyFundamentals> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
          CompanyFundamentals c = rows.get(i);
          String key = table.key(i);
          if (c.cik().isPresent() && !key.isEmpty()) {
            cikOfKey.putIfAbsent(key, c.cik().getAsLong());
          }
        }
      }
      for (FundamentalsSource s : usable) {
        FundamentalsTable table = s.table();
        if (!table.hasFigures()) {
          continue;
        }
        figureTables.add(table);
        Map<Long, CompanyFundamentals> index = new HashMap<>(table.size() * 2);
        List<CompanyFundamentals> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
          CompanyFundamentals c = rows.get(i);
          OptionalLong cik = cikOf(c, table.key(i));
          if (cik.isPresent()) {
            index.putIfAbsent(cik.getAsLong(), c);
          }
        }
        byCik.add(index);
      }
    }

    /** The index of {@code usable}, newest first as the join orders them. */
    public static Index of(List<FundamentalsSource> usable) {
      return new Index(usable);
    }

    private OptionalLong cikOf(CompanyFundamentals c) {
      return c.cik().isPresent() ? c.cik() : cikOf(c, c.key());
    }

    /** As {@link #cikOf(CompanyFundamentals)}, with {@code c}'s key already worked out. */
    private OptionalLong cikOf(CompanyFundamentals c, String key) {
      if (c.cik().isPresent()) {
        return c.cik();
      }
      Long k = cikOfKey.get(key);
      return k == null ? OptionalLong.empty() : OptionalLong.of(k);
    }
  }

  /** One join's working state. */
  private static final class Run {
    private final ConstituentSnapshot holdings;
    private final LocalDate at;
    private final JoinRules rules;
    private final List<JoinReport.SourceUse> uses;
    private final List<FundamentalsTable> figureTables;
    private final List<Map<Long, CompanyFundamentals>> byCik;
    private final Map<String, Long> cikOfKey;
    private final Index index;

    Run(
        ConstituentSnapshot holdings,
        LocalDate at,
        Index index,
        JoinRules rules,
        List<JoinReport.SourceUse> uses) {
      this.holdings = holdings;
      this.at = at;
      this.rules = rules;
      this.uses = uses;
      this.index = index;
      this.figureTables = index.figureTables;
      this.byCik = index.byCik;
      this.cikOfKey = index.cikOfKey;
    }

    private OptionalLong cikOf(CompanyFundamentals c) {
      return index.cikOf(c);
    }

    JoinedHoldings run() {
      int n = holdings.size();
      double total = 0;
      for (int i = 0; i < n; i++) {
        total += holdings.constituent(i).value();
      }
      double[] forward = nans(n);
      double[] debt = nans(n);
      double[] roe = nans(n);
      List<Constituent> rows = new ArrayList<>(n);
      List<JoinReport.Miss> unmatched = new ArrayList<>();
      List<JoinReport.Miss> mismatched = new ArrayList<>();
      int matched = 0;
      int viaCik = 0;
      double matchedValue = 0;
      int[] counts = new int[3]; // filled, by income, by EPS
      for (int i = 0; i < n; i++) {
        Constituent h = holdings.constituent(i);
        double w = total > 0 ? h.value() / total : 0;
        String key = Tickers.normalise(h.symbol());
        int source = -1;
        CompanyFundamentals row = null;
        for (int s = 0; s < figureTables.size() && row == null; s++) {
          row = figureTables.get(s).byKey(key).orElse(null);
          source = s;
        }
        boolean cikJoin = false;
        if (row == null) {
          Long cik = cikOfKey.get(key);
          for (int s = 0; cik != null && s < byCik.size() && row == null; s++) {
            row = byCik.get(s).get(cik);
            source = s;
            cikJoin = row != null;
          }
        }
        if (row == null) {
          unmatched.add(
              new JoinReport.Miss(
                  h.symbol(),
                  h.name(),
                  w,
                  figureTables.isEmpty() ? "no usable fundamentals" : "ticker not found"));
          // figures the holdings file itself gave are not mixed into a look-through
          rows.add(Constituent.valueOnly(h.symbol(), h.name(), h.sector(), h.value()));
          continue;
        }
        row = fill(row, source, counts);
        matched++;
        viaCik += cikJoin ? 1 : 0;
        matchedValue += h.value();
        OptionalDouble disagreement = row.capDisagreement();
        boolean capOk =
            disagreement.isEmpty() || disagreement.getAsDouble() <= rules.capTolerance();
        if (!capOk) {
          mismatched.add(
              new JoinReport.Miss(
                  h.symbol(),
                  h.name(),
                  w,
                  String.format(
                      Locale.US,
                      "market cap %.4g USD departs from shares x price %.4g USD by %.0f%%",
                      row.marketCap().getAsDouble(),
                      row.shares().getAsDouble() * row.price().getAsDouble(),
                      100 * disagreement.getAsDouble())));
        }
        rows.add(attribute(h, row, capOk, counts, i, forward, debt, roe));
      }
      unmatched.sort(Comparator.comparingDouble(JoinReport.Miss::weight).reversed());
      mismatched.sort(Comparator.comparingDouble(JoinReport.Miss::weight).reversed());
      ConstituentSnapshot joined =
          ConstituentSnapshot.of(
              holdings.id(), holdings.asOf(), holdings.type(), holdings.fundFacts(), rows);
      JoinReport report =
          new JoinReport(
              holdings.asOf(),
              at,
              n,
              total,
              matched,
              total > 0 ? matchedValue / total : 0,
              viaCik,
              unmatched,
              mismatched,
              counts[0],
              counts[1],
              counts[2],
              uses);
      return new JoinedHoldings(joined, forward, debt, roe, report);
    }

    /** {@code row} with the figures it lacks taken from other sources' rows of its CIK. */
    private CompanyFundamentals fill(CompanyFundamentals row, int source, int[] counts) {
      OptionalLong cik = cikOf(row);
      if (cik.isEmpty() || byCik.size() < 2) {
        return row;
      }
      CompanyFundamentals out = row;
      for (int s = 0; s < byCik.size(); s++) {
        CompanyFundamentals other = s == source ? null : byCik.get(s).get(cik.getAsLong());
        if (other != null) {
          CompanyFundamentals merged = merge(out, other);
          if (!merged.equals(out)) {
            counts[0]++;
            out = merged;
          }
        }
      }
      return out;
    }

    private static CompanyFundamentals merge(CompanyFundamentals a, CompanyFundamentals b) {
      return CompanyFundamentals.builder(a.ticker())
          .cik(a.cik().isPresent() ? a.cik() : b.cik())
          .name(a.name().isEmpty() ? b.name() : a.name())
          .sector(a.sector().isEmpty() ? b.sector() : a.sector())
          .country(a.country().isEmpty() ? b.country() : a.country())
          .marketCap(or(a.marketCap(), b.marketCap()))
          .netIncome(or(a.netIncome(), b.netIncome()))
          .eps(or(a.eps(), b.eps()))
          .forwardEps(or(a.forwardEps(), b.forwardEps()))
          .price(or(a.price(), b.price()))
          .shares(or(a.shares(), b.shares()))
          .bookEquity(or(a.bookEquity(), b.bookEquity()))
          .totalDebt(or(a.totalDebt(), b.totalDebt()))
          .dividendPerShare(or(a.dividendPerShare(), b.dividendPerShare()))
          .build();
    }

    private static OptionalDouble or(OptionalDouble a, OptionalDouble b) {
      return a.isPresent() ? a : b;
    }

    /** The holding with its share of the company's figures. */
    private static Constituent attribute(
        Constituent h,
        CompanyFundamentals c,
        boolean capOk,
        int[] counts,
        int i,
        double[] forward,
        double[] debt,
        double[] roe) {
      double v = h.value();
      OptionalDouble mc = capOk ? positive(c.marketCap()) : OptionalDouble.empty();
      OptionalDouble price = positive(c.price());
      OptionalDouble earnings = OptionalDouble.empty();
      if (mc.isPresent() && c.netIncome().isPresent()) {
        earnings = finite(v * (c.netIncome().getAsDouble() / mc.getAsDouble()));
        counts[1]++;
      } else if (capOk && price.isPresent() && c.eps().isPresent()) {
        earnings = finite(v * (c.eps().getAsDouble() / price.getAsDouble()));
        counts[2]++;
      }
      OptionalDouble dividends =
          price.isPresent() && c.dividendPerShare().isPresent()
              ? finite(v * (c.dividendPerShare().getAsDouble() / price.getAsDouble()))
              : OptionalDouble.empty();
      OptionalDouble book =
          mc.isPresent() && c.bookEquity().isPresent()
              ? finite(v * (c.bookEquity().getAsDouble() / mc.getAsDouble()))
              : OptionalDouble.empty();
      if (price.isPresent() && c.forwardEps().isPresent()) {
        forward[i] = orNan(finite(v * (c.forwardEps().getAsDouble() / price.getAsDouble())));
      }
      if (mc.isPresent() && c.totalDebt().isPresent()) {
        debt[i] = orNan(finite(v * (c.totalDebt().getAsDouble() / mc.getAsDouble())));
      }
      if (c.netIncome().isPresent()
          && c.bookEquity().isPresent()
          && c.bookEquity().getAsDouble() > 0) {
        roe[i] = orNan(finite(c.netIncome().getAsDouble() / c.bookEquity().getAsDouble()));
      }
      return new Constituent(
          h.symbol(),
          h.name().isEmpty() ? c.name() : h.name(),
          h.sector().isEmpty() ? c.sector() : h.sector(),
          v,
          earnings,
          dividends,
          book,
          h.sales(),
          h.credit());
    }

    private static OptionalDouble positive(OptionalDouble v) {
      return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
    }

    private static OptionalDouble finite(double v) {
      return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private static double orNan(OptionalDouble v) {
      return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }

    private static double[] nans(int n) {
      double[] a = new double[n];
      Arrays.fill(a, Double.NaN);
      return a;
    }
  }
}
