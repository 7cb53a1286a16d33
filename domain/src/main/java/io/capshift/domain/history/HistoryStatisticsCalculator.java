package io.capshift.domain.history;

import io.capshift.domain.common.Figure;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Computes {@link HistoryStatistics}: where a series' value at a date sits in the series' own past
 * (P/E, CAPE, a relative ratio, an equity risk premium). Stateless; use {@link #DEFAULT}.
 *
 * <p>Conventions (docs/methods.md, "Relative valuation"):
 *
 * <ul>
 *   <li>The value is the last observation on or before the as-of date. Only observations up to and
 *       including it enter the window, so a later observation never changes an earlier date's
 *       answer.
 *   <li>{@link Window#FULL}: every observation up to the value's own. {@code lastYears(N)}: those
 *       dated strictly after {@code observationDate.minusYears(N)}, so a monthly series gives
 *       exactly {@code 12·N} points once it is long enough.
 *   <li>Standard deviation is the sample one ({@code n − 1}); undefined for {@code n < 2}. The
 *       z-score is undefined when the standard deviation is undefined or 0.
 *   <li>Percentile rank is {@code #(window values <= value) / n}, in {@code (0, 1]}: the value's
 *       own observation counts, ties count as at or below.
 * </ul>
 *
 * <p>One pass over the window (Welford's running mean and sum of squares, plus the count at or
 * below the value) after a binary search for its ends: O(n), no sort.
 */
public final class HistoryStatisticsCalculator {
  /** The shared instance. */
  public static final HistoryStatisticsCalculator DEFAULT = new HistoryStatisticsCalculator();

  /** Resource type of the {@link NotFoundException}; its resource name is the series id. */
  public static final String SERIES_RESOURCE_TYPE = "capshift.io/Series";

  private HistoryStatisticsCalculator() {}

  /**
   * Statistics of {@code series} at {@code asOf} over {@code window}.
   *
   * @param series the history, in its own unit (reported back in the result)
   * @param asOf the date asked for; the value used is the last observation on or before it
   * @param window full history or the last N years up to the value's observation date
   * @return mean and standard deviation in the series' unit, z-score (dimensionless) and percentile
   *     rank (decimal in (0, 1])
   * @throws NotFoundException reason {@code NO_DATA_BEFORE_DATE}, resource type {@code
   *     capshift.io/Series}, when the series has no observation on or before {@code asOf}; the
   *     message names the first available date (ISO form)
   */
  public HistoryStatistics calculate(TimeSeries series, LocalDate asOf, Window window) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(window, "window");
    int end = series.indexOnOrBefore(asOf).orElseThrow(() -> noDataBefore(series, asOf));
    LocalDate observed = series.date(end);
    int start = windowStart(series, observed, window);
    double value = series.value(end);
    double mean = 0;
    double sumSquares = 0;
    int atOrBelow = 0;
    for (int i = start, k = 1; i <= end; i++, k++) {
      double x = series.value(i);
      double delta = x - mean;
      mean += delta / k;
      sumSquares += delta * (x - mean);
      if (x <= value) {
        atOrBelow++;
      }
    }
    int n = end - start + 1;
    Figure sd = standardDeviation(sumSquares, n);
    return new HistoryStatistics(
        series.id(),
        series.unit(),
        asOf,
        observed,
        value,
        window,
        series.date(start),
        n,
        mean,
        sd,
        zScore(value, mean, sd),
        (double) atOrBelow / n);
  }

  /**
   * The annual change of a multiple if it moves from {@code value} to {@code mean} over {@code
   * horizonYears}: {@code (mean / value)^(1 / h) − 1}, decimal a year (−0.05 = the multiple shrinks
   * 5% a year). Undefined when {@code value <= 0}, {@code mean <= 0} or {@code h <= 0}.
   *
   * @param value today's multiple (P/E, ratio…), positive
   * @param mean the multiple it reverts to, same unit
   * @param horizonYears years over which it reverts
   * @throws IllegalArgumentException when an argument is NaN or infinite
   */
  public static Figure impliedAnnualReRating(double value, double mean, double horizonYears) {
    requireFinite("value", value);
    requireFinite("mean", mean);
    requireFinite("horizonYears", horizonYears);
    if (!(value > 0)) {
      return Figure.undefined("re-rating needs a positive value: " + value);
    }
    if (!(mean > 0)) {
      return Figure.undefined("re-rating needs a positive mean: " + mean);
    }
    if (!(horizonYears > 0)) {
      return Figure.undefined("re-rating needs a positive horizon in years: " + horizonYears);
    }
    double rate = Math.pow(mean / value, 1 / horizonYears) - 1;
    return Double.isFinite(rate)
        ? Figure.of(rate)
        : Figure.undefined("re-rating overflows over " + horizonYears + " years");
  }

  /**
   * {@link #impliedAnnualReRating(double, double, double)} from a statistics' value to its mean.
   */
  public static Figure impliedAnnualReRating(HistoryStatistics statistics, double horizonYears) {
    Objects.requireNonNull(statistics, "statistics");
    return impliedAnnualReRating(statistics.value(), statistics.mean(), horizonYears);
  }

  private static int windowStart(TimeSeries series, LocalDate observed, Window window) {
    if (window.years().isEmpty()) {
      return 0;
    }
    LocalDate cutOff = observed.minusYears(window.years().getAsInt());
    return series.indexOnOrBefore(cutOff).orElse(-1) + 1;
  }

  private static Figure standardDeviation(double sumSquares, int n) {
    if (n < 2) {
      return Figure.undefined("fewer than two observations in the window: " + n);
    }
    return Figure.of(Math.sqrt(Math.max(0, sumSquares) / (n - 1)));
  }

  private static Figure zScore(double value, double mean, Figure sd) {
    if (!sd.isDefined()) {
      return Figure.undefined("standard deviation undefined: " + sd.undefinedReason().get());
    }
    return Figure.ratio(value - mean, sd.getAsDouble(), "no dispersion in the window (sd = 0)");
  }

  private static NotFoundException noDataBefore(TimeSeries series, LocalDate asOf) {
    String first = series.size() == 0 ? "it has no observations" : "the first is " + series.date(0);
    return new NotFoundException(
        Reason.NO_DATA_BEFORE_DATE,
        SERIES_RESOURCE_TYPE,
        series.id(),
        String.format(
            Locale.US,
            "series %s has no observation on or before %s; %s",
            series.id(),
            asOf,
            first),
        series.size() == 0 ? null : series.date(0));
  }

  private static void requireFinite(String field, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(field + " must be finite: " + v);
    }
  }
}
