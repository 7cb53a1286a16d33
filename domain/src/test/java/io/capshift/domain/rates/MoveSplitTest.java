package io.capshift.domain.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * TV-FW6 (docs/methods.md): `JeffKey/finm32900-hw4-fedwatch:src/test_fedwatch.py`, plus the split
 * rule of docs/methods.md "Rate expectations". Rates in the source are percent; capshift's are
 * decimal.
 */
class MoveSplitTest {
  private static final double TOL = 1e-12;

  /** implied_rate(95.6725) == 4.3275: (100 − 95.6725) / 100 = 0.043275. */
  @Test
  void impliedRate_tvFw6_4point3275percent() {
    assertThat(FuturesStrip.impliedRate(95.6725)).isCloseTo(0.043275, within(TOL));
  }

  /** move_probability(4.33, 4.0925): x = (4.0925 − 4.33)/0.25 = −0.95 → cut 0.95, hold 0.05. */
  @Test
  void between_tvFw6Cut_95percent() {
    MoveSplit split = MoveSplit.between(0.0433, 0.040925);

    assertThat(split.expectedSteps()).isCloseTo(-0.95, within(TOL));
    assertThat(split.probabilityOfCut()).isCloseTo(0.95, within(TOL));
    assertThat(split.probabilityOfMove()).isCloseTo(0.95, within(TOL));
    assertThat(split.probabilityOf(-1)).isCloseTo(0.95, within(TOL));
    assertThat(split.probabilityOf(0)).isCloseTo(0.05, within(TOL));
    assertThat(split.probabilityOfHike()).isZero();
  }

  /** move_probability(4.33, 4.38): x = 0.05/0.25 = 0.2 → hike 0.20. */
  @Test
  void between_tvFw6Hike_20percent() {
    MoveSplit split = MoveSplit.between(0.0433, 0.0438);

    assertThat(split.probabilityOfHike()).isCloseTo(0.20, within(TOL));
    assertThat(split.probabilityOf(1)).isCloseTo(0.20, within(TOL));
    assertThat(split.probabilityOf(0)).isCloseTo(0.80, within(TOL));
  }

  /**
   * move_probability(4.33, 4.03) clips to 1.0 in finm32900's one-step model. Here x = −0.30/0.25 =
   * −1.2 splits into −1 (0.8) and −2 (0.2): the probability of a move is the same 1.0, and no
   * probability leaves [0, 1].
   */
  @Test
  void between_tvFw6BeyondOneStep_moveProbabilityOne() {
    MoveSplit split = MoveSplit.between(0.0433, 0.0403);

    assertThat(split.probabilityOfMove()).isCloseTo(1.0, within(TOL));
    assertThat(split.lowerSteps()).isEqualTo(-2);
    assertThat(split.lowerProbability()).isCloseTo(0.2, within(TOL));
    assertThat(split.upperSteps()).isEqualTo(-1);
    assertThat(split.upperProbability()).isCloseTo(0.8, within(TOL));
  }

  /** range_label(4.25) == "425-450", range_label(4.00) == "400-425". */
  @Test
  void label_tvFw6_basisPoints() {
    assertThat(RangeProbability.label(0.0425, 0.045)).isEqualTo("425-450");
    assertThat(new RangeProbability(0.04, 0.0425, 1).label()).isEqualTo("400-425");
  }

  /**
   * A 50 bp cut priced in full: (4.00 − 4.50)/0.25 = −2 exactly, which floating point gives as
   * −2.0000000000000018; it is snapped, so −2 has probability 1 and −1 has 0.
   */
  @Test
  void between_exactFiftyBasisPointCut_singleOutcome() {
    MoveSplit split = MoveSplit.between(0.045, 0.040);

    assertThat(split.lowerSteps()).isEqualTo(-2);
    assertThat(split.lowerProbability()).isEqualTo(1.0);
    assertThat(split.upperProbability()).isZero();
    assertThat(split.probabilityOfCut()).isEqualTo(1.0);
  }

  /** x = 2.110345 (TV-FW2): ⌊x⌋ = 2 with 1 − 0.110345, 3 with 0.110345; mean is x. */
  @Test
  void ofSteps_aboveTwo_splitsBetweenTwoAndThree() {
    MoveSplit split = MoveSplit.ofSteps(2.110345);

    assertThat(split.lowerSteps()).isEqualTo(2);
    assertThat(split.upperSteps()).isEqualTo(3);
    assertThat(split.upperProbability()).isCloseTo(0.110345, within(1e-9));
    assertThat(2 * split.lowerProbability() + 3 * split.upperProbability())
        .isCloseTo(2.110345, within(TOL));
  }

  @Test
  void strip_priceOutOfRange_namesTheMonth() {
    LocalDate asOf = LocalDate.of(2026, 1, 5);
    assertThatThrownBy(() -> FuturesStrip.of(asOf, Map.of(YearMonth.of(2026, 3), Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prices[2026-03]");
    assertThatThrownBy(() -> FuturesStrip.of(asOf, Map.of(YearMonth.of(2026, 3), 0.0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FuturesStrip.of(asOf, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }
}
