package io.capshift.domain.rates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The federal funds target range in force from a date.
 *
 * @param effectiveDate first day the range applies
 * @param lowerBound lower bound, decimal rate (0.0425 = 4.25%); equal to {@code upperBound} for the
 *     single target rates before December 2008
 * @param upperBound upper bound, decimal rate
 */
public record TargetRange(LocalDate effectiveDate, double lowerBound, double upperBound) {
  public TargetRange {
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    if (!Double.isFinite(lowerBound) || !Double.isFinite(upperBound) || lowerBound > upperBound) {
      throw new IllegalArgumentException(
          "bounds must be finite with lower <= upper: " + lowerBound + ", " + upperBound);
    }
  }
}
