package io.capshift.domain.earnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.Figure;
import io.capshift.domain.common.SkipCount;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EarningsGrowthCalculatorTest {
  private static final double TOL = 1e-12;

  /** Tolerance for golden numbers typed to 6 decimals. */
  private static final double TOL_6DP = 5e-7;

  private static final EarningsGrowthCalculator CALC = EarningsGrowthCalculator.DEFAULT;

  @Test
  void growth_forwardOverTrailing_minusOne() {
    // S&P DJI operating EPS: next four quarters after 2025-09-30 298.80 over TTM 254.76:
    // 298.80 / 254.76 − 1 = 0.1728686
    Figure g = CALC.growth(298.80, 254.76);

    assertThat(g.getAsDouble()).isCloseTo(298.80 / 254.76 - 1, within(TOL));
    assertThat(g.getAsDouble()).isCloseTo(0.172869, within(TOL_6DP));
  }

  @Test
  void growth_nonPositiveTrailing_undefinedWithReason() {
    assertThat(CALC.growth(10, 0).undefinedReason())
        .hasValue("growth needs positive trailing earnings: 0.0");
    assertThat(CALC.growth(10, -5).isDefined()).isFalse();
  }

  @Test
  void growth_forwardLoss_negativeGrowth() {
    // −2 / 4 − 1 = −1.5
    assertThat(CALC.growth(-2, 4).getAsDouble()).isCloseTo(-1.5, within(TOL));
  }

  @Test
  void growth_infiniteInput_illegalArgumentNamingField() {
    assertThatThrownBy(() -> CALC.growth(Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("forwardEarnings must be finite: Infinity");
  }

  @Test
  void indexGrowth_missingData_sumsOverNamesWithBothAndReportsCoverage() {
    // A (value 100): E 10, F 12; B (50): E 5, F 4; C (30): no E; D (20): no F
    // Σ F / Σ E − 1 = 16 / 15 − 1 = 0.0666...; used 150 of 200 = 0.75; C 0.15, D 0.10
    List<ConstituentEarnings> names =
        List.of(
            both("A", 100, 10, 12),
            both("B", 50, 5, 4),
            new ConstituentEarnings("C", 30, OptionalDouble.empty(), OptionalDouble.of(3)),
            new ConstituentEarnings("D", 20, OptionalDouble.of(2), OptionalDouble.empty()));

    IndexEarningsGrowth g = CALC.indexGrowth(names);

    assertThat(g.growth().getAsDouble()).isCloseTo(1.0 / 15, within(TOL));
    assertThat(g.forwardSum()).isEqualTo(16.0);
    assertThat(g.trailingSum()).isEqualTo(15.0);
    Coverage c = g.coverage();
    assertThat(c.total()).isEqualTo(4);
    assertThat(c.used()).isEqualTo(2);
    assertThat(c.usedWeight()).isCloseTo(0.75, within(TOL));
    assertThat(c.skipped())
        .containsExactly(
            new SkipCount("no trailing earnings", 1, 0.15),
            new SkipCount("no forward earnings", 1, 0.10));
  }

  @Test
  void indexGrowth_noNameWithBoth_undefined() {
    IndexEarningsGrowth g =
        CALC.indexGrowth(
            List.of(
                new ConstituentEarnings("C", 30, OptionalDouble.empty(), OptionalDouble.of(3))));

    assertThat(g.growth().undefinedReason())
        .hasValue("no constituent has both trailing and forward earnings");
    assertThat(g.coverage().used()).isZero();
  }

  @Test
  void indexGrowth_lossMakingIndex_undefinedGrowth() {
    // Σ E = 5 − 8 = −3 <= 0
    IndexEarningsGrowth g = CALC.indexGrowth(List.of(both("A", 1, 5, 6), both("B", 1, -8, 1)));

    assertThat(g.growth().isDefined()).isFalse();
    assertThat(g.trailingSum()).isEqualTo(-3.0);
  }

  @Test
  void growthGap_smallMinusLarge() {
    // the article: 21.2% vs 12% → 0.092
    assertThat(CALC.growthGap(Figure.of(0.212), Figure.of(0.12)).getAsDouble())
        .isCloseTo(0.092, within(TOL));
    assertThat(CALC.growthGap(Figure.undefined("u"), Figure.of(0.12)).undefinedReason())
        .hasValue("small-cap growth undefined: u");
    assertThat(CALC.growthGap(Figure.of(0.1), Figure.undefined("v")).undefinedReason())
        .hasValue("large-cap growth undefined: v");
  }

  private static ConstituentEarnings both(String symbol, double value, double e, double f) {
    return new ConstituentEarnings(symbol, value, OptionalDouble.of(e), OptionalDouble.of(f));
  }
}
