package io.capshift.domain.signal;

import io.capshift.domain.common.Staleness;
import java.util.Objects;

/**
 * The parameters of the rotation rule, one set for the live signal and its backtest.
 *
 * @param momentumMonths months of the small-minus-large return, 1–60
 * @param policyMonths months over which the policy rate's fall is measured, 1–60
 * @param minHistory values a component needs in its history before it is standardised, 2–600
 * @param threshold score beyond which the call leaves neutral, standard deviations, [0, 10)
 * @param staleness how old a component's last observation may be at the date and still count
 */
public record SignalRule(
    int momentumMonths, int policyMonths, int minHistory, double threshold, Staleness staleness) {

  /**
   * The rule: momentum and policy direction over 12 months (the horizon at which relative strength
   * between size groups is documented to persist, and about eight FOMC meetings), 36 values of
   * history before a z-score means anything, ±0.5 sd, the default staleness limits.
   */
  public static final SignalRule LIVE = new SignalRule(12, 12, 36, 0.5, Staleness.DEFAULT);

  public SignalRule {
    Objects.requireNonNull(staleness, "staleness");
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
    if (!(threshold >= 0 && threshold < 10)) {
      throw new IllegalArgumentException("threshold must be in [0, 10): " + threshold);
    }
  }

  /** The same rule with another threshold. */
  public SignalRule withThreshold(double newThreshold) {
    return new SignalRule(momentumMonths, policyMonths, minHistory, newThreshold, staleness);
  }

  /** The same rule with other staleness limits. */
  public SignalRule withStaleness(Staleness limits) {
    return new SignalRule(momentumMonths, policyMonths, minHistory, threshold, limits);
  }
}
