package io.capshift.application.service;

import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.history.Months;
import io.capshift.domain.history.PairedReturns;
import io.capshift.domain.signal.BacktestResult;
import io.capshift.domain.signal.RotationBacktest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs {@link RotationBacktest} on stored series: each month is held as the live signal called it
 * at the end of the month before ({@link SignalAssembly}, the path {@link GetRotationSignalService}
 * takes), from what the store knew at that date. The returns it earns are the newest vintage's.
 */
public final class RunBacktestService implements RunBacktestUseCase {
  private final DatasetRepository repository;
  private final MarketSeries market;
  private final SignalAssembly assembly;

  @Inject
  public RunBacktestService(
      DatasetRepository repository,
      SeriesResolver series,
      GetRateExpectationsUseCase rates,
      FundamentalsAt fundamentals) {
    this.repository = repository;
    this.market = new MarketSeries(repository, series);
    this.assembly =
        new SignalAssembly(
            repository, series, rates, new MarketExpectations(repository), fundamentals);
  }

  @Override
  public Report runBacktest(Query q, BooleanSupplier cancelled) {
    long version = repository.dataVersion();
    MarketSeries.Labelled small = market.monthsEndedBy(q.smallId(), q.to());
    MarketSeries.Labelled large = market.monthsEndedBy(q.largeId(), q.to());
    Optional<MarketSeries.Labelled> rf =
        q.riskFreeId()
            .map(id -> market.monthsEndedBy(id, q.to()))
            .or(() -> market.find(DEFAULT_RISK_FREE, q.to()));
    SignalAssembly.Spec spec =
        new SignalAssembly.Spec(
            q.smallId(),
            q.largeId(),
            q.smallFund(),
            q.largeFund(),
            q.weights(),
            GetRotationSignalUseCase.Query.DEFAULT_WEIGHT);
    Map<YearMonth, Double> riskFree =
        rf.<Map<YearMonth, Double>>map(r -> Months.lastInMonth(r.series())).orElse(Map.of());
    try {
      BacktestResult r =
          RotationBacktest.DEFAULT.run(
              PairedReturns.of(small.series(), large.series()),
              riskFree,
              monthEnd -> assembly.at(monthEnd, spec, q.config().rule()),
              q.config().costPerSwitch(),
              q.from().map(YearMonth::from),
              cancelled);
      return new Report(
          q,
          r,
          small.source(),
          large.source(),
          rf.map(MarketSeries.Labelled::source).orElse("none stored: Sharpe ratios n/a"),
          "each month held as the signal called it at the end of the month before, from what"
              + " was known then (momentum of "
              + q.smallId()
              + " and "
              + q.largeId()
              + ", policy direction, flows into "
              + q.smallFund()
              + ", "
              + q.smallFund()
              + "/"
              + q.largeFund()
              + " P/E; weights "
              + (q.weights().isEmpty() ? "equal" : q.weights())
              + "; staleness limits "
              + q.config().rule().staleness().describe()
              + "); no usable component: the 50/50 blend",
          version);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("large_series_id", e.getMessage());
    }
  }
}
