package io.capshift.domain.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The package-private kernels behind the calculator, each against an obvious version. */
class ValuationKernelsTest {
  private static final double TOL = 1e-12;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void weightedMedian_skewedWeights_matchesFullSort(long seed) {
    // One name carries ~30 % of the value, the rest are lognormal: the sampled bracket often
    // misses and must widen; the answer must still be the exact weighted median.
    Random r = new Random(seed);
    int n = 4_000;
    double[] v = new double[n];
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = Math.exp(3 * r.nextGaussian());
      double pe = Math.exp(3 + r.nextGaussian());
      e[i] = r.nextDouble() < 0.2 ? -v[i] / pe : r.nextDouble() < 0.05 ? 0.0 : v[i] / pe;
    }
    v[n / 2] = 0.45 * Arrays.stream(v).sum();
    e[n / 2] = v[n / 2] / (10 + seed);

    double positiveWeight = 0;
    for (int i = 0; i < n; i++) {
      positiveWeight += e[i] > 0 ? v[i] : 0;
    }
    double fast = WeightedMedian.priceEarnings(v, e, positiveWeight);

    assertThat(fast).isCloseTo(bySort(v, e), within(1e-12 * fast));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void weightedMedian_fewDistinctPesAndZeroValues_matchesFullSort(long seed) {
    // Many exact ties (P/E 8, 10 or 16, exact in binary) and some names worth 0.
    Random r = new Random(seed);
    int n = 2_000;
    double[] v = new double[n];
    double[] e = new double[n];
    double[] pes = {8, 10, 16};
    double positiveWeight = 0;
    for (int i = 0; i < n; i++) {
      v[i] = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(1_000);
      e[i] = v[i] == 0 ? 1 : v[i] / pes[r.nextInt(pes.length)];
      positiveWeight += v[i];
    }

    assertThat(WeightedMedian.priceEarnings(v, e, positiveWeight)).isEqualTo(bySort(v, e));
  }

  @Test
  void weightedMedian_noPositiveWeight_isNaN() {
    assertThat(WeightedMedian.priceEarnings(new double[] {1, 2}, new double[] {-1, 0}, 0.0))
        .isNaN();
  }

  @Test
  void pairSort_randomKeysWithTies_sortsKeysAndCarriesWeights() {
    Random r = new Random(7);
    int n = 1_000;
    double[] keys = new double[n];
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      keys[i] = r.nextInt(50);
      weights[i] = keys[i] * 10 + 0.5;
    }

    PairSort.sort(keys, weights, 0, n);

    for (int i = 0; i < n; i++) {
      assertThat(weights[i]).isEqualTo(keys[i] * 10 + 0.5);
      if (i > 0) {
        assertThat(keys[i]).isGreaterThanOrEqualTo(keys[i - 1]);
      }
    }
  }

  @Test
  void sumOfLargest_fewerThanK_sumsAll() {
    // 3 + 1 + 2 = 6: fewer entries than k = 10.
    assertThat(TopWeights.sumOfLargest(new double[] {3, 1, 2}, 10)).isEqualTo(6.0);
  }

  @Test
  void sumOfLargest_randomValues_matchesFullSort() {
    Random r = new Random(11);
    double[] x = new double[5_000];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.exp(2 * r.nextGaussian());
    }
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double expected = 0;
    for (int i = 0; i < 10; i++) {
      expected += sorted[sorted.length - 1 - i];
    }

    assertThat(TopWeights.sumOfLargest(x, 10)).isCloseTo(expected, within(TOL * expected));
  }

  @Test
  void snapshot_missingFields_roundTripAsEmptyOptionals() {
    // Columns store a missing field as 0 plus a missing-index list; records must not see 0.
    Constituent withAll = ValuationFixtures.full("A", 10, 0.0, 0.0, -1, 3);
    Constituent withNone =
        ValuationFixtures.full("B", 20, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    ConstituentSnapshot s = ValuationFixtures.snapshot(withNone, withAll, withNone);

    assertThat(s.constituent(1)).isEqualTo(withAll);
    assertThat(s.constituent(0)).isEqualTo(withNone);
    assertThat(s.constituent(2).earnings()).isEqualTo(OptionalDouble.empty());
    assertThat(s.constituents()).containsExactly(withNone, withAll, withNone);
  }

  private static double bySort(double[] v, double[] e) {
    List<double[]> pairs = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < v.length; i++) {
      if (e[i] > 0) {
        pairs.add(new double[] {v[i] / e[i], v[i]});
        total += v[i];
      }
    }
    pairs.sort(Comparator.comparingDouble(p -> p[0]));
    double cumulative = 0;
    for (double[] p : pairs) {
      cumulative += p[1];
      if (cumulative >= 0.5 * total) {
        return p[0];
      }
    }
    throw new AssertionError("no median");
  }
}
