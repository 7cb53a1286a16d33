package io.capshift.domain.history;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A named series of dated values in strictly increasing date order, e.g. the S&amp;P 500's monthly
 * trailing P/E. Immutable; held as arrays so statistics over thousands of points stay cheap.
 */
public final class TimeSeries {
  private final String id;
  private final String unit;
  private final LocalDate[] dates;
  private final double[] values;

  /** Observations in this series: the arrays' first {@code n} (a prefix shares its parent's). */
  private final int n;

  /** Month ends of the arrays, worked out once and shared by every prefix of them. */
  private final MonthEnds monthEnds;

  private TimeSeries(String id, String unit, List<Observation> observations) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("series id must not be blank");
    }
    this.id = id;
    this.unit = Objects.requireNonNull(unit, "unit");
    int count = observations.size();
    dates = new LocalDate[count];
    values = new double[count];
    for (int i = 0; i < count; i++) {
      Observation o = observations.get(i);
      if (i > 0 && !o.date().isAfter(dates[i - 1])) {
        throw new IllegalArgumentException(
            "series " + id + " dates must increase: " + o.date() + " after " + dates[i - 1]);
      }
      dates[i] = o.date();
      values[i] = o.value();
    }
    this.n = count;
    this.monthEnds = new MonthEnds();
  }

  /**
   * @param id series id, e.g. {@code shiller-sp500:pe}
   * @param unit what a value means, e.g. "multiple (x)", "decimal rate (0.0425 = 4.25%)", "USD per
   *     index share"
   * @param observations in strictly increasing date order
   */
  public static TimeSeries of(String id, String unit, List<Observation> observations) {
    return new TimeSeries(id, unit, observations);
  }

  /**
   * The series of {@code dates[i]} and {@code values[i]}, held as given, not copied: a store
   * decoding thousands of observations builds the arrays once, and the series of one file may share
   * one array of dates. Neither array may be changed afterwards.
   *
   * @param dates strictly increasing
   * @param values finite, as many as the dates
   * @throws IllegalArgumentException if the dates do not increase, a value is not finite, or the
   *     lengths differ
   */
  public static TimeSeries ofArrays(String id, String unit, LocalDate[] dates, double[] values) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("series id must not be blank");
    }
    if (dates.length != values.length) {
      throw new IllegalArgumentException(
          "series " + id + ": " + dates.length + " dates for " + values.length + " values");
    }
    for (int i = 0; i < dates.length; i++) {
      Objects.requireNonNull(dates[i], "date");
      if (i > 0 && !dates[i].isAfter(dates[i - 1])) {
        throw new IllegalArgumentException(
            "series " + id + " dates must increase: " + dates[i] + " after " + dates[i - 1]);
      }
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "value must be finite on " + dates[i] + ": " + values[i]);
      }
    }
    return new TimeSeries(
        id, Objects.requireNonNull(unit, "unit"), dates, values, dates.length, new MonthEnds());
  }

  public String id() {
    return id;
  }

  public String unit() {
    return unit;
  }

  public int size() {
    return n;
  }

  public LocalDate date(int i) {
    return dates[Objects.checkIndex(i, n)];
  }

  public double value(int i) {
    return values[Objects.checkIndex(i, n)];
  }

  /** Index of the last observation on or before {@code date}, if any. */
  public OptionalInt indexOnOrBefore(LocalDate date) {
    int i = Arrays.binarySearch(dates, 0, n, date);
    int at = i >= 0 ? i : -i - 2;
    return at >= 0 ? OptionalInt.of(at) : OptionalInt.empty();
  }

  /**
   * Index of the last observation on or before {@code date}, if it is at most {@code maxAgeDays}
   * older than {@code date}: the value "at" a date for a series that may have stopped.
   */
  public OptionalInt indexWithin(LocalDate date, int maxAgeDays) {
    OptionalInt i = indexOnOrBefore(date);
    return i.isPresent() && !dates[i.getAsInt()].isBefore(date.minusDays(maxAgeDays))
        ? i
        : OptionalInt.empty();
  }

  /**
   * Index of the last observation on or before the last day of {@code month}, or -1 if there is
   * none: a series' level at a month's end. Constant time after the first call on a series or any
   * prefix of it, so a backtest that asks it of every month of every month's prefix stays linear.
   */
  public int indexAtMonthEnd(YearMonth month) {
    if (n == 0) {
      return -1;
    }
    int[] ends = monthEnds.of(dates);
    int k = MonthEnds.ordinal(month) - MonthEnds.ordinal(dates[0]);
    if (k < 0) {
      return -1;
    }
    return Math.min(k < ends.length ? ends[k] : dates.length - 1, n - 1);
  }

  /**
   * The observations dated on or before {@code date}: what was known by then. Returns this series
   * when nothing is cut.
   */
  public TimeSeries upTo(LocalDate date) {
    OptionalInt last = indexOnOrBefore(date);
    int keep = last.isPresent() ? last.getAsInt() + 1 : 0;
    if (keep == n) {
      return this;
    }
    // a prefix of increasing dates is increasing: a view of the same arrays, nothing copied (a
    // backtest takes one of a daily series for every month it simulates)
    return new TimeSeries(id, unit, dates, values, keep, monthEnds);
  }

  private TimeSeries(
      String id, String unit, LocalDate[] dates, double[] values, int n, MonthEnds monthEnds) {
    this.id = id;
    this.unit = unit;
    this.dates = dates;
    this.values = values;
    this.n = n;
    this.monthEnds = monthEnds;
  }

  /**
   * For each month from the first observation's to the last's, the index of the last observation on
   * or before its end; worked out on first use (racing threads compute the same array).
   */
  private static final class MonthEnds {
    private volatile int[] ends;

    int[] of(LocalDate[] dates) {
      int[] e = ends;
      if (e == null) {
        int first = ordinal(dates[0]);
        e = new int[ordinal(dates[dates.length - 1]) - first + 1];
        int i = 0;
        for (int k = 0; k < e.length; k++) {
          while (i + 1 < dates.length && ordinal(dates[i + 1]) - first <= k) {
            i++;
          }
          e[k] = i;
        }
        ends = e;
      }
      return e;
    }

    static int ordinal(YearMonth m) {
      return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    static int ordinal(LocalDate d) {
      return d.getYear() * 12 + d.getMonthValue() - 1;
    }
  }

  /** The observations dated before {@code date}. */
  public TimeSeries before(LocalDate date) {
    return upTo(date.minusDays(1));
  }

  /**
   * The observations of {@code parts} one after another, as one series; each part must start after
   * the one before ends.
   *
   * @throws IllegalArgumentException if the dates do not increase across parts
   */
  public static TimeSeries concat(String id, String unit, List<TimeSeries> parts) {
    int n = parts.stream().mapToInt(TimeSeries::size).sum();
    LocalDate[] d = new LocalDate[n];
    double[] v = new double[n];
    int at = 0;
    for (TimeSeries p : parts) {
      if (p.size() > 0 && at > 0 && !p.dates[0].isAfter(d[at - 1])) {
        throw new IllegalArgumentException(
            "series " + id + " dates must increase: " + p.dates[0] + " after " + d[at - 1]);
      }
      System.arraycopy(p.dates, 0, d, at, p.size());
      System.arraycopy(p.values, 0, v, at, p.size());
      at += p.size();
    }
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("series id must not be blank");
    }
    return new TimeSeries(id, Objects.requireNonNull(unit, "unit"), d, v, n, new MonthEnds());
  }

  /** The observations as a read-only list view. */
  public List<Observation> observations() {
    return new AbstractList<>() {
      @Override
      public Observation get(int i) {
        return new Observation(dates[Objects.checkIndex(i, n)], values[i]);
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  /** A copy of the values from index {@code from} (inclusive) to {@code to} (exclusive). */
  public double[] values(int from, int to) {
    Objects.checkFromToIndex(from, to, n);
    return Arrays.copyOfRange(values, from, to);
  }

  @Override
  public String toString() {
    return "TimeSeries["
        + id
        + ", "
        + size()
        + " obs"
        + (size() > 0 ? ", " + dates[0] + ".." + dates[size() - 1] : "")
        + "]";
  }
}
