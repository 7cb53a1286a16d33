package io.capshift.adapter.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Text's hand-made cells must read exactly as String.format writes them. */
class TextTest {
  private static List<Double> values() {
    List<Double> v =
        new ArrayList<>(
            List.of(
                0.0,
                -0.0,
                0.05,
                -0.05,
                0.04,
                -0.04,
                0.15,
                0.25,
                0.35,
                1.005,
                2.675,
                1.0005,
                -1.005,
                99.95,
                99.9499,
                100.0,
                1e-7,
                -1e-7,
                1e7,
                123456789.125,
                -2.5e-3,
                0.5,
                -0.5,
                1.5,
                2.5,
                Double.MIN_VALUE,
                -Double.MIN_VALUE,
                1e20,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY));
    Random random = new Random(20261207);
    for (int i = 0; i < 20_000; i++) {
      double scale = Math.pow(10, random.nextInt(9) - 4);
      v.add((random.nextDouble() * 2 - 1) * scale);
      // exact halves at each precision, where rounding decides
      v.add((random.nextInt(20_001) - 10_000) / 1000.0 + 0.0005);
    }
    return v;
  }

  @Test
  void fixedAndSigned_asStringFormatWritesThem() {
    for (double x : values()) {
      for (int decimals = 0; decimals <= 3; decimals++) {
        assertThat(Text.fixed(x, decimals))
            .as("%%.%df of %s", decimals, x)
            .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", x));
        assertThat(Text.signed(x, decimals))
            .as("%%+.%df of %s", decimals, x)
            .isEqualTo(String.format(Locale.ROOT, "%+." + decimals + "f", x));
      }
    }
  }

  @Test
  void rightAndLeft_asStringFormatPadsThem() {
    for (String s : List.of("", "a", "P(below)", "2025-12-10", "a longer text than the width")) {
      for (int width = 1; width <= 12; width++) {
        assertThat(Text.right(s, width))
            .isEqualTo(String.format(Locale.ROOT, "%" + width + "s", s));
        assertThat(Text.left(s, width))
            .isEqualTo(String.format(Locale.ROOT, "%-" + width + "s", s));
      }
    }
  }
}
