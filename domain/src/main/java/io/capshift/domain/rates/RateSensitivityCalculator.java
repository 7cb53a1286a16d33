package io.capshift.domain.rates;

import java.util.Locale;
import java.util.Optional;

/**
 * How a change in the policy rate moves an index's earnings through its floating-rate debt: {@code
 * ΔE / E = −Δr · floating share · debt/earnings · (1 − tax)}. A cut (negative Δr) saves interest
 * and raises earnings. Stateless; use {@link #DEFAULT}.
 */
public final class RateSensitivityCalculator {
  /** The shared instance. */
  public static final RateSensitivityCalculator DEFAULT = new RateSensitivityCalculator();

  /** The market's rule of thumb for the Russell 2000: each 25 bp is about 2% of earnings. */
  public static final double RULE_OF_THUMB_PER_25BP = 0.02;

  private RateSensitivityCalculator() {}

  /**
   * @param rateChange change in the policy rate, decimal (−0.005 = a 50 bp cut)
   * @param a the index's assumptions
   * @return the change in earnings as a share of earnings, decimal (0.04 = +4%)
   */
  public RateSensitivity calculate(double rateChange, SensitivityAssumptions a) {
    return calculate(rateChange, "given", a);
  }

  /**
   * @param rateChange change in the policy rate, decimal (−0.005 = a 50 bp cut)
   * @param rateChangeSource where the change came from, for people
   * @param a the index's assumptions
   */
  public RateSensitivity calculate(
      double rateChange, String rateChangeSource, SensitivityAssumptions a) {
    if (!Double.isFinite(rateChange) || Math.abs(rateChange) > 0.2) {
      throw new IllegalArgumentException(
          "rateChange must be a decimal within ±0.20: " + rateChange);
    }
    double perUnit = a.floatingDebtShare() * a.debtToEarnings() * (1 - a.taxRate());
    double change = -rateChange * perUnit;
    String formula =
        String.format(
            Locale.US,
            "-(%+.4f rate change) x %.2f floating x %.2fx debt/earnings x (1 - %.2f tax) = %+.5f",
            rateChange,
            a.floatingDebtShare(),
            a.debtToEarnings(),
            a.taxRate(),
            change);
    return new RateSensitivity(
        rateChange, rateChangeSource, a, change, 0.0025 * perUnit, formula, Optional.empty());
  }

  /**
   * The debt/earnings multiple at which {@code floatingDebtShare} and {@code taxRate} reproduce the
   * rule of thumb (2% of earnings per 25 bp): {@code 0.02 / (0.0025 · floating · (1 − tax))}.
   */
  public static double debtToEarningsImpliedByRuleOfThumb(double floatingDebtShare, double tax) {
    return RULE_OF_THUMB_PER_25BP / (0.0025 * floatingDebtShare * (1 - tax));
  }
}
