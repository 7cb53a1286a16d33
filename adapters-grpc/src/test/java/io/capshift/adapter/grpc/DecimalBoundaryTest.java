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

  @Test
  void decimal_largeAndPlainValues_keptToTwelveDigits() {
    assertThat(CommonProtoMapper.decimal(68_622_870_775_993.0)).isEqualTo(68_622_870_776_000.0);
    assertThat(CommonProtoMapper.decimal(-2_907_537_852.2748375)).isEqualTo(-2_907_537_852.27);
    assertThat(CommonProtoMapper.decimal(23.99)).isEqualTo(23.99);
    assertThat(CommonProtoMapper.decimal(-50)).isEqualTo(-50.0);
  }
}
