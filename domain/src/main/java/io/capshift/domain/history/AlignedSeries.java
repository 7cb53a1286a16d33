package io.capshift.domain.history;

import java.util.Objects;

/**
 * Two monthly series on the same dates: the first of each month both have. Each keeps its own id
 * and unit.
 *
 * @param first the first input, re-dated to the first of each common month
 * @param second the second input, re-dated likewise
 */
public record AlignedSeries(TimeSeries first, TimeSeries second) {
  public AlignedSeries {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.size() != second.size()) {
      throw new IllegalArgumentException(
          "aligned series must have equal sizes: " + first.size() + " and " + second.size());
    }
  }
}
