package io.capshift.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairedReturnsTest {
  /**
   * Small: 10%, 20%, −10% in 2024-01..03, 2024-04 missing, 5% in 2024-05; large 0% throughout. The
   * two-month relative returns: 2024-02 = 1.1 × 1.2 − 1 = 0.32; 2024-03 = 1.2 × 0.9 − 1 = 0.08;
   * none for 2024-04 or 2024-05 (April is missing).
   */
  @Test
  void relativeReturns_twoMonths_workedByHand() {
    PairedReturns r =
        PairedReturns.of(
            series("s", new double[] {0.10, 0.20, -0.10, Double.NaN, 0.05}),
            series("l", new double[] {0, 0, 0, 0, 0}));

    var history = r.relativeReturns(2);

    assertThat(history.keySet()).containsExactly(YearMonth.of(2024, 2), YearMonth.of(2024, 3));
    assertThat(history.get(YearMonth.of(2024, 2))).isEqualTo(1.1 * 1.2 - 1);
    assertThat(history.get(YearMonth.of(2024, 3))).isEqualTo(1.2 * 0.9 - 1);
  }

  /** The one-pass history equals relativeReturn month by month, bit for bit, gaps and all. */
  @Test
  void relativeReturns_equalRelativeReturnAtEveryMonth_onSeriesWithGaps() {
    Random random = new Random(17);
    for (int trial = 0; trial < 20; trial++) {
      int n = 30 + random.nextInt(200);
      double[] small = new double[n];
      double[] large = new double[n];
      for (int i = 0; i < n; i++) {
        small[i] = random.nextDouble() < 0.05 ? Double.NaN : 0.1 * random.nextGaussian();
        large[i] = random.nextDouble() < 0.05 ? Double.NaN : 0.1 * random.nextGaussian();
      }
      PairedReturns r = PairedReturns.of(series("s", small), series("l", large));
      for (int months : new int[] {1, 3, 12}) {
        var history = r.relativeReturns(months);
        for (YearMonth m : r.months()) {
          OptionalDouble one = r.relativeReturn(m, months);
          assertThat(history.containsKey(m)).as("%s over %d", m, months).isEqualTo(one.isPresent());
          if (one.isPresent()) {
            assertThat(history.get(m)).isEqualTo(one.getAsDouble());
          }
        }
      }
    }
  }

  /** Monthly values from 2024-01, dated the month's last day; NaN is a month without one. */
  private static TimeSeries series(String id, double[] values) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        obs.add(new Observation(YearMonth.of(2024, 1).plusMonths(i).atEndOfMonth(), values[i]));
      }
    }
    return TimeSeries.of(id, "decimal return", obs);
  }
}
