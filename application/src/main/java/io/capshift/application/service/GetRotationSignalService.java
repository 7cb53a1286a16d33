package io.capshift.application.service;

import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.CapshiftException;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.history.PairedReturns;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.signal.ComponentKind;
import io.capshift.domain.signal.RotationSignal;
import io.capshift.domain.signal.RotationSignalCalculator;
import io.capshift.domain.signal.SignalInput;
import io.capshift.domain.signal.SignalRule;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The rotation signal from what the store holds at a date, by {@link RotationSignalCalculator}
 * under {@link SignalRule#LIVE}: relative momentum of the small and large return series, the policy
 * direction (expected by a futures strip of that time where one is stored, else realised), flows
 * into the small-cap fund and its P/E against the large-cap fund's. Weights are the query's.
 */
public final class GetRotationSignalService implements GetRotationSignalUseCase {
  private static final RotationSignalCalculator RULE = RotationSignalCalculator.DEFAULT;
  private static final SignalRule LIVE = SignalRule.LIVE;

  private final MarketSeries market;
  private final GetRateExpectationsUseCase rates;

  @Inject
  public GetRotationSignalService(
      DatasetRepository repository, SeriesResolver series, GetRateExpectationsUseCase rates) {
    this.market = new MarketSeries(repository, series);
    this.rates = rates;
  }

  @Override
  public RotationSignal getRotationSignal(Query q) {
    List<SignalInput> inputs =
        List.of(momentum(q), policy(q), flows(q), valuation(q), RULE.growthGap(LIVE));
    RotationSignal signal =
        RULE.combine(
            q.asOf(), inputs, k -> GetRotationSignalUseCase.weight(q, k.key()), LIVE.threshold());
    if (signal.components().stream().allMatch(c -> c.leftOut().isPresent())) {
      throw new FailedPreconditionException(
          Reason.NO_USABLE_COMPONENT,
          "no component of the signal is usable at "
              + q.asOf()
              + ": "
              + signal.components().stream()
                  .map(c -> c.name() + ": " + c.leftOut().orElseThrow())
                  .collect(Collectors.joining("; ")));
    }
    return signal;
  }

  private SignalInput momentum(Query q) {
    try {
      MarketSeries.Labelled small = market.monthlyReturns(q.smallId());
      MarketSeries.Labelled large = market.monthlyReturns(q.largeId());
      YearMonth endedByTheDate = YearMonth.from(q.asOf()).minusMonths(1);
      return RULE.momentum(
          PairedReturns.of(small.series(), large.series()),
          endedByTheDate,
          LIVE,
          small.source() + "; " + large.source());
    } catch (CapshiftException e) {
      return leftOut(ComponentKind.MOMENTUM, q, e.getMessage());
    }
  }

  private SignalInput policy(Query q) {
    try {
      MarketSeries.Labelled policy = market.policy(Optional.empty());
      return RULE.policy(policy.series(), q.asOf(), LIVE, expectedFall(q.asOf()), policy.source());
    } catch (CapshiftException e) {
      return leftOut(ComponentKind.POLICY, q, e.getMessage());
    }
  }

  /** The fall the latest futures strip on or before {@code asOf} prices, if one is stored. */
  private OptionalDouble expectedFall(LocalDate asOf) {
    try {
      var r =
          rates.getRateExpectations(
              new GetRateExpectationsQuery(
                  Optional.of(asOf), Optional.empty(), FedWatchConvention.CME_ADJACENT_ANCHOR));
      return RULE.expectedFall(r.result(), asOf, LIVE.policyMonths());
    } catch (CapshiftException e) {
      return OptionalDouble.empty();
    }
  }

  private SignalInput flows(Query q) {
    String facts = q.smallFund() + GetFundProfileService.FACTS + ":";
    return RULE.flows(
        find(facts + "shares_outstanding", q.asOf()),
        find(facts + "nav", q.asOf()),
        find(facts + "price", q.asOf()),
        q.asOf(),
        LIVE,
        q.smallFund(),
        facts);
  }

  private SignalInput valuation(Query q) {
    return RULE.valuation(
        find(q.smallFund() + GetFundProfileService.FACTS + ":pe", q.asOf()),
        find(q.largeFund() + GetFundProfileService.FACTS + ":pe", q.asOf()),
        q.asOf(),
        LIVE,
        q.smallFund(),
        q.largeFund(),
        q.smallFund() + " and " + q.largeFund() + " P/E from their facts (stockanalysis.com)");
  }

  private static SignalInput leftOut(ComponentKind kind, Query q, String why) {
    return RULE.leftOut(kind, LIVE, q.smallFund(), q.largeFund(), why);
  }

  /** The series cut to observations on or before {@code asOf}, if it has any. */
  private Optional<TimeSeries> find(String id, LocalDate asOf) {
    return market.find(id).map(l -> l.series().upTo(asOf)).filter(s -> s.size() > 0);
  }
}
