package io.capshift.adapter.persistence.store;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.domain.earnings.QuarterlyEarnings;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.FuturesStrip;
import io.capshift.domain.valuation.PublishedMetric;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The content of series, quarterly-EPS, published-metric and futures-strip datasets (content tags
 * 4, 5, 6 and 7 of {@link ContentCodec}). Enums are written as explicit tags, not ordinals, so
 * reordering an enum cannot change what an old file means.
 *
 * <ul>
 *   <li>series: count, then per series id, unit, count and (epoch day, value) pairs;
 *   <li>quarters: count, then per quarter its end, a status tag and price, operating and
 *       as-reported EPS, NaN meaning absent;
 *   <li>metrics: count, then per metric index id, date, a metric tag, value and source;
 *   <li>futures: as-of date, count, then per contract (year, month, price), months strictly
 *       increasing.
 * </ul>
 */
final class MarketDataCodec {
  private static final List<QuarterlyEarnings.Status> STATUS_TAGS =
      List.of(
          QuarterlyEarnings.Status.ACTUAL,
          QuarterlyEarnings.Status.ESTIMATE,
          QuarterlyEarnings.Status.PARTIAL);
  private static final List<PublishedMetric.Metric> METRIC_TAGS =
      List.of(
          PublishedMetric.Metric.TRAILING_PE,
          PublishedMetric.Metric.FORWARD_PE,
          PublishedMetric.Metric.ESTIMATED_PE,
          PublishedMetric.Metric.TRAILING_EPS,
          PublishedMetric.Metric.FORWARD_EPS,
          PublishedMetric.Metric.EARNINGS_GROWTH,
          PublishedMetric.Metric.DIVIDEND_YIELD,
          PublishedMetric.Metric.INDEX_LEVEL,
          PublishedMetric.Metric.EPS_ESTIMATE_CURRENT_YEAR,
          PublishedMetric.Metric.EPS_ESTIMATE_NEXT_YEAR);
  // 2 string lengths + a count; a date + a double
  private static final int MIN_SERIES_BYTES = 3 * 4;
  private static final int OBSERVATION_BYTES = 2 * 8;
  // a date, a status byte, 3 doubles
  private static final int MIN_QUARTER_BYTES = 8 + 1 + 3 * 8;
  // 2 string lengths, a date, a metric byte, a double
  private static final int MIN_METRIC_BYTES = 2 * 4 + 8 + 1 + 8;
  // a year, a month byte, a double
  private static final int CONTRACT_BYTES = 4 + 1 + 8;

  private MarketDataCodec() {}

  static void writeSeries(PayloadWriter w, DatasetContent.SeriesSet set) {
    w.writeInt(set.series().size());
    for (TimeSeries s : set.series()) {
      w.writeString(s.id()).writeString(s.unit()).writeInt(s.size());
      for (int i = 0; i < s.size(); i++) {
        w.writeDate(s.date(i)).writeDouble(s.value(i));
      }
    }
  }

  static DatasetContent.SeriesSet readSeries(PayloadReader r) {
    int n = r.readCount(MIN_SERIES_BYTES);
    List<TimeSeries> series = new ArrayList<>(n);
    // the series of one file mostly share a calendar (a size portfolio per column, a probability
    // per range): a date the series before had at the same place is taken from it, and an
    // identical calendar is shared whole, rather than made again for every series
    long[] days = new long[0];
    LocalDate[] calendar = new LocalDate[0];
    for (int k = 0; k < n; k++) {
      String id = r.readString();
      String unit = r.readString();
      int points = r.readCount(OBSERVATION_BYTES);
      long[] ownDays = new long[points];
      LocalDate[] dates = new LocalDate[points];
      double[] values = new double[points];
      boolean same = points == calendar.length;
      for (int i = 0; i < points; i++) {
        long day = r.readEpochDay();
        ownDays[i] = day;
        boolean known = i < days.length && days[i] == day;
        dates[i] = known ? calendar[i] : LocalDate.ofEpochDay(day);
        same &= known;
        values[i] = r.readDouble();
      }
      if (same) {
        dates = calendar;
      }
      series.add(TimeSeries.ofArrays(id, unit, dates, values));
      days = ownDays;
      calendar = dates;
    }
    return new DatasetContent.SeriesSet(series);
  }

  static void writeQuarters(PayloadWriter w, DatasetContent.QuarterlyEps eps) {
    w.writeInt(eps.quarters().size());
    for (QuarterlyEarnings q : eps.quarters()) {
      w.writeDate(q.quarterEnd()).writeByte(tag(STATUS_TAGS, q.status()));
      w.writeDouble(figure(q.indexPrice())).writeDouble(figure(q.operatingEps()));
      w.writeDouble(figure(q.asReportedEps()));
    }
  }

  static DatasetContent.QuarterlyEps readQuarters(PayloadReader r) {
    int n = r.readCount(MIN_QUARTER_BYTES);
    List<QuarterlyEarnings> quarters = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate end = r.readDate();
      QuarterlyEarnings.Status status = ofTag(STATUS_TAGS, r.readByte(), "quarter status");
      quarters.add(
          new QuarterlyEarnings(
              end, status, opt(r.readDouble()), opt(r.readDouble()), opt(r.readDouble())));
    }
    return new DatasetContent.QuarterlyEps(quarters);
  }

  static void writeMetrics(PayloadWriter w, DatasetContent.Metrics metrics) {
    w.writeInt(metrics.metrics().size());
    for (PublishedMetric m : metrics.metrics()) {
      w.writeString(m.indexId()).writeDate(m.date()).writeByte(tag(METRIC_TAGS, m.metric()));
      w.writeDouble(m.value()).writeString(m.source());
    }
  }

  static DatasetContent.Metrics readMetrics(PayloadReader r) {
    int n = r.readCount(MIN_METRIC_BYTES);
    List<PublishedMetric> metrics = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String indexId = r.readString();
      LocalDate date = r.readDate();
      PublishedMetric.Metric metric = ofTag(METRIC_TAGS, r.readByte(), "metric");
      metrics.add(new PublishedMetric(indexId, date, metric, r.readDouble(), r.readString()));
    }
    return new DatasetContent.Metrics(metrics);
  }

  static void writeFutures(PayloadWriter w, DatasetContent.Futures futures) {
    FuturesStrip strip = futures.strip();
    w.writeDate(strip.asOf()).writeInt(strip.prices().size());
    for (Map.Entry<YearMonth, Double> e : strip.prices().entrySet()) {
      w.writeInt(e.getKey().getYear()).writeByte(e.getKey().getMonthValue());
      w.writeDouble(e.getValue());
    }
  }

  static DatasetContent.Futures readFutures(PayloadReader r) {
    LocalDate asOf = r.readDate();
    int n = r.readCount(CONTRACT_BYTES);
    Map<YearMonth, Double> prices = new LinkedHashMap<>();
    YearMonth previous = null;
    for (int i = 0; i < n; i++) {
      YearMonth month = YearMonth.of(r.readInt(), r.readByte());
      if (previous != null && !month.isAfter(previous)) {
        throw new IllegalArgumentException(
            "contract months not strictly increasing: " + month + " after " + previous);
      }
      prices.put(month, r.readDouble());
      previous = month;
    }
    return new DatasetContent.Futures(FuturesStrip.of(asOf, prices));
  }

  private static <E> int tag(List<E> tags, E value) {
    int i = tags.indexOf(value);
    if (i < 0) {
      throw new IllegalStateException("no store tag for " + value);
    }
    return i + 1;
  }

  private static <E> E ofTag(List<E> tags, int tag, String what) {
    if (tag < 1 || tag > tags.size()) {
      throw new IllegalArgumentException("unknown " + what + " tag " + tag);
    }
    return tags.get(tag - 1);
  }

  /** The stored form of a figure: NaN when absent; a present figure must be finite. */
  private static double figure(OptionalDouble v) {
    if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
      throw new IllegalArgumentException("figure must be finite: " + v.getAsDouble());
    }
    return v.orElse(Double.NaN);
  }

  /** NaN is the stored form of "absent"; an infinity is never written, so it means damage. */
  private static OptionalDouble opt(double v) {
    if (Double.isInfinite(v)) {
      throw new IllegalArgumentException("infinite figure " + v);
    }
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
