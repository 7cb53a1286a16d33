package io.capshift.domain.rates;

import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.CreditFigures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The interest coverage distribution of a snapshot's constituents. Stateless; use {@link #DEFAULT}.
 */
public final class InterestCoverageCalculator {
  /** The shared instance. */
  public static final InterestCoverageCalculator DEFAULT = new InterestCoverageCalculator();

  /**
   * Default weak-coverage threshold: EBIT under 1.5x interest leaves little room for a fall in
   * earnings before interest goes unpaid, a common screen for stretched small-cap borrowers.
   */
  public static final double DEFAULT_THRESHOLD = 1.5;

  private static final double[] EDGES = {0, 1, 1.5, 3, 5};

  private InterestCoverageCalculator() {}

  /**
   * @param snapshot the constituents; those without both EBIT and interest expense are left out and
   *     counted
   * @param thresholdMultiple weak-coverage threshold, multiple, positive
   * @return the distribution, or empty when no constituent reports both figures
   */
  public Optional<InterestCoverage> calculate(
      ConstituentSnapshot snapshot, double thresholdMultiple) {
    if (!(thresholdMultiple > 0 && thresholdMultiple < 1_000)) {
      throw new IllegalArgumentException(
          "thresholdMultiple must lie in (0, 1000): " + thresholdMultiple);
    }
    double totalValue = 0;
    double dataValue = 0;
    int[] counts = new int[EDGES.length + 2]; // EBIT<0, bands between edges, >= last, no interest
    double[] values = new double[counts.length];
    List<double[]> covered = new ArrayList<>(); // {coverage, value} for names paying interest
    int below = 0;
    double belowValue = 0;
    for (Constituent c : snapshot.constituents()) {
      totalValue += c.value();
      CreditFigures f = c.credit();
      if (f.ebit().isEmpty() || f.interestExpense().isEmpty()) {
        continue;
      }
      dataValue += c.value();
      double ebit = f.ebit().getAsDouble();
      double interest = f.interestExpense().getAsDouble();
      int band;
      if (interest == 0) {
        band = counts.length - 1;
      } else {
        double coverage = ebit / interest;
        covered.add(new double[] {coverage, c.value()});
        band = band(coverage);
        if (coverage < thresholdMultiple) {
          below++;
          belowValue += c.value();
        }
      }
      counts[band]++;
      values[band] += c.value();
    }
    int withData = Arrays.stream(counts).sum();
    if (withData == 0) {
      return Optional.empty();
    }
    List<CoverageBucket> buckets = new ArrayList<>();
    for (int b = 0; b < counts.length; b++) {
      buckets.add(new CoverageBucket(label(b), counts[b], share(values[b], dataValue)));
    }
    covered.sort((x, y) -> Double.compare(x[0], y[0]));
    return Optional.of(
        new InterestCoverage(
            thresholdMultiple,
            snapshot.size(),
            withData,
            share(dataValue, totalValue),
            buckets,
            below,
            share(belowValue, dataValue),
            weightedMedian(covered),
            median(covered)));
  }

  private static int band(double coverage) {
    if (coverage < EDGES[0]) {
      return 0;
    }
    int b = 1;
    while (b < EDGES.length && coverage >= EDGES[b]) {
      b++;
    }
    return b;
  }

  private static String label(int band) {
    if (band == 0) {
      return "EBIT < 0";
    }
    if (band == EDGES.length + 1) {
      return "no interest expense";
    }
    if (band == EDGES.length) {
      return String.format(Locale.US, ">= %.1fx", EDGES[EDGES.length - 1]);
    }
    return String.format(Locale.US, "%.1f-%.1fx", EDGES[band - 1], EDGES[band]);
  }

  private static double share(double part, double whole) {
    return whole > 0 ? part / whole : 0;
  }

  /** The first coverage (ascending) at which the cumulative value reaches half the total. */
  private static OptionalDouble weightedMedian(List<double[]> sorted) {
    double total = sorted.stream().mapToDouble(x -> x[1]).sum();
    if (!(total > 0)) {
      return OptionalDouble.empty();
    }
    double cumulative = 0;
    for (double[] x : sorted) {
      cumulative += x[1];
      if (cumulative >= total / 2) {
        return OptionalDouble.of(x[0]);
      }
    }
    return OptionalDouble.of(sorted.get(sorted.size() - 1)[0]);
  }

  private static OptionalDouble median(List<double[]> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        n % 2 == 1 ? sorted.get(n / 2)[0] : (sorted.get(n / 2 - 1)[0] + sorted.get(n / 2)[0]) / 2);
  }
}
