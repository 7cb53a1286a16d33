package io.capshift.domain.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateSensitivityCalculatorTest {
  private static final double TOL = 1e-12;

  private static SensitivityAssumptions assumptions(double floating, double debtToEarnings) {
    return new SensitivityAssumptions(floating, debtToEarnings, 0.21, "test", "test", "test");
  }

  @Test
  void calculate_50bpCut_savesInterestOnFloatingDebtAfterTax() {
    // 0.005 x 0.30 x 10 x 0.79 = 0.01185: a 50 bp cut adds 1.185% to earnings
    RateSensitivity s = RateSensitivityCalculator.DEFAULT.calculate(-0.005, assumptions(0.30, 10));

    assertThat(s.earningsChange()).isCloseTo(0.01185, within(TOL));
    assertThat(s.earningsChangePer25bpCut()).isCloseTo(0.005925, within(TOL));
    assertThat(s.formula()).contains("0.30 floating", "10.00x debt/earnings", "= +0.01185");
  }

  @Test
  void calculate_hike_lowersEarnings() {
    assertThat(
            RateSensitivityCalculator.DEFAULT
                .calculate(0.0025, assumptions(0.06, 2))
                .earningsChange())
        .isCloseTo(-0.0025 * 0.06 * 2 * 0.79, within(TOL));
  }

  @Test
  void debtToEarningsImpliedByRuleOfThumb_russell2000_reproducesTwoPercentPer25bp() {
    // 0.02 / (0.0025 x 0.30 x 0.79) = 33.755
    double implied = RateSensitivityCalculator.debtToEarningsImpliedByRuleOfThumb(0.30, 0.21);

    assertThat(implied).isCloseTo(0.02 / (0.0025 * 0.30 * 0.79), within(TOL));
    assertThat(
            RateSensitivityCalculator.DEFAULT
                .calculate(-0.0025, assumptions(0.30, implied))
                .earningsChange())
        .isCloseTo(0.02, within(TOL));
  }

  @Test
  void calculate_percentInsteadOfDecimal_refused() {
    assertThatThrownBy(() -> RateSensitivityCalculator.DEFAULT.calculate(-50, assumptions(0.3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rateChange");
    assertThatThrownBy(() -> assumptions(30, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("floatingDebtShare");
  }
}
