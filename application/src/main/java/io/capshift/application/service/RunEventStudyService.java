package io.capshift.application.service;

import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.history.EasingEvent;
import io.capshift.domain.history.EventStudy;
import io.capshift.domain.history.FirstCutDetector;
import jakarta.inject.Inject;
import java.util.List;

/** Runs the event study on stored series; see {@link RunEventStudyUseCase.Query}. */
public final class RunEventStudyService implements RunEventStudyUseCase {
  private final DatasetRepository repository;
  private final MarketSeries market;

  @Inject
  public RunEventStudyService(DatasetRepository repository, SeriesResolver series) {
    this.repository = repository;
    this.market = new MarketSeries(repository, series);
  }

  @Override
  public Report runEventStudy(Query q) {
    long version = repository.dataVersion();
    MarketSeries.Labelled policy = market.policy(q.policyId());
    List<EasingEvent> events = FirstCutDetector.DEFAULT.detect(policy.series(), q.quietMonths());
    MarketSeries.Labelled small = market.monthlyReturns(q.smallId());
    MarketSeries.Labelled large = market.monthlyReturns(q.largeId());
    try {
      var result =
          EventStudy.DEFAULT.run(
              events, small.series(), large.series(), q.horizons(), q.includeEventMonth());
      return new Report(
          q, events, result, policy.source(), small.source(), large.source(), version);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("large_series_id", e.getMessage());
    }
  }
}
