package io.capshift.domain.history;

import io.capshift.domain.common.Figure;
import java.time.LocalDate;

/**
 * Where one value of a series sits in the series' own past.
 *
 * @param seriesId the series
 * @param unit the series' unit
 * @param asOf the date asked for
 * @param observationDate the date of the value used: the last observation on or before {@code asOf}
 * @param value the value at {@code observationDate}, in the series' unit
 * @param window the window asked for
 * @param windowStart first observation date inside the window
 * @param observations observations in the window (the value's own included)
 * @param mean arithmetic mean over the window, series unit
 * @param standardDeviation sample standard deviation (n − 1) over the window, series unit
 * @param zScore (value − mean) / standard deviation; undefined for fewer than two observations or
 *     zero dispersion
 * @param percentileRank share of observations in the window at or below the value, decimal in (0,
 *     1]
 */
public record HistoryStatistics(
    String seriesId,
    String unit,
    LocalDate asOf,
    LocalDate observationDate,
    double value,
    Window window,
    LocalDate windowStart,
    int observations,
    double mean,
    Figure standardDeviation,
    Figure zScore,
    double percentileRank) {}
