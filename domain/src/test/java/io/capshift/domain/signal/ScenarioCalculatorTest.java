package io.capshift.domain.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScenarioCalculatorTest {
  private static final double TOL = 1e-12;
  private static final Scenario.Side SMALL =
      new Scenario.Side(
          "small",
          18.3,
          OptionalDouble.empty(),
          0.212,
          0.01,
          OptionalDouble.of(0.02),
          "rule of thumb");
  private static final Scenario.Side LARGE =
      new Scenario.Side(
          "large",
          28.7,
          OptionalDouble.empty(),
          0.12,
          0.013,
          OptionalDouble.empty(),
          "not modelled");

  /**
   * One year, two 25 bp cuts: small earnings +2% × 2 = +4%; price 1.212 × 1.04 − 1 = 0.26048, of
   * which 0.212 growth, 0.04 rates, 0.00848 compounding; total with a 1% yield 0.27048. Large: no
   * rate sensitivity, 0.12 + 0.013 = 0.133.
   */
  @Test
  void run_oneYearTwoCuts_partsAddUp() {
    ScenarioResult r =
        ScenarioCalculator.DEFAULT.run(
            new Scenario(
                "t", 1, List.of(-25.0, -25.0), SMALL, LARGE, OptionalDouble.empty(), "test"));

    assertThat(r.rateChangeBps()).isEqualTo(-50);
    assertThat(r.small().rateEffect()).isCloseTo(0.04, within(TOL));
    assertThat(r.small().interaction()).isCloseTo(0.212 * 0.04, within(TOL));
    assertThat(r.small().total()).isCloseTo(0.27048, within(TOL));
    assertThat(r.large().total()).isCloseTo(0.133, within(TOL));
    assertThat(r.difference()).isCloseTo(0.27048 - 0.133, within(TOL));
  }

  /**
   * Two years, no moves, small re-rated to 0.8 of large's 28.7 = 22.96: multiple a year (22.96 /
   * 18.3)^(1/2) − 1 = 0.120104...; large unchanged.
   */
  @Test
  void run_targetRelative_multipleChangeAnnualised() {
    ScenarioResult r =
        ScenarioCalculator.DEFAULT.run(
            new Scenario("t", 2, List.of(), SMALL, LARGE, OptionalDouble.of(0.8), "test"));

    assertThat(r.small().targetPe()).isCloseTo(22.96, within(TOL));
    assertThat(r.small().multipleChange()).isCloseTo(Math.sqrt(22.96 / 18.3) - 1, within(TOL));
    assertThat(r.small().rateEffect()).isZero();
    assertThat(r.large().multipleChange()).isZero();
  }

  @Test
  void scenario_badInputs_refusedNamingThem() {
    assertThatThrownBy(
            () -> new Scenario("t", 0, List.of(), SMALL, LARGE, OptionalDouble.empty(), "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("horizonYears");
    assertThatThrownBy(
            () ->
                new Scenario.Side(
                    "x", -1, OptionalDouble.empty(), 0.1, 0, OptionalDouble.empty(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x:");
  }
}
