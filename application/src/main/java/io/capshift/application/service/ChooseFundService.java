package io.capshift.application.service;

import io.capshift.application.port.in.ChooseFundUseCase;
import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.FundFact;
import io.capshift.application.port.in.FundHoldings;
import io.capshift.application.port.in.FundProfile;
import io.capshift.application.port.in.GetFundProfileQuery;
import io.capshift.application.port.in.GetFundProfileUseCase;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.common.Figure;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.fundamentals.JoinReport;
import io.capshift.domain.funds.ChoiceCriterion;
import io.capshift.domain.funds.FundCandidate;
import io.capshift.domain.funds.FundChooser;
import io.capshift.domain.funds.HoldingsValuation;
import io.capshift.domain.valuation.IndexValuation;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Ranks funds from what the store knew at the date (docs/methods.md, "Fund choice"): each fund's
 * profile at the date ({@link GetFundProfileUseCase}: its holdings joined to the fundamentals known
 * then, and its publisher's facts), read into the criteria below, then {@link FundChooser}.
 *
 * <ul>
 *   <li>valuation: the look-through P/E under the fund-site convention ({@code
 *       FUND_HARMONIC_CAPPED}), else the P/E the fund's facts state;
 *   <li>unprofitable: the look-through share of value in companies with earnings {@code <= 0}, of
 *       the value with earnings data;
 *   <li>concentration: the top-10 weight of the holdings, of the whole fund where the file lists
 *       only part of it;
 *   <li>dividend yield: the look-through yield (non-payers 0), else the facts';
 *   <li>expense ratio and size (log10 of total net assets): the facts.
 * </ul>
 *
 * An input older than the rules' age limit at the date is left out with its age.
 */
public final class ChooseFundService implements ChooseFundUseCase {
  private final DatasetRepository repository;
  private final GetFundProfileUseCase profiles;
  private final Clock clock;

  @Inject
  public ChooseFundService(
      DatasetRepository repository, GetFundProfileUseCase profiles, Clock clock) {
    this.repository = repository;
    this.profiles = profiles;
    this.clock = clock;
  }

  @Override
  public Result chooseFund(Query q) {
    long version = repository.dataVersion();
    LocalDate at = q.asOf().orElseGet(() -> LocalDate.now(clock));
    for (String named : concat(q.fundIds(), q.largeFunds())) {
      if (FirstDated.of(repository, named, named + GetFundProfileService.FACTS).isEmpty()) {
        // a fund never stored is a wrong id; one stored only later is unranked with the reason
        throw new NotFoundException(
            Reason.FUND_NOT_FOUND,
            "capshift.io/Fund",
            named,
            "nothing is stored for fund '"
                + named
                + "'; import its holdings file or the ETF overview snapshots");
      }
    }
    TreeSet<String> stored = storedFunds(at);
    List<String> notes = new ArrayList<>();
    List<String> large =
        q.largeFunds().isEmpty()
            ? Query.DEFAULT_LARGE_FUNDS.stream().filter(stored::contains).toList()
            : q.largeFunds();
    List<String> small;
    if (q.fundIds().isEmpty()) {
      small = stored.stream().filter(f -> !large.contains(f)).toList();
      notes.add(
          "candidates: every fund with holdings or facts known at "
              + at
              + (large.isEmpty()
                  ? "; no large-cap alternative is stored (name one with --large)"
                  : ", beside the large-cap alternative " + String.join(", ", large)));
    } else {
      small = q.fundIds().stream().filter(f -> !large.contains(f)).toList();
    }
    if (small.isEmpty() && large.isEmpty()) {
      Optional<LocalDate> first = firstFundData();
      throw new NotFoundException(
          Reason.FUND_NOT_FOUND,
          "capshift.io/Fund",
          "any fund",
          "no fund has holdings or facts on or before "
              + at
              + first
                  .map(d -> "; the first is dated " + d)
                  .orElse("; import a fund's holdings file or the ETF overview snapshots"),
          first.orElse(null));
    }
    List<FundCandidate> candidates = new ArrayList<>();
    for (String id : small) {
      candidates.add(candidate(id, false, at, q));
    }
    for (String id : large) {
      candidates.add(candidate(id, true, at, q));
    }
    return new Result(
        FundChooser.DEFAULT.rank(at, candidates, q.criterionWeights()),
        at,
        small,
        large,
        notes,
        version);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** The first date of any fund's holdings or facts. */
  private Optional<LocalDate> firstFundData() {
    return FirstDated.of(
        repository,
        i ->
            i.kind() == DatasetKind.FUND_HOLDINGS
                || i.kind() == DatasetKind.SERIES
                    && i.targetId().endsWith(GetFundProfileService.FACTS));
  }

  /** Funds with a holdings snapshot or facts dated on or before {@code at}. */
  private TreeSet<String> storedFunds(LocalDate at) {
    TreeSet<String> out = new TreeSet<>();
    for (DatasetInfo i : repository.list()) {
      if (i.kind() == DatasetKind.FUND_HOLDINGS && !i.asOf().isAfter(at)) {
        out.add(i.targetId().toUpperCase(Locale.US));
      } else if (i.kind() == DatasetKind.SERIES
          && i.targetId().endsWith(GetFundProfileService.FACTS)
          && observedBy(i, at)) {
        String fund =
            i.targetId().substring(0, i.targetId().length() - GetFundProfileService.FACTS.length());
        out.add(fund.toUpperCase(Locale.US));
      }
    }
    return out;
  }

  /**
   * Whether a facts file holds an observation made by {@code at}: a later file still holds those,
   * but a fund whose facts all came later was not a candidate then.
   */
  private boolean observedBy(DatasetInfo info, LocalDate at) {
    if (!info.asOf().isAfter(at)) {
      return true;
    }
    return repository.load(info) instanceof DatasetContent.SeriesSet set
        && set.series().stream().anyMatch(s -> s.size() > 0 && !s.date(0).isAfter(at));
  }

  private FundCandidate candidate(String id, boolean largeCap, LocalDate at, Query q) {
    FundProfile p;
    try {
      // holdings too old or undated are left out below: not valued for nothing
      p = profiles.getFundProfile(new GetFundProfileQuery(id, Optional.of(at), q.rules(), false));
    } catch (NotFoundException e) {
      String why = "nothing stored for " + id + " on or before " + at;
      List<FundCandidate.Value> none = new ArrayList<>();
      for (ChoiceCriterion c : ChoiceCriterion.values()) {
        none.add(FundCandidate.Value.missing(c, why));
      }
      return new FundCandidate(id, largeCap, none);
    }
    int maxAge = q.rules().maxAgeDays();
    Optional<FundHoldings> holdings =
        p.holdings().filter(h -> q.rules().holdingsCurrent(h.undated(), h.asOf(), at));
    String holdingsWhy =
        p.holdings()
            .map(
                h ->
                    h.undated()
                        ? "the holdings " + h.datasetId() + " are undated"
                        : "the holdings "
                            + h.datasetId()
                            + " are "
                            + age(h.asOf(), at)
                            + " days old at "
                            + at
                            + ", over the limit of "
                            + maxAge)
            .orElse(p.holdingsNote());
    Optional<HoldingsValuation> look =
        holdings.flatMap(FundHoldings::fundamentals).filter(l -> l.join().matched() > 0);
    String lookWhy =
        holdings.isEmpty()
            ? holdingsWhy
            : holdings.get().fundamentals().isEmpty()
                ? String.join("; ", holdings.get().notes())
                : "no holding joined company fundamentals ("
                    + holdings.get().fundamentals().get().join().sources().stream()
                        .map(u -> u.datasetId() + ": " + u.note())
                        .collect(Collectors.joining("; "))
                    + ")";
    // an index file with its own earnings (the S&P 500 constituents) is valued from them
    Optional<FundHoldings> own =
        holdings.filter(
            h ->
                h.fundamentals().isEmpty()
                    && h.lookThrough().earningsUnknown() < h.lookThrough().holdings());
    List<FundCandidate.Value> values = new ArrayList<>();
    values.add(
        own.map(h -> ownValue(ChoiceCriterion.VALUATION, h.fundSitePe(), "P/E", h, at))
            .orElseGet(() -> valuation(look, lookWhy, p, at, maxAge)));
    values.add(
        own.map(
                h ->
                    ownValue(
                        ChoiceCriterion.UNPROFITABLE,
                        Figure.of(
                            h.lookThrough().unprofitableWeight()
                                / (1 - h.lookThrough().earningsUnknownWeight())),
                        "share of value in negative earners (of the value with earnings data)",
                        h,
                        at))
            .orElseGet(
                () ->
                    look.map(
                            l ->
                                value(
                                    ChoiceCriterion.UNPROFITABLE,
                                    Figure.of(l.nonPositive().coveredWeight()),
                                    lookSource(l),
                                    l.join().holdingsAsOf(),
                                    at))
                        .orElse(
                            FundCandidate.Value.missing(ChoiceCriterion.UNPROFITABLE, lookWhy))));
    values.add(concentration(holdings, holdingsWhy, at));
    values.add(
        own.map(
                h ->
                    ownValue(
                        ChoiceCriterion.DIVIDEND_YIELD,
                        h.valuation().dividendYield(),
                        "dividend yield",
                        h,
                        at))
            .orElseGet(() -> dividend(look, lookWhy, p, at, maxAge)));
    values.add(fact(p, "expense_ratio", ChoiceCriterion.EXPENSE_RATIO, at, maxAge, false));
    values.add(fact(p, "assets", ChoiceCriterion.SIZE, at, maxAge, true));
    return new FundCandidate(id, largeCap, values);
  }

  private static FundCandidate.Value valuation(
      Optional<HoldingsValuation> look, String lookWhy, FundProfile p, LocalDate at, int maxAge) {
    if (look.isPresent()) {
      Figure pe = look.get().valuation(NegativeEarningsPolicy.FUND_HARMONIC_CAPPED).priceEarnings();
      if (pe.isDefined()) {
        return value(
            ChoiceCriterion.VALUATION,
            pe,
            "look-through P/E, fund-site convention (negative earners out, P/E capped at 60), "
                + lookSource(look.get()),
            look.get().join().holdingsAsOf(),
            at);
      }
    }
    FundCandidate.Value fact = fact(p, "pe", ChoiceCriterion.VALUATION, at, maxAge, false);
    return fact.figure().isDefined()
        ? fact
        : FundCandidate.Value.missing(
            ChoiceCriterion.VALUATION,
            "no look-through (" + lookWhy + ") and " + fact.figure().undefinedReason().orElse(""));
  }

  /** A figure of a snapshot that carries its own company figures; undefined with its reason. */
  private static FundCandidate.Value ownValue(
      ChoiceCriterion c, Figure f, String what, FundHoldings h, LocalDate at) {
    if (!f.isDefined()) {
      return FundCandidate.Value.missing(
          c, what + " of " + h.datasetId() + ": " + f.undefinedReason().orElse("undefined"));
    }
    String convention =
        c == ChoiceCriterion.VALUATION
            ? ", fund-site convention (negative earners out, P/E capped at 60)"
            : "";
    return value(
        c, f, what + convention + " from the own figures of " + h.datasetId(), h.asOf(), at);
  }

  private static FundCandidate.Value dividend(
      Optional<HoldingsValuation> look, String lookWhy, FundProfile p, LocalDate at, int maxAge) {
    if (look.isPresent()) {
      IndexValuation v = look.get().valuation(NegativeEarningsPolicy.INCLUDE);
      if (v.dividendYield().isDefined()) {
        return value(
            ChoiceCriterion.DIVIDEND_YIELD,
            v.dividendYield(),
            "look-through dividend yield (non-payers 0), " + lookSource(look.get()),
            look.get().join().holdingsAsOf(),
            at);
      }
    }
    FundCandidate.Value fact =
        fact(p, "dividend_yield", ChoiceCriterion.DIVIDEND_YIELD, at, maxAge, false);
    return fact.figure().isDefined()
        ? fact
        : FundCandidate.Value.missing(
            ChoiceCriterion.DIVIDEND_YIELD,
            "no look-through (" + lookWhy + ") and " + fact.figure().undefinedReason().orElse(""));
  }

  private static FundCandidate.Value concentration(
      Optional<FundHoldings> holdings, String why, LocalDate at) {
    if (holdings.isEmpty()) {
      return FundCandidate.Value.missing(ChoiceCriterion.CONCENTRATION, why);
    }
    FundHoldings h = holdings.get();
    Figure top10 = h.valuation().concentration().top10Weight();
    if (!top10.isDefined()) {
      return FundCandidate.Value.missing(
          ChoiceCriterion.CONCENTRATION, top10.undefinedReason().orElse("no top-10 weight"));
    }
    double listed =
        h.fundamentals().map(l -> l.holdings().fundFacts().listedShare().orElse(1.0)).orElse(1.0);
    String scope =
        listed < 1
            ? String.format(
                Locale.US, " (of the whole fund: the file lists %.1f%% of it)", 100 * listed)
            : "";
    return value(
        ChoiceCriterion.CONCENTRATION,
        Figure.of(top10.getAsDouble() * listed),
        "top-10 weight of " + h.datasetId() + scope,
        h.asOf(),
        at);
  }

  private static FundCandidate.Value fact(
      FundProfile p, String name, ChoiceCriterion c, LocalDate at, int maxAge, boolean log10) {
    Optional<FundFact> f = p.fact(name);
    if (f.isEmpty()) {
      return FundCandidate.Value.missing(
          c, "no '" + name + "' fact of " + p.fundId() + " by " + at);
    }
    long age = age(f.get().date(), at);
    if (age > maxAge) {
      return FundCandidate.Value.missing(
          c,
          "the latest '"
              + name
              + "' fact of "
              + p.fundId()
              + " is of "
              + f.get().date()
              + ", "
              + age
              + " days old, over the limit of "
              + maxAge);
    }
    double v = f.get().value();
    if (log10 && !(v > 0)) {
      return FundCandidate.Value.missing(c, "'" + name + "' is not positive");
    }
    return value(
        c,
        Figure.of(log10 ? Math.log10(v) : v),
        "'" + name + "' fact, " + f.get().source(),
        f.get().date(),
        at);
  }

  private static String lookSource(HoldingsValuation l) {
    JoinReport r = l.join();
    return String.format(
        Locale.US,
        "look-through of the holdings of %s with %s (%.1f%% of value matched)",
        r.holdingsAsOf(),
        r.sources().stream()
            .filter(JoinReport.SourceUse::used)
            .map(JoinReport.SourceUse::datasetId)
            .collect(Collectors.joining(", ")),
        100 * r.matchedWeight());
  }

  private static FundCandidate.Value value(
      ChoiceCriterion c, Figure f, String source, LocalDate date, LocalDate at) {
    return new FundCandidate.Value(c, f, source, Optional.of(date), age(date, at));
  }

  private static long age(LocalDate date, LocalDate at) {
    return ChronoUnit.DAYS.between(date, at);
  }
}
