package io.capshift.domain.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;

/**
 * Derives series from series: ratios (a relative P/E), differences (an equity risk premium =
 * earnings yield − 10-year yield), reciprocals (earnings yield = 1 / P/E), unit scaling (percent to
 * decimal), and monthly alignment. Stateless; use {@link #DEFAULT}.
 *
 * <p>Binary operations match dates exactly (a merge over both date-sorted series, O(n + m)); a date
 * only one input has is not in the result. Series of different conventions (first of month vs month
 * end) are put on common dates with {@link #alignMonthly} first. Points the operation cannot define
 * (a denominator {@code <= 0}, a non-finite result) are dropped and counted in {@link
 * DerivedSeries#droppedPoints()}.
 */
public final class SeriesMath {
  /** The shared instance. */
  public static final SeriesMath DEFAULT = new SeriesMath();

  private SeriesMath() {}

  /**
   * {@code numerator / denominator} on common dates; points with a denominator {@code <= 0} are
   * dropped.
   *
   * @param id id of the result
   * @param unit unit of the result, e.g. "multiple (x), small-cap P/E / large-cap P/E"
   */
  public DerivedSeries ratio(String id, String unit, TimeSeries numerator, TimeSeries denominator) {
    return combine(
        id,
        unit,
        numerator,
        denominator,
        (n, d) -> d > 0 ? n / d : Double.NaN,
        "denominator <= 0 or result not finite");
  }

  /**
   * {@code numerator / denominator} on common dates where both are positive; other points are
   * dropped. The form for ratios of multiples (a negative or zero P/E is not a multiple).
   */
  public DerivedSeries ratioOfPositives(
      String id, String unit, TimeSeries numerator, TimeSeries denominator) {
    return combine(
        id,
        unit,
        numerator,
        denominator,
        (n, d) -> n > 0 && d > 0 ? n / d : Double.NaN,
        "numerator or denominator <= 0, or result not finite");
  }

  /**
   * {@code minuend − subtrahend} on common dates, e.g. an equity risk premium from an earnings
   * yield and a 10-year yield, both decimal. Drops only points whose result overflows.
   */
  public DerivedSeries difference(
      String id, String unit, TimeSeries minuend, TimeSeries subtrahend) {
    return combine(id, unit, minuend, subtrahend, (a, b) -> a - b, "result not finite");
  }

  /** {@code 1 / value} at every date, e.g. earnings yield from P/E; values {@code <= 0} dropped. */
  public DerivedSeries reciprocal(String id, String unit, TimeSeries series) {
    Objects.requireNonNull(series, "series");
    List<Observation> out = new ArrayList<>(series.size());
    for (int i = 0; i < series.size(); i++) {
      double v = series.value(i);
      double r = 1 / v;
      if (v > 0 && Double.isFinite(r)) {
        out.add(new Observation(series.date(i), r));
      }
    }
    return derived(id, unit, out, series.size(), "value <= 0 or result not finite");
  }

  /**
   * {@code factor × value} at every date, e.g. {@code 0.01} to turn a FRED yield in percent into a
   * decimal rate.
   */
  public TimeSeries scale(String id, String unit, TimeSeries series, double factor) {
    Objects.requireNonNull(series, "series");
    if (!Double.isFinite(factor) || factor == 0) {
      throw new IllegalArgumentException("factor must be finite and non-zero: " + factor);
    }
    List<Observation> out = new ArrayList<>(series.size());
    for (int i = 0; i < series.size(); i++) {
      out.add(new Observation(series.date(i), factor * series.value(i)));
    }
    return TimeSeries.of(id, unit, out);
  }

  /**
   * A monthly series re-dated to the first of each month (a month-end series becomes
   * first-of-month, as Shiller and FRED date theirs). Keeps id and unit.
   *
   * @throws IllegalArgumentException when two observations fall in one month (the series is not
   *     monthly), naming both dates
   */
  public TimeSeries firstOfMonth(TimeSeries series) {
    Objects.requireNonNull(series, "series");
    List<Observation> out = new ArrayList<>(series.size());
    for (int i = 0; i < series.size(); i++) {
      if (i > 0 && Months.of(series.date(i)).equals(Months.of(series.date(i - 1)))) {
        throw new IllegalArgumentException(
            "series "
                + series.id()
                + " is not monthly: "
                + series.date(i - 1)
                + " and "
                + series.date(i)
                + " fall in one month");
      }
      out.add(new Observation(series.date(i).withDayOfMonth(1), series.value(i)));
    }
    return TimeSeries.of(series.id(), series.unit(), out);
  }

  /**
   * Two monthly series matched by year-month, both dated the first of the month, restricted to the
   * months both have; then {@link #ratio} and {@link #difference} match them exactly.
   *
   * @throws IllegalArgumentException when either series has two observations in one month
   */
  public AlignedSeries alignMonthly(TimeSeries first, TimeSeries second) {
    TimeSeries a = firstOfMonth(first);
    TimeSeries b = firstOfMonth(second);
    List<Observation> outA = new ArrayList<>();
    List<Observation> outB = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      int c = a.date(i).compareTo(b.date(j));
      if (c == 0) {
        outA.add(new Observation(a.date(i), a.value(i)));
        outB.add(new Observation(b.date(j), b.value(j)));
      }
      i += c <= 0 ? 1 : 0;
      j += c >= 0 ? 1 : 0;
    }
    return new AlignedSeries(
        TimeSeries.of(a.id(), a.unit(), outA), TimeSeries.of(b.id(), b.unit(), outB));
  }

  /** {@code op(a, b)} on common dates; a non-finite result drops the point. */
  private static DerivedSeries combine(
      String id, String unit, TimeSeries a, TimeSeries b, DoubleBinaryOperator op, String rule) {
    Objects.requireNonNull(a, "first series");
    Objects.requireNonNull(b, "second series");
    List<Observation> out = new ArrayList<>(Math.min(a.size(), b.size()));
    int matched = 0;
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      LocalDate da = a.date(i);
      int c = da.compareTo(b.date(j));
      if (c == 0) {
        matched++;
        double r = op.applyAsDouble(a.value(i), b.value(j));
        if (Double.isFinite(r)) {
          out.add(new Observation(da, r));
        }
      }
      i += c <= 0 ? 1 : 0;
      j += c >= 0 ? 1 : 0;
    }
    return derived(id, unit, out, matched, rule);
  }

  private static DerivedSeries derived(
      String id, String unit, List<Observation> out, int matched, String rule) {
    return new DerivedSeries(TimeSeries.of(id, unit, out), matched, matched - out.size(), rule);
  }
}
