package io.capshift.domain.valuation;

import io.capshift.domain.common.Figure;
import io.capshift.domain.history.HistoryStatistics;
import java.util.Objects;

/**
 * Where the small/large P/E ratio sits in its own history, and the re-rating back to its mean.
 *
 * @param ratioStatistics statistics of the ratio series (small P/E / large P/E on common dates) at
 *     the as-of date: its value at the last common date on or before it, mean, standard deviation,
 *     z-score, percentile rank, window
 * @param droppedPoints common dates left out of the ratio series because either P/E was {@code <=
 *     0}
 * @param horizonYears years over which the re-rating is spread
 * @param impliedAnnualReRating {@code (mean / ratio)^(1/h) − 1} with today's ratio, decimal a year
 *     (0.077 = the ratio rises 7.7% a year); undefined when today's ratio is
 */
public record RelativeValuationHistory(
    HistoryStatistics ratioStatistics,
    int droppedPoints,
    double horizonYears,
    Figure impliedAnnualReRating) {
  public RelativeValuationHistory {
    Objects.requireNonNull(ratioStatistics, "ratioStatistics");
    Objects.requireNonNull(impliedAnnualReRating, "impliedAnnualReRating");
    if (droppedPoints < 0) {
      throw new IllegalArgumentException("droppedPoints cannot be negative: " + droppedPoints);
    }
    if (!Double.isFinite(horizonYears)) {
      throw new IllegalArgumentException("horizonYears must be finite: " + horizonYears);
    }
  }
}
