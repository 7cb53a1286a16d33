package io.capshift.domain.earnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.common.Figure;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EarningsOutlookCalculatorTest {
  private static final double TOL = 1e-12;

  /** Tolerance for golden numbers typed to 6 decimals. */
  private static final double TOL_6DP = 5e-7;

  private static final EarningsOutlookCalculator CALC = EarningsOutlookCalculator.DEFAULT;

  /**
   * Level 100, trailing EPS 4, forward 5: trailing P/E 25, forward P/E 20, growth 5 / 4 − 1 = 0.25,
   * PEG 20 / 25 = 0.8, forward earnings yield 0.05, against a 4% 10-year yield an ERP of 0.01.
   */
  @Test
  void multiples_levelTrailingForwardAndTenYear_everyMeasure() {
    EarningsMultiples m =
        CALC.multiples(
            Figure.of(100),
            Figure.of(4),
            Optional.of(
                new NtmEarnings(
                    LocalDate.of(2026, 1, 2), 5, NtmEarnings.Method.PUBLISHED, 0, "given")),
            Figure.undefined("not used"),
            Figure.of(0.04));

    assertThat(m.trailingPe().getAsDouble()).isCloseTo(25, within(TOL));
    assertThat(m.forwardPe().getAsDouble()).isCloseTo(20, within(TOL));
    assertThat(m.growth().getAsDouble()).isCloseTo(0.25, within(TOL));
    assertThat(m.peg().getAsDouble()).isCloseTo(0.8, within(TOL));
    assertThat(m.forwardEarningsYield().getAsDouble()).isCloseTo(0.05, within(TOL));
    assertThat(m.equityRiskPremium().getAsDouble()).isCloseTo(0.01, within(TOL));
  }

  /**
   * Without forward earnings the forward measures say why, growth is the figure given instead (a
   * published 12%), and the PEG has no P/E; without a 10-year yield the ERP gives its reason.
   */
  @Test
  void multiples_noForwardNoYield_undefinedWithReasons_growthGivenInstead() {
    EarningsMultiples m =
        CALC.multiples(
            Figure.of(100),
            Figure.of(4),
            Optional.empty(),
            Figure.of(0.12),
            Figure.undefined("no 10-year yield stored"));

    assertThat(m.trailingPe().getAsDouble()).isCloseTo(25, within(TOL));
    assertThat(m.forwardPe().undefinedReason()).hasValue("no forward earnings");
    assertThat(m.growth().getAsDouble()).isEqualTo(0.12);
    assertThat(m.peg().undefinedReason()).hasValue("P/E undefined: no forward earnings");
    assertThat(m.equityRiskPremium().undefinedReason()).hasValue("no 10-year yield stored");
  }

  @Test
  void peg_positivePeAndGrowth_peOverGrowthInPercent() {
    // Russell 2000 in the article: P/E 18.3, growth 21.2% → 18.3 / 21.2 = 0.863208
    Figure peg = CALC.peg(Figure.of(18.3), Figure.of(0.212));

    assertThat(peg.getAsDouble()).isCloseTo(18.3 / 21.2, within(TOL));
    assertThat(peg.getAsDouble()).isCloseTo(0.863208, within(TOL_6DP));
  }

  @Test
  void peg_nonPositiveGrowthOrUndefinedPe_undefinedWithReason() {
    assertThat(CALC.peg(Figure.of(18.3), Figure.of(0)).undefinedReason())
        .hasValue("PEG needs positive growth: 0.0");
    assertThat(CALC.peg(Figure.of(18.3), Figure.of(-0.05)).isDefined()).isFalse();
    assertThat(CALC.peg(Figure.undefined("sum of earnings <= 0"), Figure.of(0.1)).undefinedReason())
        .hasValue("P/E undefined: sum of earnings <= 0");
    assertThat(CALC.peg(Figure.of(18.3), Figure.undefined("x")).undefinedReason())
        .hasValue("growth undefined: x");
    assertThat(CALC.peg(Figure.of(-3), Figure.of(0.1)).isDefined()).isFalse();
  }

  @Test
  void priceEarnings_nonPositiveEarnings_undefined() {
    assertThat(CALC.priceEarnings(100, 0).undefinedReason())
        .hasValue("P/E needs positive earnings: 0.0");
    assertThat(CALC.priceEarnings(100, 4).getAsDouble()).isEqualTo(25.0);
  }

  @Test
  void earningsYield_epsOverPrice_decimal() {
    // 298.566192 / 6890.59 = 0.043330; negative earnings give a negative yield
    assertThat(CALC.earningsYield(298.566192, 6890.59).getAsDouble())
        .isCloseTo(298.566192 / 6890.59, within(TOL));
    assertThat(CALC.earningsYield(-1, 10).getAsDouble()).isCloseTo(-0.1, within(TOL));
    assertThat(CALC.earningsYield(1, 0).isDefined()).isFalse();
  }

  @Test
  void earningsYield_fromPe_reciprocal() {
    assertThat(CALC.earningsYield(Figure.of(25)).getAsDouble()).isCloseTo(0.04, within(TOL));
    assertThat(CALC.earningsYield(Figure.of(-25)).isDefined()).isFalse();
    assertThat(CALC.earningsYield(Figure.undefined("no data")).undefinedReason())
        .hasValue("P/E undefined: no data");
  }

  @Test
  void equityRiskPremium_forwardYieldMinusTenYear_decimal() {
    // forward P/E 23.08 → yield 1 / 23.08 = 0.043328; 10-year 4.01% → ERP 0.003228 (32 bp)
    Figure ey = CALC.earningsYield(Figure.of(23.08));

    Figure erp = CALC.equityRiskPremium(ey, 0.0401);

    assertThat(erp.getAsDouble()).isCloseTo(1 / 23.08 - 0.0401, within(TOL));
    assertThat(erp.getAsDouble()).isCloseTo(0.003228, within(TOL_6DP));
  }

  @Test
  void equityRiskPremium_yieldInPercent_illegalArgument() {
    assertThatThrownBy(() -> CALC.equityRiskPremium(Figure.of(0.04), 4.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tenYearYield must be a decimal rate (0.0425 = 4.25%): 4.01");
  }

  @Test
  void equityRiskPremium_undefinedYield_undefined() {
    assertThat(CALC.equityRiskPremium(Figure.undefined("none"), 0.04).undefinedReason())
        .hasValue("earnings yield undefined: none");
  }
}
