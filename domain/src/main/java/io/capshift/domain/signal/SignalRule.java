package io.capshift.domain.signal;

/**
 * The parameters of the rotation rule that the live signal and the backtest share.
 *
 * @param momentumMonths months of the small-minus-large return, 1–60
 * @param policyMonths months over which the policy rate's fall is measured, 1–60
 * @param minHistory values a component needs in its history before it is standardised, 2–600
 * @param threshold score beyond which the call leaves neutral, standard deviations, [0, 10)
 * @param maxAgeMonths how many months older than the decision month a component's latest value may
 *     be and still count; {@link #ANY_AGE} for no limit
 */
public record SignalRule(
    int momentumMonths, int policyMonths, int minHistory, double threshold, int maxAgeMonths) {

  /** No limit on the age of a component's latest value. */
  public static final int ANY_AGE = Integer.MAX_VALUE;

  /**
   * The live signal's rule: momentum and policy direction over 12 months, 36 values of history,
   * ±0.5 sd. A component's latest value counts at any age; the backtest decides each month on that
   * month's values only.
   */
  public static final SignalRule LIVE = new SignalRule(12, 12, 36, 0.5, ANY_AGE);

  public SignalRule {
    if (momentumMonths < 1
        || momentumMonths > 60
        || policyMonths < 1
        || policyMonths > 60
        || minHistory < 2
        || minHistory > 600) {
      throw new IllegalArgumentException(
          "months must be 1-60 and minHistory 2-600: "
              + momentumMonths
              + ", "
              + policyMonths
              + ", "
              + minHistory);
    }
    if (!(threshold >= 0 && threshold < 10) || maxAgeMonths < 0) {
      throw new IllegalArgumentException(
          "threshold in [0, 10) and maxAgeMonths not negative: " + threshold + ", " + maxAgeMonths);
    }
  }
}
