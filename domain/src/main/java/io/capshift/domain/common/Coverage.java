package io.capshift.domain.common;

import java.util.List;

/**
 * Which inputs a figure used and which it left out, and why.
 *
 * @param total inputs available
 * @param used inputs that entered the figure
 * @param usedWeight share of total value that entered the figure, decimal
 * @param skipped the inputs left out, grouped by reason
 */
public record Coverage(int total, int used, double usedWeight, List<SkipCount> skipped) {
  public Coverage {
    skipped = List.copyOf(skipped);
    if (used < 0 || used > total) {
      throw new IllegalArgumentException("used must lie in [0, total]: " + used + " of " + total);
    }
    if (!Double.isFinite(usedWeight)) {
      throw new IllegalArgumentException("usedWeight must be finite: " + usedWeight);
    }
  }
}
