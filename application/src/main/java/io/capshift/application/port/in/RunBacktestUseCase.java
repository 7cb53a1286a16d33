package io.capshift.application.port.in;

import io.capshift.domain.signal.BacktestConfig;
import io.capshift.domain.signal.BacktestResult;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** A point-in-time backtest of the rotation rule. */
public interface RunBacktestUseCase {
  /** Default risk-free series: the 1-month T-bill of Kenneth French's factor file. */
  String DEFAULT_RISK_FREE = "ff-factors:rf";

  /**
   * @param smallId small-cap monthly returns or prices
   * @param largeId large-cap monthly returns or prices
   * @param smallFund fund whose facts give the signal's flows and small-side P/E, e.g. IWM
   * @param largeFund fund whose facts give the large side's P/E, e.g. SPY
   * @param riskFreeId monthly risk-free returns; empty: {@link #DEFAULT_RISK_FREE} if stored
   * @param from first month held, if given
   * @param config the signal's rule and the cost of a switch
   * @param weights weight of each component by name, as the signal takes them
   * @param to the last date whose data the backtest may read: months ended by it; empty for all
   */
  record Query(
      String smallId,
      String largeId,
      String smallFund,
      String largeFund,
      Optional<String> riskFreeId,
      Optional<LocalDate> from,
      BacktestConfig config,
      Map<String, Double> weights,
      Optional<LocalDate> to) {
    /** All the data. */
    public Query(
        String smallId,
        String largeId,
        String smallFund,
        String largeFund,
        Optional<String> riskFreeId,
        Optional<LocalDate> from,
        BacktestConfig config,
        Map<String, Double> weights) {
      this(
          smallId,
          largeId,
          smallFund,
          largeFund,
          riskFreeId,
          from,
          config,
          weights,
          Optional.empty());
    }

    /** The default funds and equal weights. */
    public Query(
        String smallId,
        String largeId,
        Optional<String> riskFreeId,
        Optional<LocalDate> from,
        BacktestConfig config) {
      this(
          smallId,
          largeId,
          GetRotationSignalUseCase.Query.DEFAULT_SMALL_FUND,
          GetRotationSignalUseCase.Query.DEFAULT_LARGE_FUND,
          riskFreeId,
          from,
          config,
          Map.of());
    }

    public Query {
      Objects.requireNonNull(smallFund, "smallFund");
      Objects.requireNonNull(largeFund, "largeFund");
      Objects.requireNonNull(riskFreeId, "riskFreeId");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(to, "to");
      weights = Map.copyOf(weights);
      RunEventStudyUseCase.requireSeriesPair(smallId, largeId);
      // the signal's own check of the weights
      new GetRotationSignalUseCase.Query(
          LocalDate.EPOCH, smallId, largeId, smallFund, largeFund, weights);
    }
  }

  /**
   * @param query what was run
   * @param result positions, statistics, growth
   * @param smallSource where the small-cap returns came from
   * @param largeSource where the large-cap returns came from
   * @param riskFreeSource where the risk-free rate came from, or why there is none
   * @param decisions how each month was decided: the live signal at the month's end
   * @param dataVersion the store's data version
   */
  record Report(
      Query query,
      BacktestResult result,
      String smallSource,
      String largeSource,
      String riskFreeSource,
      String decisions,
      long dataVersion) {}

  /**
   * @param cancelled polled each simulated month; true stops the run
   * @throws java.util.concurrent.CancellationException when cancelled
   */
  Report runBacktest(Query query, BooleanSupplier cancelled);
}
