package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Doubles leave the server with 12 significant digits: no binary noise reaches a client. */
class DecimalBoundaryTest {
  @Test
  void decimal_binaryNoise_goesOutAsTheDecimalItStandsFor() {
    assertThat(CommonProtoMapper.decimal(0.034999999999999996)).isEqualTo(0.035);
    assertThat(CommonProtoMapper.decimal(0.1 + 0.2)).isEqualTo(0.3);
    assertThat(CommonProtoMapper.decimal(0.011850000000000001)).isEqualTo(0.01185);
    assertThat(Double.toString(CommonProtoMapper.decimal(1 / 0.38))).isEqualTo("2.63157894737");
  }

  @Test
  void decimal_residueAndNegativeZero_areZero() {
    assertThat(CommonProtoMapper.decimal(1.11e-16)).isEqualTo(0.0);
    assertThat(Double.doubleToRawLongBits(CommonProtoMapper.decimal(-0.0))).isZero();
    assertThat(Double.doubleToRawLongBits(CommonProtoMapper.decimal(-1e-13))).isZero();
  }

  /**
   * Over every magnitude a response carries: at most 12 digits, and the 12-digit decimal nearest
   * the value (a value that falls on a tie, in binary, may go either way).
   */
  @Test
  void decimal_randomValues_twelveSignificantDigitsAndTheNearestSuch() {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 200_000; i++) {
      double v = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble() * 26 - 11);
      double d = CommonProtoMapper.decimal(v);
      assertThat(new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().precision())
          .as("digits of %s from %s", d, v)
          .isLessThanOrEqualTo(12);
      java.math.BigDecimal nearest =
          new java.math.BigDecimal(v).round(new java.math.MathContext(12));
      double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 11);
      assertThat(Math.abs(d - nearest.doubleValue()))
          .as("%s from %s, nearest %s", d, v, nearest)
          .isLessThanOrEqualTo(unit * 1.001);
      assertThat(Math.abs(d - v)).isLessThanOrEqualTo(unit * 0.5 + 4 * Math.ulp(v));
    }
  }

  @Test
  void decimal_largeAndPlainValues_keptToTwelveDigits() {
    assertThat(CommonProtoMapper.decimal(68_622_870_775_993.0)).isEqualTo(68_622_870_776_000.0);
    assertThat(CommonProtoMapper.decimal(-2_907_537_852.2748375)).isEqualTo(-2_907_537_852.27);
    assertThat(CommonProtoMapper.decimal(23.99)).isEqualTo(23.99);
    assertThat(CommonProtoMapper.decimal(-50)).isEqualTo(-50.0);
  }
}
