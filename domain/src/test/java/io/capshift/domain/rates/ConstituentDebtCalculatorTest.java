package io.capshift.domain.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.valuation.SnapshotType;
import org.junit.jupiter.api.Test;

class ConstituentDebtCalculatorTest {
  private static final double TOL = 1e-12;

  /**
   * {@link CreditFixtures} with a default floating share of 0.3: A, B and C give debt and earnings
   * (D has no debt, E nothing). ΣD = 500, ΣE = 30 + 10 − 5 = 35 → 14.285714x. Floating debt =
   * 0.5·100 + 0.3·300 (default) + 1.0·100 = 240 → 240/500 = 0.48; the data gives the share for 200
   * of 500 of the debt (0.4). Used value 600 of 1500.
   *
   * <p>A 50 bp cut at 21% tax, name by name: ΔE = 0.005·0.79·(50 + 90 + 100) = 0.948, over ΣE 35 =
   * 0.0270857…; the index formula with the measured inputs gives the same.
   */
  @Test
  void measure_handMadeNames_debtWeightedFloatingShare() {
    ConstituentDebt d =
        ConstituentDebtCalculator.DEFAULT
            .measure(CreditFixtures.snapshot(SnapshotType.INDEX), 0.3)
            .orElseThrow();

    assertThat(d.namesUsed()).isEqualTo(3);
    assertThat(d.namesSkipped()).isEqualTo(2);
    assertThat(d.valueShareUsed()).isCloseTo(0.4, within(TOL));
    assertThat(d.debtToEarnings()).isCloseTo(500.0 / 35, within(TOL));
    assertThat(d.floatingDebtShare()).isCloseTo(0.48, within(TOL));
    assertThat(d.debtShareWithFloatingGiven()).isCloseTo(0.4, within(TOL));

    RateSensitivity s =
        RateSensitivityCalculator.DEFAULT.calculate(
            -0.005,
            new SensitivityAssumptions(
                d.floatingDebtShare(), d.debtToEarnings(), 0.21, "measured", "measured", "given"));
    assertThat(s.earningsChange()).isCloseTo(0.948 / 35, within(1e-12));
  }

  /** A fund's earnings are scaled to its positions, its holdings' debt is not: refused. */
  @Test
  void measure_fundSnapshot_empty() {
    assertThat(
            ConstituentDebtCalculator.DEFAULT.measure(
                CreditFixtures.snapshot(SnapshotType.FUND), 0.3))
        .isEmpty();
  }
}
