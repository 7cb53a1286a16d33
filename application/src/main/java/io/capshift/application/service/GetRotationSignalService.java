package io.capshift.application.service;

import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.signal.RotationSignal;
import io.capshift.domain.signal.SignalRule;
import jakarta.inject.Inject;
import java.util.stream.Collectors;

/**
 * The rotation signal at a date from what the store knew by then ({@link SignalAssembly}) under
 * {@link SignalRule#LIVE} with the query's staleness limits: relative momentum of the small and
 * large return series, the policy direction (as priced at the time where CME's published
 * probabilities or a futures strip of the time are stored, else realised), flows into the small-cap
 * fund and its P/E against the large-cap fund's. Weights are the query's. With no usable component
 * there is no call: FAILED_PRECONDITION naming why each was left out.
 */
public final class GetRotationSignalService implements GetRotationSignalUseCase {
  private final SignalAssembly assembly;

  @Inject
  public GetRotationSignalService(
      DatasetRepository repository, SeriesResolver series, GetRateExpectationsUseCase rates) {
    this.assembly =
        new SignalAssembly(repository, series, rates, new MarketExpectations(repository));
  }

  @Override
  public RotationSignal getRotationSignal(Query q) {
    RotationSignal signal =
        assembly.at(q.asOf(), spec(q), SignalRule.LIVE.withStaleness(q.staleness()));
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

  static SignalAssembly.Spec spec(Query q) {
    return new SignalAssembly.Spec(
        q.smallId(), q.largeId(), q.smallFund(), q.largeFund(), q.weights(), Query.DEFAULT_WEIGHT);
  }
}
