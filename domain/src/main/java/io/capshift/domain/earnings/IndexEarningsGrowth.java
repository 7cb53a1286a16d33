package io.capshift.domain.earnings;

import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.Figure;
import java.util.Objects;

/**
 * An index's expected earnings growth from its constituents: {@code Σ F / Σ E − 1} over the names
 * that have both.
 *
 * @param growth {@code Σ forward / Σ trailing − 1}, decimal (0.212 = 21.2%); undefined when no name
 *     has both or {@code Σ trailing <= 0}
 * @param forwardSum Σ forward earnings over the names used, USD a year
 * @param trailingSum Σ trailing earnings over the names used, USD a year
 * @param coverage names used and skipped (with reasons), weighted by value
 */
public record IndexEarningsGrowth(
    Figure growth, double forwardSum, double trailingSum, Coverage coverage) {
  public IndexEarningsGrowth {
    Objects.requireNonNull(growth, "growth");
    Objects.requireNonNull(coverage, "coverage");
    if (!Double.isFinite(forwardSum) || !Double.isFinite(trailingSum)) {
      throw new IllegalArgumentException(
          "sums must be finite: forward " + forwardSum + ", trailing " + trailingSum);
    }
  }
}
