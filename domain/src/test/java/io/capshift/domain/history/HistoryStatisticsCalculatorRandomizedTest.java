package io.capshift.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.error.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Compares the one-pass calculator with a naive filter-then-compute implementation on seeded random
 * series: monthly and irregular dates, repeated values (ties), as-of dates before, inside and after
 * the series, full and N-year windows.
 */
class HistoryStatisticsCalculatorRandomizedTest {
  private static final long SEED = 20251029L;
  private static final int CASES = 400;

  /** Relative tolerance: Welford's running mean vs a two-pass sum differ by rounding only. */
  private static final double REL_TOL = 1e-9;

  private static final HistoryStatisticsCalculator CALC = HistoryStatisticsCalculator.DEFAULT;

  @Test
  void calculate_randomSeries_matchesNaiveImplementation() {
    Random rnd = new Random(SEED);
    for (int c = 0; c < CASES; c++) {
      TimeSeries s = randomSeries(rnd, c);
      LocalDate asOf = randomAsOf(rnd, s);
      Window w = rnd.nextInt(3) == 0 ? Window.FULL : Window.lastYears(1 + rnd.nextInt(40));
      Naive expected = Naive.of(s, asOf, w);
      if (expected == null) {
        assertThatThrownBy(() -> CALC.calculate(s, asOf, w)).isInstanceOf(NotFoundException.class);
        continue;
      }
      assertMatches(CALC.calculate(s, asOf, w), expected, s + " at " + asOf + " " + w.describe());
    }
  }

  @Test
  void calculate_randomTruncation_answerAtEarlierDateUnchanged() {
    Random rnd = new Random(SEED + 1);
    for (int c = 0; c < CASES; c++) {
      TimeSeries s = randomSeries(rnd, c);
      if (s.size() < 2) {
        continue;
      }
      int keep = 1 + rnd.nextInt(s.size() - 1);
      TimeSeries prefix = TimeSeries.of(s.id(), s.unit(), s.observations().subList(0, keep));
      LocalDate asOf = s.date(keep - 1).plusDays(rnd.nextInt(2));
      if (!asOf.isBefore(s.date(keep))) {
        asOf = s.date(keep - 1);
      }
      Window w = rnd.nextBoolean() ? Window.FULL : Window.lastYears(1 + rnd.nextInt(10));
      assertThat(CALC.calculate(s, asOf, w)).isEqualTo(CALC.calculate(prefix, asOf, w));
    }
  }

  private static void assertMatches(HistoryStatistics got, Naive want, String what) {
    assertThat(got.observationDate()).as(what).isEqualTo(want.observationDate);
    assertThat(got.value()).as(what).isEqualTo(want.value);
    assertThat(got.observations()).as(what).isEqualTo(want.n);
    assertThat(got.windowStart()).as(what).isEqualTo(want.windowStart);
    assertThat(got.mean()).as(what).isCloseTo(want.mean, within(tol(want.mean)));
    assertThat(got.percentileRank()).as(what).isEqualTo(want.percentile);
    assertThat(got.standardDeviation().isDefined()).as(what).isEqualTo(want.n >= 2);
    if (want.n >= 2) {
      assertThat(got.standardDeviation().getAsDouble())
          .as(what)
          .isCloseTo(want.sd, within(tol(want.sd)));
    }
    assertThat(got.zScore().isDefined()).as(what).isEqualTo(want.n >= 2 && want.sd > 0);
    if (got.zScore().isDefined()) {
      double z = (want.value - want.mean) / want.sd;
      assertThat(got.zScore().getAsDouble()).as(what).isCloseTo(z, within(tol(z) * 100));
    }
  }

  private static double tol(double x) {
    return REL_TOL * Math.max(1, Math.abs(x));
  }

  private static TimeSeries randomSeries(Random rnd, int c) {
    int n = rnd.nextInt(c % 10 == 0 ? 1900 : 60);
    boolean monthly = rnd.nextBoolean();
    boolean ties = rnd.nextInt(4) == 0;
    LocalDate d = LocalDate.of(1871 + rnd.nextInt(100), 1 + rnd.nextInt(12), 1);
    List<Observation> obs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double v = ties ? rnd.nextInt(5) : 5 + 30 * rnd.nextDouble();
      obs.add(new Observation(d, v));
      d = monthly ? d.plusMonths(1) : d.plusDays(1 + rnd.nextInt(200));
    }
    return TimeSeries.of("rnd:" + c, "multiple (x)", obs);
  }

  private static LocalDate randomAsOf(Random rnd, TimeSeries s) {
    if (s.size() == 0 || rnd.nextInt(10) == 0) {
      return LocalDate.of(1850 + rnd.nextInt(300), 6, 15);
    }
    return s.date(rnd.nextInt(s.size())).plusDays(rnd.nextInt(3) - 1);
  }

  /** Filter the window, then compute each statistic in its own loop. */
  private static final class Naive {
    LocalDate observationDate;
    LocalDate windowStart;
    double value;
    int n;
    double mean;
    double sd;
    double percentile;

    static Naive of(TimeSeries s, LocalDate asOf, Window w) {
      List<Observation> upTo = new ArrayList<>();
      for (Observation o : s.observations()) {
        if (!o.date().isAfter(asOf)) {
          upTo.add(o);
        }
      }
      if (upTo.isEmpty()) {
        return null;
      }
      Naive r = new Naive();
      Observation last = upTo.get(upTo.size() - 1);
      r.observationDate = last.date();
      r.value = last.value();
      List<Double> window = new ArrayList<>();
      for (Observation o : upTo) {
        if (w.years().isEmpty() || o.date().isAfter(last.date().minusYears(w.years().getAsInt()))) {
          if (window.isEmpty()) {
            r.windowStart = o.date();
          }
          window.add(o.value());
        }
      }
      r.n = window.size();
      double sum = 0;
      int atOrBelow = 0;
      for (double v : window) {
        sum += v;
        atOrBelow += v <= r.value ? 1 : 0;
      }
      r.mean = sum / r.n;
      double ss = 0;
      for (double v : window) {
        ss += (v - r.mean) * (v - r.mean);
      }
      r.sd = r.n >= 2 ? Math.sqrt(ss / (r.n - 1)) : Double.NaN;
      r.percentile = (double) atOrBelow / r.n;
      return r;
    }
  }
}
