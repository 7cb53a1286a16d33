package io.capshift.domain.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SignalCombinerTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 2);

  /**
   * z +1.2 (weight 2) and −0.6 (weight 1); a third without data (weight 1) is left out and the
   * weights renormalise over 3: (2 × 1.2 − 0.6) / 3 = 0.6 > 0.5 → overweight small.
   */
  @Test
  void combine_leftOutComponent_weightsRenormalised() {
    RotationSignal s =
        SignalCombiner.DEFAULT.combine(
            DAY,
            List.of(
                input("a", OptionalDouble.of(1.2), 2),
                input("b", OptionalDouble.of(-0.6), 1),
                input("c", OptionalDouble.empty(), 1)),
            0.5);

    assertThat(s.score()).isCloseTo(0.6, within(1e-12));
    assertThat(s.stance()).isEqualTo(RotationSignal.Stance.OVERWEIGHT_SMALL);
    assertThat(s.components().get(0).contribution()).isCloseTo(0.8, within(1e-12));
    assertThat(s.components().get(2).leftOut()).hasValue("no data");
    assertThat(s.components().get(2).contribution()).isZero();
  }

  @Test
  void combine_zeroWeight_leftOutAsSuch() {
    RotationSignal s =
        SignalCombiner.DEFAULT.combine(
            DAY,
            List.of(input("a", OptionalDouble.of(1.0), 1), input("b", OptionalDouble.of(-3.0), 0)),
            0.5);

    assertThat(s.score()).isEqualTo(1.0);
    assertThat(s.components().get(1).leftOut()).hasValue("weight 0");
  }

  @Test
  void combine_noComponent_neutralAtZero() {
    RotationSignal s =
        SignalCombiner.DEFAULT.combine(DAY, List.of(input("a", OptionalDouble.empty(), 1)), 0.5);

    assertThat(s.score()).isZero();
    assertThat(s.stance()).isEqualTo(RotationSignal.Stance.NEUTRAL);
  }

  /** {1, 2, 3, 6}: mean 3, sample sd √(14/3) = 2.160247; z of 6 = 1.388730. */
  @Test
  void zScore_againstHistoryIncludingItself() {
    assertThat(SignalCombiner.zScore(6, new double[] {1, 2, 3, 6}).getAsDouble())
        .isCloseTo(3 / Math.sqrt(14.0 / 3), within(1e-12));
    assertThat(SignalCombiner.zScore(1, new double[] {1})).isEmpty();
    assertThat(SignalCombiner.zScore(1, new double[] {1, 1})).isEmpty();
  }

  private static SignalCombiner.Input input(String name, OptionalDouble z, double weight) {
    return new SignalCombiner.Input(name, z, "unit", z, weight, "test", "no data");
  }
}
