package io.capshift.application.port.in;

import io.capshift.domain.earnings.BlendRule;
import io.capshift.domain.earnings.EpsBasis;
import io.capshift.domain.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Small-cap against large-cap earnings growth at a date.
 *
 * @param smallId e.g. {@code sp600}
 * @param largeId e.g. {@code sp500}
 * @param asOf latest data on or before this date; empty for the latest
 * @param blendRule how calendar-year estimates blend into NTM earnings
 * @param basis operating or as-reported EPS
 */
public record CompareEarningsGrowthQuery(
    String smallId, String largeId, Optional<LocalDate> asOf, BlendRule blendRule, EpsBasis basis) {
  public CompareEarningsGrowthQuery {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(blendRule, "blendRule");
    Objects.requireNonNull(basis, "basis");
    if (smallId == null || smallId.isBlank()) {
      throw InvalidInputException.of("small_id", "must name the small-cap index");
    }
    if (largeId == null || largeId.isBlank()) {
      throw InvalidInputException.of("large_id", "must name the large-cap index");
    }
    smallId = smallId.strip();
    largeId = largeId.strip();
  }

  /** The query for one side. */
  public GetEarningsOutlookQuery side(String id) {
    return new GetEarningsOutlookQuery(id, asOf, blendRule, basis);
  }
}
