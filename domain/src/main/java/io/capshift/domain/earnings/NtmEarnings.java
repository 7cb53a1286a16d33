package io.capshift.domain.earnings;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Next-twelve-months earnings, and how they were obtained.
 *
 * @param asOf the date they are forward from
 * @param value earnings, USD per index share (or USD for an aggregate)
 * @param method how: a named calendar-year blend or the sum of the next four quarters
 * @param currentYearWeight the weight {@code w} of the current calendar year in a blend (0 for a
 *     quarterly sum), decimal
 * @param description the inputs in words, e.g. "63/365 × CY2025 268.30 + 302/365 × CY2026 304.88"
 */
public record NtmEarnings(
    LocalDate asOf, double value, Method method, double currentYearWeight, String description) {

  /** How NTM earnings were computed. */
  public enum Method {
    FACTSET_CALENDAR_DAYS,
    YARDENI_WEEKS,
    NEXT_FOUR_QUARTERS,
    /** Taken as published (a provider's forward EPS), not computed. */
    PUBLISHED
  }

  public NtmEarnings {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(description, "description");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("NTM earnings must be finite: " + value);
    }
    if (!(currentYearWeight >= 0 && currentYearWeight <= 1)) {
      throw new IllegalArgumentException("weight must lie in [0, 1]: " + currentYearWeight);
    }
  }
}
