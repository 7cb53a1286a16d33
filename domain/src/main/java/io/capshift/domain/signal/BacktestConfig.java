package io.capshift.domain.signal;

/**
 * How the rotation rule is run. Defaults ({@link #DEFAULT}) with their reasons:
 *
 * <ul>
 *   <li>momentum over 12 months: the horizon at which relative strength between size groups is
 *       documented to persist, long enough to ignore a month's noise;
 *   <li>policy direction over 6 months: about three FOMC meetings, enough to tell an easing from a
 *       single move;
 *   <li>36 months of history before a component is standardised: fewer points give a z-score that
 *       swings with each observation;
 *   <li>threshold 0.5 (in the score's standard deviations): small caps or large caps only when the
 *       evidence leans half a deviation one way, otherwise a 50/50 blend;
 *   <li>10 bp per full switch: a round trip between two liquid index funds.
 * </ul>
 *
 * @param momentumMonths months of the relative-return component
 * @param policyMonths months over which the policy-rate change is measured
 * @param minHistory observations a component needs before it counts
 * @param threshold score beyond which the position leaves the blend, standard deviations
 * @param costPerSwitch cost of moving all of the portfolio, decimal (0.001 = 10 bp)
 * @param momentumWeight weight of relative momentum
 * @param policyWeight weight of the policy direction
 */
public record BacktestConfig(
    int momentumMonths,
    int policyMonths,
    int minHistory,
    double threshold,
    double costPerSwitch,
    double momentumWeight,
    double policyWeight) {

  /** The documented defaults. */
  public static final BacktestConfig DEFAULT = new BacktestConfig(12, 6, 36, 0.5, 0.001, 1, 1);

  /** The rotation rule these settings give: decided on each month's own values. */
  public SignalRule rule() {
    return new SignalRule(momentumMonths, policyMonths, minHistory, threshold, 0);
  }

  public BacktestConfig {
    new SignalRule(momentumMonths, policyMonths, minHistory, threshold, 0); // checks those four
    if (!(costPerSwitch >= 0 && costPerSwitch < 0.1)
        || !(momentumWeight >= 0)
        || !(policyWeight >= 0)
        || !(momentumWeight + policyWeight > 0)) {
      throw new IllegalArgumentException(
          "cost in [0, 0.1), weights non-negative and not both zero: "
              + costPerSwitch
              + ", "
              + momentumWeight
              + ", "
              + policyWeight);
    }
  }
}
