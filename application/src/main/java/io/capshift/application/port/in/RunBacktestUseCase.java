package io.capshift.application.port.in;

import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.signal.BacktestConfig;
import io.capshift.domain.signal.BacktestResult;
import java.time.LocalDate;
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
   * @param riskFreeId monthly risk-free returns; empty: {@link #DEFAULT_RISK_FREE} if stored
   * @param policyId policy-rate series; empty: as the event study (FRED, else built-in ranges)
   * @param from first month held, if given
   * @param config the rule's parameters
   */
  record Query(
      String smallId,
      String largeId,
      Optional<String> riskFreeId,
      Optional<String> policyId,
      Optional<LocalDate> from,
      BacktestConfig config) {
    public Query {
      Objects.requireNonNull(riskFreeId, "riskFreeId");
      Objects.requireNonNull(policyId, "policyId");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(config, "config");
      if (smallId == null || !smallId.contains(":") || largeId == null || !largeId.contains(":")) {
        throw InvalidInputException.of(
            "small_series_id",
            "small and large must be series ids <target>:<name>, got " + smallId + ", " + largeId);
      }
    }
  }

  /**
   * @param query what was run
   * @param result positions, statistics, growth
   * @param smallSource where the small-cap returns came from
   * @param largeSource where the large-cap returns came from
   * @param riskFreeSource where the risk-free rate came from, or why there is none
   * @param policySource where the policy rate came from
   * @param dataVersion the store's data version
   */
  record Report(
      Query query,
      BacktestResult result,
      String smallSource,
      String largeSource,
      String riskFreeSource,
      String policySource,
      long dataVersion) {}

  /**
   * @param cancelled polled each simulated month; true stops the run
   * @throws java.util.concurrent.CancellationException when cancelled
   */
  Report runBacktest(Query query, BooleanSupplier cancelled);
}
