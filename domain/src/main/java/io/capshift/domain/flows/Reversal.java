package io.capshift.domain.flows;

import java.time.LocalDate;

/**
 * A change of sign of the rolling flow large against its own history.
 *
 * @param date the date of the new sign
 * @param beforeUsd the rolling flow at the previous date, USD
 * @param afterUsd the rolling flow at {@code date}, USD
 * @param sizeInSd {@code |after − before|} over the sample standard deviation of the rolling flows
 *     up to {@code date}
 */
public record Reversal(LocalDate date, double beforeUsd, double afterUsd, double sizeInSd) {
  /** Whether money turned to flowing in. */
  public boolean inflow() {
    return afterUsd > 0;
  }
}
