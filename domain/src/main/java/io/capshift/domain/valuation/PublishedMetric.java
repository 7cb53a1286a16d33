package io.capshift.domain.valuation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A figure a provider published for an index, loaded as given, e.g. FTSE Russell's forward P/E of
 * the Russell 2000 on a date.
 *
 * @param indexId the index it describes, e.g. {@code russell2000}
 * @param date the date it describes
 * @param metric what it is, one of {@link Metric}
 * @param value the figure, in the metric's unit
 * @param source who published it, for people
 */
public record PublishedMetric(
    String indexId, LocalDate date, Metric metric, double value, String source) {

  /** The metrics capshift understands, with their units. */
  public enum Metric {
    /** Trailing P/E, multiple (x). */
    TRAILING_PE,
    /** Forward (next twelve months) P/E, multiple (x). */
    FORWARD_PE,
    /**
     * P/E on one calendar year's estimated operating EPS, multiple (x); the source names the year
     * (e.g. S&amp;P DJI's "P/E on 2025E operating EPS").
     */
    ESTIMATED_PE,
    /** Trailing earnings per index share, USD. */
    TRAILING_EPS,
    /** Forward (next twelve months) earnings per index share, USD. */
    FORWARD_EPS,
    /** Expected annual earnings growth, decimal (0.212 = 21.2%); the source names the horizon. */
    EARNINGS_GROWTH,
    /** Dividend yield, decimal. */
    DIVIDEND_YIELD,
    /** Index level, points. */
    INDEX_LEVEL,
    /** Consensus EPS estimate for the calendar year of {@code date}, USD per index share. */
    EPS_ESTIMATE_CURRENT_YEAR,
    /** Consensus EPS estimate for the calendar year after {@code date}'s, USD per index share. */
    EPS_ESTIMATE_NEXT_YEAR
  }

  public PublishedMetric {
    if (indexId == null || indexId.isBlank()) {
      throw new IllegalArgumentException("indexId must not be blank");
    }
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(source, "source");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(metric + " must be finite: " + value);
    }
  }
}
