package io.capshift.application.service;

import io.capshift.application.port.in.ChooseFundUseCase;
import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.common.Figure;
import io.capshift.domain.common.Result;
import io.capshift.domain.common.Staleness;
import io.capshift.domain.error.CapshiftException;
import io.capshift.domain.fundamentals.JoinReport;
import io.capshift.domain.fundamentals.JoinRules;
import io.capshift.domain.history.MonthlyValues;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.PairedReturns;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.signal.ComponentKind;
import io.capshift.domain.signal.ExpectedFall;
import io.capshift.domain.signal.RotationSignal;
import io.capshift.domain.signal.RotationSignalCalculator;
import io.capshift.domain.signal.SignalInput;
import io.capshift.domain.signal.SignalRule;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.IndexValuationCalculator;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rotation signal at a date from what the store knew by then: the one path by which both the
 * live signal and, month end by month end, its backtest read their data. Every read is as of the
 * date ({@link SeriesResolver}: the newest vintage known by then, later observations cut), so the
 * signal at D from the whole store is the signal from a store that held only what was known at D.
 */
final class SignalAssembly {
  private static final RotationSignalCalculator RULE = RotationSignalCalculator.DEFAULT;

  /**
   * What the signal reads.
   *
   * @param smallId small-cap monthly returns or prices for momentum
   * @param largeId the large-cap counterpart
   * @param smallFund fund whose facts give flows and the small side's P/E
   * @param largeFund fund whose facts give the large side's P/E
   * @param weights weight by component key; a component not named weighs {@code defaultWeight}
   */
  record Spec(
      String smallId,
      String largeId,
      String smallFund,
      String largeFund,
      Map<String, Double> weights,
      double defaultWeight) {
    double weight(ComponentKind k) {
      return weights.getOrDefault(k.key(), defaultWeight);
    }
  }

  private static final String NO_EXPECTATIONS =
      "no futures strip or CME FedWatch history of the time stored";

  /** The date of the first futures strip of each data version, if any. */
  private final VersionedCache<String, Optional<LocalDate>> firstStrip = new VersionedCache<>(1);

  /** The date of the first futures strip stored, undated ones included, found once a version. */
  private Optional<LocalDate> firstStrip() {
    return firstStrip.get(
        repository.dataVersion(),
        "strip",
        k ->
            repository.list().stream()
                .filter(i -> i.kind() == DatasetKind.FUTURES_STRIP)
                .map(DatasetInfo::asOf)
                .min(java.util.Comparator.naturalOrder()));
  }

  /** The large-cap index whose constituents give the large side's P/E when its fund has none. */
  static final String LARGE_INDEX = "sp500";

  private final DatasetRepository repository;
  private final FundamentalsAt fundamentals;
  private final MarketSeries market;
  private final GetRateExpectationsUseCase rates;
  private final MarketExpectations priced;
  private final VersionedCache<String, MonthlyValues> histories = new VersionedCache<>(32);

  SignalAssembly(
      DatasetRepository repository,
      SeriesResolver series,
      GetRateExpectationsUseCase rates,
      MarketExpectations priced,
      FundamentalsAt fundamentals) {
    this.repository = repository;
    this.fundamentals = fundamentals;
    this.market = new MarketSeries(repository, series);
    this.rates = rates;
    this.priced = priced;
  }

  /** The call at {@code asOf}; with no usable component it is neutral with score 0. */
  RotationSignal at(LocalDate asOf, Spec spec, SignalRule rule) {
    return at(asOf, spec, rule, market(asOf, spec, rule));
  }

  /**
   * The components that read no fund: relative momentum of the return series and the policy
   * direction.
   */
  record Market(SignalInput momentum, SignalInput policy) {}

  /** {@link Market} at {@code asOf}: reads the spec's return series, not its funds. */
  Market market(LocalDate asOf, Spec spec, SignalRule rule) {
    return new Market(momentum(asOf, spec, rule), policy(asOf, rule));
  }

  /** {@link #at(LocalDate, Spec, SignalRule)} with its market components already computed. */
  RotationSignal at(LocalDate asOf, Spec spec, SignalRule rule, Market market) {
    List<SignalInput> inputs =
        List.of(
            market.momentum(),
            market.policy(),
            flows(asOf, spec, rule),
            valuation(asOf, spec, rule),
            RULE.growthGap(rule));
    return RULE.combine(asOf, inputs, spec::weight, rule.threshold());
  }

  private SignalInput momentum(LocalDate asOf, Spec spec, SignalRule rule) {
    try {
      MarketSeries.Labelled small = market.monthlyReturns(spec.smallId(), Optional.of(asOf));
      MarketSeries.Labelled large = market.monthlyReturns(spec.largeId(), Optional.of(asOf));
      return RULE.momentum(
          momentumHistory(spec, asOf, rule.momentumMonths()),
          asOf,
          rule,
          small.source() + "; " + large.source());
    } catch (CapshiftException e) {
      return RULE.leftOut(ComponentKind.MOMENTUM, rule, "", "", e.getMessage());
    }
  }

  /**
   * The relative-return history of the whole vintages read at {@code asOf}. A month's value reads
   * only the months up to it, so the history of a vintage's whole series serves every date that
   * reads that vintage, cut where the momentum is read ({@link RotationSignalCalculator#momentum});
   * it is kept per data version, so the backtest's month ends share it instead of each computing
   * the history again.
   */
  private MonthlyValues momentumHistory(Spec spec, LocalDate asOf, int months) {
    Map.Entry<String, TimeSeries> small = market.wholeVintageReturns(spec.smallId(), asOf);
    Map.Entry<String, TimeSeries> large = market.wholeVintageReturns(spec.largeId(), asOf);
    String key =
        String.join(
            "|",
            spec.smallId(),
            small.getKey(),
            spec.largeId(),
            large.getKey(),
            Integer.toString(months));
    return histories.get(
        repository.dataVersion(),
        key,
        k ->
            MonthlyValues.of(
                RULE.momentumHistory(
                    PairedReturns.of(small.getValue(), large.getValue()), months)));
  }

  private SignalInput policy(LocalDate asOf, SignalRule rule) {
    MarketSeries.PolicyRate policy;
    try {
      Optional<MarketSeries.PolicyRate> known =
          market.policyIfKnown(Optional.empty(), Optional.of(asOf));
      if (known.isEmpty()) {
        return RULE.leftOut(
            ComponentKind.POLICY, rule, "", "", MarketSeries.noPolicyRate(Optional.of(asOf)));
      }
      policy = known.get();
    } catch (CapshiftException e) {
      return RULE.leftOut(ComponentKind.POLICY, rule, "", "", e.getMessage());
    }
    Result<ExpectedFall> expected = expectedFall(asOf, rule, policy);
    return RULE.policy(
        policy.series(),
        policy.knownTo(),
        asOf,
        rule,
        expected.toOptional(),
        expected.failureReason().orElse(""),
        policy.source());
  }

  /**
   * What the market priced at {@code asOf}: CME's own published probabilities where its history
   * covers the date, else a futures strip of the time solved by the FedWatch method.
   */
  private Result<ExpectedFall> expectedFall(
      LocalDate asOf, SignalRule rule, MarketSeries.PolicyRate policy) {
    TimeSeries known = policy.series().upTo(asOf);
    // the range in force at the date, from the policy rate where it is known that recently; CME
    // publishes FedWatch history from 2024, when the target is a 25 bp range whose upper bound
    // the policy series holds
    Optional<Double> currentMid =
        known.size() > 0
                && rule.staleness()
                    .tooOld(Staleness.Frequency.DAILY, policy.knownTo(), asOf)
                    .isEmpty()
            ? Optional.of(known.value(known.size() - 1) - MarketExpectations.RANGE_WIDTH / 2)
            : Optional.empty();
    Optional<ExpectedFall> published =
        priced.expectedFall(asOf, rule.policyMonths(), currentMid, rule.staleness());
    if (published.isPresent()) {
      return Result.success(published.get());
    }
    if (firstStrip().filter(first -> !first.isAfter(asOf)).isEmpty()) {
      // what the strip's use case below would throw at every month end before the first strip
      return Result.failure(NO_EXPECTATIONS);
    }
    try {
      var r =
          rates.getRateExpectations(
              new GetRateExpectationsQuery(
                  Optional.of(asOf), Optional.empty(), FedWatchConvention.CME_ADJACENT_ANCHOR));
      return RULE.expectedFall(
          r.result(), asOf, rule.policyMonths(), "futures strip " + r.stripDatasetId());
    } catch (CapshiftException e) {
      return Result.failure(NO_EXPECTATIONS);
    }
  }

  private SignalInput flows(LocalDate asOf, Spec spec, SignalRule rule) {
    String facts = spec.smallFund() + GetFundProfileService.FACTS + ":";
    return RULE.flows(
        find(facts + "shares_outstanding", asOf),
        find(facts + "nav", asOf),
        find(facts + "price", asOf),
        asOf,
        rule,
        spec.smallFund(),
        facts);
  }

  private SignalInput valuation(LocalDate asOf, Spec spec, SignalRule rule) {
    Optional<Pe> small = lookThroughPe(spec.smallFund(), asOf);
    // the default large fund stands for the S&P 500: any S&P 500 fund whose holdings are stored
    // does (a store filled by fetch holds IVV's, not SPY's), then the index's own constituents
    List<String> largeFunds =
        spec.largeFund().equals(GetRotationSignalUseCase.Query.DEFAULT_LARGE_FUND)
            ? ChooseFundUseCase.Query.DEFAULT_LARGE_FUNDS
            : List.of(spec.largeFund());
    // the large side only matters once the small side has a P/E (most backtest months do not)
    Optional<Pe> large =
        small.isEmpty()
            ? Optional.empty()
            : largeFunds.stream()
                .map(f -> lookThroughPe(f, asOf))
                .flatMap(Optional::stream)
                .findFirst()
                .or(() -> constituentsPe(LARGE_INDEX, asOf));
    if (small.isPresent() && large.isPresent()) {
      // one same-day pair at the date: enough for the ratio, not for a score against history
      return RULE.valuation(
          Optional.of(point(spec.smallFund(), asOf, small.get().pe())),
          Optional.of(point(large.get().source(), asOf, large.get().pe())),
          asOf,
          rule,
          spec.smallFund(),
          large.get().source(),
          "P/E by the fund-site convention: " + small.get().label() + " vs " + large.get().label());
    }
    return RULE.valuation(
        find(spec.smallFund() + GetFundProfileService.FACTS + ":pe", asOf),
        find(spec.largeFund() + GetFundProfileService.FACTS + ":pe", asOf),
        asOf,
        rule,
        spec.smallFund(),
        spec.largeFund(),
        spec.smallFund()
            + " and "
            + spec.largeFund()
            + " P/E from their facts (stockanalysis.com)");
  }

  /** A P/E, the fund or index it is of, and what it was computed from. */
  private record Pe(double pe, String source, String label) {}

  /**
   * The fund's P/E from its holdings at {@code asOf} joined to the fundamentals known then, under
   * the fund-site convention; empty without dated holdings of at most a year or a match.
   */
  private Optional<Pe> lookThroughPe(String fund, LocalDate asOf) {
    Optional<ConstituentSnapshot> holdings = snapshot(fund, asOf);
    if (holdings.isEmpty() || holdings.get().hasEarnings()) {
      return Optional.empty();
    }
    return fundamentals
        .lookThrough(holdings.get(), asOf, JoinRules.DEFAULT, new ArrayList<>())
        .filter(l -> l.join().matched() > 0)
        .flatMap(
            l -> {
              Figure pe = l.valuation(NegativeEarningsPolicy.FUND_HARMONIC_CAPPED).priceEarnings();
              return pe.isDefined()
                  ? Optional.of(
                      new Pe(
                          pe.getAsDouble(),
                          fund,
                          String.format(
                              java.util.Locale.US,
                              "%s look-through %.1f (holdings of %s, %s, %.1f%% of value matched)",
                              fund,
                              pe.getAsDouble(),
                              l.join().holdingsAsOf(),
                              l.join().sources().stream()
                                  .filter(JoinReport.SourceUse::used)
                                  .map(JoinReport.SourceUse::datasetId)
                                  .collect(java.util.stream.Collectors.joining(", ")),
                              100 * l.join().matchedWeight())))
                  : Optional.empty();
            });
  }

  /** An index's P/E from its own constituent figures at {@code asOf}, fund-site convention. */
  private Optional<Pe> constituentsPe(String index, LocalDate asOf) {
    return snapshot(index, asOf)
        .filter(ConstituentSnapshot::hasEarnings)
        .flatMap(
            s -> {
              Figure pe =
                  IndexValuationCalculator.DEFAULT
                      .calculate(s, NegativeEarningsPolicy.FUND_HARMONIC_CAPPED)
                      .priceEarnings();
              return pe.isDefined()
                  ? Optional.of(
                      new Pe(
                          pe.getAsDouble(),
                          index,
                          String.format(
                              java.util.Locale.US,
                              "%s constituents %.1f (%s, own figures)",
                              index,
                              pe.getAsDouble(),
                              s.asOf())))
                  : Optional.empty();
            });
  }

  /** The dated snapshot of {@code id} on or before {@code asOf}, at most a year old. */
  private Optional<ConstituentSnapshot> snapshot(String id, LocalDate asOf) {
    return repository
        .find(id, Optional.of(asOf))
        .filter(i -> !i.undated())
        .filter(i -> !i.asOf().isBefore(asOf.minusDays(JoinRules.DEFAULT.maxAgeDays())))
        .map(repository::load)
        .filter(DatasetContent.Constituents.class::isInstance)
        .map(c -> ((DatasetContent.Constituents) c).snapshot());
  }

  private static TimeSeries point(String fund, LocalDate asOf, double pe) {
    return TimeSeries.of(
        fund + ":look-through-pe", "multiple (x)", List.of(new Observation(asOf, pe)));
  }

  /** The series as known at {@code asOf}, if it has any observation by then. */
  private Optional<TimeSeries> find(String id, LocalDate asOf) {
    return market
        .find(id, Optional.of(asOf))
        .map(MarketSeries.Labelled::series)
        .filter(s -> s.size() > 0);
  }
}
