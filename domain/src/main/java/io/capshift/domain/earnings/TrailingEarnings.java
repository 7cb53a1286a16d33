package io.capshift.domain.earnings;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Trailing-twelve-months earnings: the sum of the four quarters ending on or before a date.
 *
 * @param asOf the date asked for
 * @param basis operating or as-reported EPS
 * @param value sum of the four quarters' EPS, USD per index share
 * @param quarters the four quarters summed, oldest first
 * @param includesEstimates whether any of them is an estimate or only partly reported
 * @param description the inputs in words, e.g. "operating EPS, 4 quarters to 2025-09-30: ..."
 */
public record TrailingEarnings(
    LocalDate asOf,
    EpsBasis basis,
    double value,
    List<QuarterlyEarnings> quarters,
    boolean includesEstimates,
    String description) {
  public TrailingEarnings {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(description, "description");
    quarters = List.copyOf(quarters);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("trailing earnings must be finite: " + value);
    }
  }
}
