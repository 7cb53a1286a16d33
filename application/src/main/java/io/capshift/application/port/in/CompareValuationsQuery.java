package io.capshift.application.port.in;

import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.fundamentals.JoinRules;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Small against large at a date.
 *
 * @param smallId the small-cap index or fund, e.g. {@code sp600} or {@code IWM}
 * @param largeId the large-cap index, e.g. {@code sp500}
 * @param asOf latest data on or before this date; empty for the latest
 * @param policy negative-earnings policy for sides computed from constituents
 * @param rules how old the company fundamentals of a look-through may be
 */
public record CompareValuationsQuery(
    String smallId,
    String largeId,
    Optional<LocalDate> asOf,
    NegativeEarningsPolicy policy,
    JoinRules rules) {

  /** With the default look-through rules. */
  public CompareValuationsQuery(
      String smallId, String largeId, Optional<LocalDate> asOf, NegativeEarningsPolicy policy) {
    this(smallId, largeId, asOf, policy, JoinRules.DEFAULT);
  }

  public CompareValuationsQuery {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    if (smallId == null || smallId.isBlank()) {
      throw InvalidInputException.of("small_id", "must name the small-cap index or fund");
    }
    if (largeId == null || largeId.isBlank()) {
      throw InvalidInputException.of("large_id", "must name the large-cap index");
    }
    smallId = smallId.strip();
    largeId = largeId.strip();
  }
}
