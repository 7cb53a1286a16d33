package io.capshift.domain.flows;

import java.time.LocalDate;

/**
 * A change of sign of the rolling flow, confirmed when the rolling flow of the new sign grew large
 * against its own history ({@link FlowAnalyzer}).
 *
 * @param date the first date of the new sign
 * @param beforeUsd the rolling flow at the date before, USD
 * @param afterUsd the rolling flow at {@code date}, USD
 * @param confirmedOn the first date, on or after {@code date} and before the sign turned back, on
 *     which the rolling flow reached the threshold
 * @param confirmedUsd the rolling flow then, USD
 * @param sizeInSd {@code |confirmedUsd|} over the sample standard deviation of the rolling flows up
 *     to {@code confirmedOn}
 */
public record Reversal(
    LocalDate date,
    double beforeUsd,
    double afterUsd,
    LocalDate confirmedOn,
    double confirmedUsd,
    double sizeInSd) {
  /** Whether money turned to flowing in. */
  public boolean inflow() {
    return afterUsd > 0;
  }
}
