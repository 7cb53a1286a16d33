package io.capshift.domain.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.Figure;
import io.capshift.domain.common.SkipCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast calculator against a naive reference written here from the definitions: plain loops over
 * {@link Constituent} records, full sorts, one sum per figure.
 */
class IndexValuationCalculatorRandomizedTest {
  /** Relative tolerance: the fast path sums in a different order. */
  private static final double REL_TOL = 1e-9;

  /** Absolute tolerance on weights (shares of total value). */
  private static final double WEIGHT_TOL = 1e-12;

  static Stream<Arguments> seedsAndSizes() {
    int[] sizes = {0, 1, 2, 3, 10, 11, 64, 250, 3_000, 5_000};
    Stream.Builder<Arguments> b = Stream.builder();
    for (long seed = 1; seed <= 4; seed++) {
      for (int size : sizes) {
        b.add(Arguments.of(seed, size));
      }
    }
    Random r = new Random(99);
    for (int k = 0; k < 6; k++) {
      b.add(Arguments.of(1_000L + k, r.nextInt(5_001)));
    }
    return b.build();
  }

  @ParameterizedTest(name = "seed {0}, {1} names")
  @MethodSource("seedsAndSizes")
  void calculate_randomSnapshot_matchesNaiveReference(long seed, int size) {
    ConstituentSnapshot snapshot = ValuationFixtures.snapshot(randomRows(new Random(seed), size));

    for (NegativeEarningsPolicy policy : NegativeEarningsPolicy.values()) {
      IndexValuation fast = IndexValuationCalculator.DEFAULT.calculate(snapshot, policy);
      Reference slow = new Reference(snapshot.constituents(), policy);

      assertClose(fast.totalValue(), slow.total, "total value");
      assertFigure(fast.priceEarnings(), slow.priceEarnings(), "P/E " + policy);
      assertFigure(fast.earningsYield(), slow.earningsYield(), "earnings yield " + policy);
      assertFigure(fast.weightedMedianPriceEarnings(), slow.weightedMedian(), "median P/E");
      assertFigure(fast.dividendYield(), slow.dividendYield(), "dividend yield");
      assertFigure(fast.priceBook(), slow.priceBook(), "P/B");
      assertFigure(fast.priceSales(), slow.priceSales(), "P/S");
      assertThat(fast.negativeEarners().count()).isEqualTo(slow.negativeCount);
      assertWeight(fast.negativeEarners().weight(), slow.share(slow.negativeValue), "neg weight");
      assertFigure(fast.concentration().top10Weight(), slow.top10(), "top 10");
      assertFigure(fast.concentration().herfindahl(), slow.herfindahl(), "Herfindahl");
      assertFigure(fast.concentration().effectiveNumber(), slow.effectiveNumber(), "eff. N");
      assertCoverage(fast.earningsCoverage(), slow.earningsCoverage(), "earnings coverage");
      assertCoverage(fast.dividendCoverage(), slow.dividendCoverage(), "dividend coverage");
    }
  }

  /** Lognormal values, some zero; 0-30 % without earnings, 10-45 % negative earners, zeros. */
  private static List<Constituent> randomRows(Random r, int size) {
    double missingEarnings = 0.3 * r.nextDouble();
    double negative = 0.10 + 0.35 * r.nextDouble();
    List<Constituent> rows = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      double value = r.nextDouble() < 0.02 ? 0.0 : Math.exp(20 + 2 * r.nextGaussian());
      double pe = Math.exp(Math.log(18) + 0.8 * r.nextGaussian());
      double u = r.nextDouble();
      double earnings =
          u < missingEarnings
              ? Double.NaN
              : u < missingEarnings + 0.02
                  ? 0.0
                  : r.nextDouble() < negative ? -value / pe * r.nextDouble() : value / pe;
      double dividends = r.nextDouble() < 0.1 ? Double.NaN : value * 0.03 * r.nextDouble();
      double book = r.nextDouble() < 0.1 ? Double.NaN : value * (r.nextDouble() - 0.05);
      double sales = r.nextDouble() < 0.05 ? Double.NaN : value * 2 * r.nextDouble();
      rows.add(ValuationFixtures.full("S" + i, value, earnings, dividends, book, sales));
    }
    return rows;
  }

  private static void assertFigure(Figure fast, Double expected, String what) {
    if (expected == null) {
      assertThat(fast.isDefined()).as("%s undefined, got %s", what, fast).isFalse();
      return;
    }
    assertThat(fast.isDefined()).as("%s defined (%s), got %s", what, expected, fast).isTrue();
    assertClose(fast.getAsDouble(), expected, what);
  }

  private static void assertClose(double actual, double expected, String what) {
    double tol = REL_TOL * Math.max(Math.abs(expected), 1e-300);
    assertThat(Math.abs(actual - expected))
        .as("%s: %s vs %s", what, actual, expected)
        .isLessThanOrEqualTo(tol);
  }

  private static void assertWeight(double actual, double expected, String what) {
    double tol = WEIGHT_TOL + REL_TOL * Math.abs(expected);
    assertThat(Math.abs(actual - expected))
        .as("%s: %s vs %s", what, actual, expected)
        .isLessThanOrEqualTo(tol);
  }

  private static void assertCoverage(Coverage fast, Coverage slow, String what) {
    assertThat(fast.total()).as(what).isEqualTo(slow.total());
    assertThat(fast.used()).as(what).isEqualTo(slow.used());
    assertWeight(fast.usedWeight(), slow.usedWeight(), what + " used weight");
    assertThat(fast.skipped()).as(what).hasSameSizeAs(slow.skipped());
    for (int i = 0; i < slow.skipped().size(); i++) {
      SkipCount f = fast.skipped().get(i);
      SkipCount s = slow.skipped().get(i);
      assertThat(f.reason()).as(what).isEqualTo(s.reason());
      assertThat(f.count()).as(what + " " + s.reason()).isEqualTo(s.count());
      assertWeight(f.weight(), s.weight(), what + " " + s.reason());
    }
  }

  /** The definitions, computed the obvious way. {@code null} means "undefined". */
  private static final class Reference {
    final NegativeEarningsPolicy policy;
    final List<Constituent> rows;
    final double total;
    double usedValue;
    double usedEarnings;
    int used;
    int negativeCount;
    double negativeValue;
    int missingCount;
    double missingValue;
    int zeroCount;
    double zeroValue;

    Reference(List<Constituent> rows, NegativeEarningsPolicy policy) {
      this.rows = rows;
      this.policy = policy;
      this.total = rows.stream().mapToDouble(Constituent::value).sum();
      for (Constituent c : rows) {
        classify(c);
      }
    }

    private void classify(Constituent c) {
      if (c.earnings().isEmpty()) {
        missingCount++;
        missingValue += c.value();
        return;
      }
      double e = c.earnings().getAsDouble();
      if (e < 0) {
        negativeCount++;
        negativeValue += c.value();
      } else if (e == 0) {
        zeroCount++;
        zeroValue += c.value();
      }
      boolean admitted =
          switch (policy) {
            case INCLUDE -> true;
            case EXCLUDE_NEGATIVE -> e >= 0;
            case FUND_HARMONIC_CAPPED -> e > 0;
          };
      if (admitted) {
        used++;
        usedValue += c.value();
        usedEarnings +=
            policy == NegativeEarningsPolicy.FUND_HARMONIC_CAPPED ? Math.max(e, c.value() / 60) : e;
      }
    }

    double share(double part) {
      return total > 0 ? part / total : 0;
    }

    Double priceEarnings() {
      return missingCount == rows.size() || usedEarnings <= 0 ? null : usedValue / usedEarnings;
    }

    Double earningsYield() {
      return missingCount == rows.size() || usedValue <= 0 ? null : usedEarnings / usedValue;
    }

    Double weightedMedian() {
      List<double[]> pairs = new ArrayList<>();
      for (Constituent c : rows) {
        if (c.earnings().isPresent() && c.earnings().getAsDouble() > 0) {
          pairs.add(new double[] {c.value() / c.earnings().getAsDouble(), c.value()});
        }
      }
      pairs.sort(Comparator.comparingDouble(p -> p[0]));
      double w = pairs.stream().mapToDouble(p -> p[1]).sum();
      double cumulative = 0;
      for (double[] p : pairs) {
        cumulative += p[1];
        if (w > 0 && cumulative >= 0.5 * w) {
          return p[0];
        }
      }
      return null;
    }

    Double dividendYield() {
      double d = 0;
      double v = 0;
      for (Constituent c : rows) {
        if (c.dividends().isPresent()) {
          d += c.dividends().getAsDouble();
          v += c.value();
        }
      }
      return v > 0 ? d / v : null;
    }

    Double priceBook() {
      return multiple(rows.stream().map(c -> c.bookValue()).toList());
    }

    Double priceSales() {
      return multiple(rows.stream().map(c -> c.sales()).toList());
    }

    private Double multiple(List<java.util.OptionalDouble> field) {
      double x = 0;
      double v = 0;
      for (int i = 0; i < rows.size(); i++) {
        if (field.get(i).isPresent()) {
          x += field.get(i).getAsDouble();
          v += rows.get(i).value();
        }
      }
      return x > 0 ? v / x : null;
    }

    Double top10() {
      List<Double> values =
          rows.stream().map(Constituent::value).sorted(Comparator.reverseOrder()).toList();
      double top = values.stream().limit(10).mapToDouble(Double::doubleValue).sum();
      return total > 0 ? top / total : null;
    }

    Double herfindahl() {
      return total > 0
          ? rows.stream().mapToDouble(c -> Math.pow(c.value() / total, 2)).sum()
          : null;
    }

    Double effectiveNumber() {
      Double h = herfindahl();
      return h == null ? null : 1 / h;
    }

    Coverage earningsCoverage() {
      List<SkipCount> skipped = new ArrayList<>();
      if (missingCount > 0) {
        skipped.add(new SkipCount("no earnings data", missingCount, share(missingValue)));
      }
      if (policy != NegativeEarningsPolicy.INCLUDE && negativeCount > 0) {
        skipped.add(
            new SkipCount(
                "negative earnings excluded by policy " + policy,
                negativeCount,
                share(negativeValue)));
      }
      if (policy == NegativeEarningsPolicy.FUND_HARMONIC_CAPPED && zeroCount > 0) {
        skipped.add(
            new SkipCount(
                "zero earnings excluded by policy " + policy, zeroCount, share(zeroValue)));
      }
      return new Coverage(rows.size(), used, share(usedValue), skipped);
    }

    Coverage dividendCoverage() {
      int n = 0;
      double v = 0;
      for (Constituent c : rows) {
        if (c.dividends().isPresent()) {
          n++;
          v += c.value();
        }
      }
      List<SkipCount> skipped = new ArrayList<>();
      if (n < rows.size()) {
        skipped.add(new SkipCount("no dividend data", rows.size() - n, share(total - v)));
      }
      return new Coverage(rows.size(), n, share(v), skipped);
    }
  }
}
