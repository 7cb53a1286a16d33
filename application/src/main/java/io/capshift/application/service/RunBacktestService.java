package io.capshift.application.service;

import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.signal.BacktestResult;
import io.capshift.domain.signal.RotationBacktest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Runs {@link RotationBacktest} on stored series; see {@link RunBacktestUseCase.Query}. */
public final class RunBacktestService implements RunBacktestUseCase {
  private final DatasetRepository repository;
  private final MarketSeries market;

  @Inject
  public RunBacktestService(DatasetRepository repository, SeriesResolver series) {
    this.repository = repository;
    this.market = new MarketSeries(repository, series);
  }

  @Override
  public Report runBacktest(Query q, BooleanSupplier cancelled) {
    long version = repository.dataVersion();
    MarketSeries.Labelled small = market.monthlyReturns(q.smallId());
    MarketSeries.Labelled large = market.monthlyReturns(q.largeId());
    Optional<MarketSeries.Labelled> rf =
        q.riskFreeId().map(market::monthlyReturns).or(() -> market.find(DEFAULT_RISK_FREE));
    MarketSeries.Labelled policy = market.policy(q.policyId());
    try {
      BacktestResult r =
          RotationBacktest.DEFAULT.run(
              small.series(),
              large.series(),
              rf.map(MarketSeries.Labelled::series),
              Optional.of(policy.series()),
              q.config(),
              q.from().map(YearMonth::from),
              cancelled);
      return new Report(
          q,
          r,
          small.source(),
          large.source(),
          rf.map(MarketSeries.Labelled::source).orElse("none stored: Sharpe ratios n/a"),
          policy.source(),
          version);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("large_series_id", e.getMessage());
    }
  }
}
