package io.capshift.domain.fundamentals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Company fundamentals from SEC XBRL frames (docs/methods.md, "Look-through").
 *
 * <p>A flow over the trailing twelve months is the last annual frame plus the current year to date
 * less the prior year to date: with frames {@code CY2024}, {@code CY2025Q1}, {@code CY2025Q2},
 * {@code CY2024Q1} and {@code CY2024Q2}, {@code TTM = CY2024 + (CY2025Q1 + CY2025Q2) − (CY2024Q1 +
 * CY2024Q2)}, dated by the end of the company's CY2025Q2 period. The frames API has no year-to-date
 * durations, so a year to date is the sum of its quarters, and every part must be there; otherwise
 * the latest annual frame stands, dated by its own end. A balance is the latest instant frame.
 * Stateless.
 */
public final class FrameFundamentals {
  private FrameFundamentals() {}

  /** The concepts capshift reads from frames, each in the one unit it is read in. */
  public enum Concept {
    /** Net income, USD, a flow: {@link CompanyFundamentals#netIncome()}. */
    NET_INCOME("us-gaap", "NetIncomeLoss", "USD", false),
    /** Diluted EPS, USD per share, a flow: {@link CompanyFundamentals#eps()}. */
    EPS_DILUTED("us-gaap", "EarningsPerShareDiluted", "USD/shares", false),
    /** Shareholders' equity, USD, a balance: {@link CompanyFundamentals#bookEquity()}. */
    BOOK_EQUITY("us-gaap", "StockholdersEquity", "USD", true),
    /** Long-term debt, USD, a balance: {@link CompanyFundamentals#totalDebt()}. */
    LONG_TERM_DEBT("us-gaap", "LongTermDebt", "USD", true),
    /** Common shares outstanding, a balance: {@link CompanyFundamentals#shares()}. */
    SHARES("dei", "EntityCommonStockSharesOutstanding", "shares", true);

    private final String taxonomy;
    private final String tag;
    private final String unit;
    private final boolean balance;

    Concept(String taxonomy, String tag, String unit, boolean balance) {
      this.taxonomy = taxonomy;
      this.tag = tag;
      this.unit = unit;
      this.balance = balance;
    }

    public String taxonomy() {
      return taxonomy;
    }

    public String tag() {
      return tag;
    }

    /** The unit the concept is read in. */
    public String unit() {
      return unit;
    }

    /** Whether it is a balance at an instant rather than a flow over a period. */
    public boolean balance() {
      return balance;
    }

    /** The concept of {@code taxonomy/tag}, matched ignoring case, if capshift reads it. */
    public static Optional<Concept> of(String taxonomy, String tag) {
      return Arrays.stream(values())
          .filter(c -> c.taxonomy.equalsIgnoreCase(taxonomy) && c.tag.equalsIgnoreCase(tag))
          .findFirst();
    }
  }

  /**
   * One company's figure over the trailing twelve months, or its latest balance.
   *
   * @param value in the concept's unit
   * @param end the end of the latest period in it
   * @param formula which frames made it, e.g. {@code CY2024 + CY2025Q1..Q2 − CY2024Q1..Q2}
   */
  public record Trailing(double value, LocalDate end, String formula) {}

  /**
   * Each company's trailing-twelve-month flow from frames of one flow concept and unit.
   *
   * @throws IllegalArgumentException if the frames mix concepts or units, or hold instants
   */
  public static Map<Long, Trailing> trailing(List<XbrlFrame> frames) {
    requireOneConcept(frames);
    Map<Long, Map<FramePeriod, FrameFact>> byCompany = byCompany(frames, false);
    Map<Long, Trailing> out = new HashMap<>();
    byCompany.forEach((cik, periods) -> best(periods).ifPresent(t -> out.put(cik, t)));
    return out;
  }

  /** Each company's latest balance from instant frames of one concept and unit. */
  public static Map<Long, Trailing> latestBalance(List<XbrlFrame> frames) {
    requireOneConcept(frames);
    Map<Long, Map<FramePeriod, FrameFact>> byCompany = byCompany(frames, true);
    Map<Long, Trailing> out = new HashMap<>();
    byCompany.forEach(
        (cik, periods) -> {
          var last = ((TreeMap<FramePeriod, FrameFact>) periods).lastEntry();
          out.put(
              cik,
              new Trailing(
                  last.getValue().value(), last.getValue().end(), last.getKey().toString()));
        });
    return out;
  }

  /**
   * The companies the frames describe, one row per CIK, with the figures of the concepts capshift
   * reads ({@link Concept}); frames of other concepts, or of a concept in another unit, are not
   * used and are listed in {@code unused}.
   *
   * @param frames any frames
   * @param unused receives the path of each frame not used, with why
   */
  public static FundamentalsTable table(List<XbrlFrame> frames, List<String> unused) {
    Map<Concept, List<XbrlFrame>> byConcept = new TreeMap<>();
    for (XbrlFrame f : frames) {
      Optional<Concept> c = Concept.of(f.taxonomy(), f.tag());
      if (c.isEmpty()) {
        unused.add(f.path() + ": not a concept capshift reads");
      } else if (!c.get().unit.equals(f.unit())) {
        unused.add(f.path() + ": " + c.get().tag + " is read in " + c.get().unit);
      } else if (c.get().balance != f.period().instant()) {
        unused.add(
            f.path() + ": " + c.get().tag + (c.get().balance ? " is a balance" : " is a flow"));
      } else {
        byConcept.computeIfAbsent(c.get(), k -> new ArrayList<>()).add(f);
      }
    }
    Map<Long, CompanyFundamentals.Builder> rows = new TreeMap<>();
    Map<Long, String> names = new HashMap<>();
    for (XbrlFrame f : frames) {
      for (FrameFact fact : f.facts()) {
        names.putIfAbsent(fact.cik(), fact.entityName());
      }
    }
    byConcept.forEach(
        (concept, list) -> {
          Map<Long, Trailing> values = concept.balance ? latestBalance(list) : trailing(list);
          values.forEach(
              (cik, t) -> {
                var b =
                    rows.computeIfAbsent(
                        cik, k -> CompanyFundamentals.builder("").cik(k).name(names.get(k)));
                OptionalDouble v = OptionalDouble.of(t.value());
                switch (concept) {
                  case NET_INCOME -> b.netIncome(v);
                  case EPS_DILUTED -> b.eps(v);
                  case BOOK_EQUITY -> b.bookEquity(v);
                  case LONG_TERM_DEBT -> b.totalDebt(t.value() >= 0 ? v : OptionalDouble.empty());
                  case SHARES -> b.shares(t.value() >= 0 ? v : OptionalDouble.empty());
                }
              });
        });
    return FundamentalsTable.of(
        rows.values().stream().map(CompanyFundamentals.Builder::build).toList());
  }

  private static void requireOneConcept(List<XbrlFrame> frames) {
    if (frames.isEmpty()) {
      return;
    }
    XbrlFrame first = frames.get(0);
    for (XbrlFrame f : frames) {
      if (!f.concept().equalsIgnoreCase(first.concept()) || !f.unit().equals(first.unit())) {
        throw new IllegalArgumentException(
            "frames of one figure must share concept and unit: "
                + first.path()
                + " and "
                + f.path());
      }
    }
  }

  private static Map<Long, Map<FramePeriod, FrameFact>> byCompany(
      List<XbrlFrame> frames, boolean instants) {
    Map<Long, Map<FramePeriod, FrameFact>> out = new HashMap<>();
    for (XbrlFrame f : frames) {
      if (f.period().instant() != instants) {
        throw new IllegalArgumentException(
            f.path() + (instants ? " is not an instant frame" : " is an instant frame"));
      }
      for (FrameFact fact : f.facts()) {
        out.computeIfAbsent(fact.cik(), k -> new TreeMap<>()).put(f.period(), fact);
      }
    }
    return out;
  }

  /** The candidate with the latest end: an annual frame, or a year to date rolled forward. */
  private static Optional<Trailing> best(Map<FramePeriod, FrameFact> periods) {
    List<Trailing> candidates = new ArrayList<>();
    for (var e : periods.entrySet()) {
      FramePeriod p = e.getKey();
      if (p.annual()) {
        candidates.add(new Trailing(e.getValue().value(), e.getValue().end(), p.toString()));
      } else {
        rolled(periods, p.year(), p.quarter()).ifPresent(candidates::add);
      }
    }
    // the annual frame comes first among equal ends: the same twelve months, reported whole
    return candidates.stream().sorted(Comparator.comparing(Trailing::end).reversed()).findFirst();
  }

  /** {@code CY(y−1) + Σ CYyQ1..Qk − Σ CY(y−1)Q1..Qk}, when every part is there and k < 4. */
  private static Optional<Trailing> rolled(Map<FramePeriod, FrameFact> periods, int y, int k) {
    if (k >= 4) {
      return Optional.empty();
    }
    FrameFact annual = periods.get(new FramePeriod(y - 1, 0, false));
    if (annual == null) {
      return Optional.empty();
    }
    double value = annual.value();
    for (int q = 1; q <= k; q++) {
      FrameFact current = periods.get(new FramePeriod(y, q, false));
      FrameFact prior = periods.get(new FramePeriod(y - 1, q, false));
      if (current == null || prior == null) {
        return Optional.empty();
      }
      value += current.value() - prior.value();
    }
    String quarters = k == 1 ? "Q1" : "Q1..Q" + k;
    return Optional.of(
        new Trailing(
            value,
            periods.get(new FramePeriod(y, k, false)).end(),
            String.format(
                Locale.US, "CY%d + CY%d%s - CY%d%s", y - 1, y, quarters, y - 1, quarters)));
  }
}
