package io.capshift.domain.history;

import java.util.OptionalDouble;

/**
 * Cumulative returns over one horizon after an event.
 *
 * @param months the horizon
 * @param small cumulative return of the small-cap series, decimal; empty when a month is missing
 *     (the horizon runs past the data)
 * @param large the same for the large-cap series
 */
public record HorizonReturn(int months, OptionalDouble small, OptionalDouble large) {
  /**
   * Small minus large, the difference of the two cumulative returns, decimal; empty if either is.
   */
  public OptionalDouble difference() {
    return small.isPresent() && large.isPresent()
        ? OptionalDouble.of(small.getAsDouble() - large.getAsDouble())
        : OptionalDouble.empty();
  }
}
