package io.capshift.domain.history;

import java.util.Objects;

/**
 * A series computed from one or two others, and how many input points it left out.
 *
 * @param series the result, in the unit the caller named
 * @param matchedPoints points the inputs had in common (for one input: its size)
 * @param droppedPoints matched points left out by {@code dropRule}; {@code series.size() ==
 *     matchedPoints − droppedPoints}
 * @param dropRule the rule by which points are left out, for people, e.g. "denominator <= 0 or
 *     result not finite"
 */
public record DerivedSeries(
    TimeSeries series, int matchedPoints, int droppedPoints, String dropRule) {
  public DerivedSeries {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(dropRule, "dropRule");
    if (droppedPoints < 0 || series.size() + droppedPoints != matchedPoints) {
      throw new IllegalArgumentException(
          "droppedPoints must equal matchedPoints − series size: "
              + droppedPoints
              + " of "
              + matchedPoints
              + " with "
              + series.size()
              + " kept");
    }
  }
}
