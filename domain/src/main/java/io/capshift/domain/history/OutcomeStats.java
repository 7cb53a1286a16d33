package io.capshift.domain.history;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Statistics of small-minus-large outcomes over one horizon.
 *
 * @param count outcomes with data
 * @param mean their mean, decimal; empty when there are none
 * @param median their median, decimal
 * @param hitRate share in which small beat large (difference above zero), decimal
 */
public record OutcomeStats(
    int count, OptionalDouble mean, OptionalDouble median, OptionalDouble hitRate) {

  /** The statistics of {@code differences}. */
  public static OutcomeStats of(double[] differences) {
    int n = differences.length;
    if (n == 0) {
      return new OutcomeStats(
          0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
    double[] sorted = differences.clone();
    Arrays.sort(sorted);
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    long hits = Arrays.stream(differences).filter(d -> d > 0).count();
    return new OutcomeStats(
        n,
        OptionalDouble.of(Arrays.stream(differences).sum() / n),
        OptionalDouble.of(median),
        OptionalDouble.of((double) hits / n));
  }
}
