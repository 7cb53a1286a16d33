package io.capshift.application.port.in;

import io.capshift.domain.earnings.BlendRule;
import io.capshift.domain.earnings.EpsBasis;
import io.capshift.domain.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Trailing and forward earnings of an index at a date.
 *
 * @param indexId e.g. {@code sp500}
 * @param asOf the date; empty for the latest data
 * @param blendRule how calendar-year estimates blend into NTM earnings
 * @param basis operating or as-reported EPS, where the data has both
 */
public record GetEarningsOutlookQuery(
    String indexId, Optional<LocalDate> asOf, BlendRule blendRule, EpsBasis basis) {
  public GetEarningsOutlookQuery {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(blendRule, "blendRule");
    Objects.requireNonNull(basis, "basis");
    if (indexId == null || indexId.isBlank()) {
      throw InvalidInputException.of("index_id", "must name an index, e.g. sp500");
    }
    indexId = indexId.strip();
  }
}
