package io.capshift.domain.rates;

import java.util.Objects;

/**
 * Index-level assumptions that turn a policy-rate change into an earnings change, each with where
 * it came from.
 *
 * @param floatingDebtShare share of the index's debt that reprices with the policy rate, decimal
 *     (0.30 = 30%)
 * @param debtToEarnings total debt / annual earnings of the index, multiple (x)
 * @param taxRate tax rate on the interest saved, decimal
 * @param floatingDebtShareSource where {@code floatingDebtShare} came from
 * @param debtToEarningsSource where {@code debtToEarnings} came from
 * @param taxRateSource where {@code taxRate} came from
 */
public record SensitivityAssumptions(
    double floatingDebtShare,
    double debtToEarnings,
    double taxRate,
    String floatingDebtShareSource,
    String debtToEarningsSource,
    String taxRateSource) {

  /** The US federal statutory corporate rate since 2018. */
  public static final double US_FEDERAL_TAX_RATE = 0.21;

  public SensitivityAssumptions {
    requireIn("floatingDebtShare", floatingDebtShare, 0, 1);
    requireIn("debtToEarnings", debtToEarnings, 0, 1_000);
    requireIn("taxRate", taxRate, 0, 1);
    Objects.requireNonNull(floatingDebtShareSource, "floatingDebtShareSource");
    Objects.requireNonNull(debtToEarningsSource, "debtToEarningsSource");
    Objects.requireNonNull(taxRateSource, "taxRateSource");
  }

  private static void requireIn(String field, double v, double lo, double hi) {
    if (!(v >= lo && v <= hi)) {
      throw new IllegalArgumentException(field + " must lie in [" + lo + ", " + hi + "]: " + v);
    }
  }
}
