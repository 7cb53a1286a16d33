package io.capshift.application.port.in;

import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.fundamentals.JoinRules;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which valuation to compute.
 *
 * @param indexId index or fund id, e.g. {@code sp500} or {@code IWM} (matched ignoring case)
 * @param asOf the latest snapshot on or before this date; empty for the latest
 * @param policy how negative earners enter the P/E
 * @param rules how old the company fundamentals of a look-through may be, and the market-cap check
 */
public record GetIndexValuationQuery(
    String indexId, Optional<LocalDate> asOf, NegativeEarningsPolicy policy, JoinRules rules) {

  /** With the default look-through rules. */
  public GetIndexValuationQuery(
      String indexId, Optional<LocalDate> asOf, NegativeEarningsPolicy policy) {
    this(indexId, asOf, policy, JoinRules.DEFAULT);
  }

  public GetIndexValuationQuery {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(rules, "rules");
    if (indexId == null || indexId.isBlank()) {
      throw InvalidInputException.of("index_id", "must name an index or fund, e.g. sp500 or IWM");
    }
    indexId = indexId.strip();
  }
}
