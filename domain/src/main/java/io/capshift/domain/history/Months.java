package io.capshift.domain.history;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The one place where capshift turns dated observations into months: a month's value is the last
 * observation in it, a level is carried through months without an observation, and two return
 * series pair on the months both have ({@link PairedReturns}). The event study, the rotation signal
 * and its backtest all read months through here.
 */
public final class Months {
  private Months() {}

  /**
   * The month of {@code date}: {@code YearMonth.from} without its generic field lookups, which a
   * backtest pays for every observation of every month.
   */
  public static YearMonth of(LocalDate date) {
    return YearMonth.of(date.getYear(), date.getMonthValue());
  }

  /**
   * The last month that has ended by {@code date}: its own month on its last day, else the month
   * before. A month's return or level is known at its end and not before.
   */
  public static YearMonth lastEndedBy(LocalDate date) {
    YearMonth own = of(date);
    return date.equals(own.atEndOfMonth()) ? own : own.minusMonths(1);
  }

  /**
   * The last value given in each month, in month order.
   *
   * @param series any frequency
   */
  public static NavigableMap<YearMonth, Double> lastInMonth(TimeSeries series) {
    Objects.requireNonNull(series, "series");
    TreeMap<YearMonth, Double> out = new TreeMap<>();
    int n = series.size();
    // dates strictly increase: a month's last observation is the one before the month changes,
    // so a daily series makes one map entry a month rather than one a day
    for (int i = 0; i < n; i++) {
      LocalDate d = series.date(i);
      if (i + 1 < n && sameMonth(d, series.date(i + 1))) {
        continue;
      }
      out.put(YearMonth.of(d.getYear(), d.getMonthValue()), series.value(i));
    }
    return out;
  }

  private static boolean sameMonth(LocalDate a, LocalDate b) {
    return a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue();
  }

  /**
   * The level at the end of every month from the first observed month to {@code through}, carried
   * through months without an observation. Observations after {@code through} are not read; empty
   * when there is none on or before it.
   *
   * @param series a level such as a policy rate, decimal, observed daily or at its changes
   * @param through the last month wanted
   */
  public static NavigableMap<YearMonth, Double> monthEnds(TimeSeries series, YearMonth through) {
    Objects.requireNonNull(through, "through");
    TreeMap<YearMonth, Double> out = new TreeMap<>();
    if (series.size() == 0) {
      return out;
    }
    // the level at a month's end is the last observation on or before it: the month's last, else
    // the one carried from before (looked up in the series' month-end index, built once)
    for (YearMonth m = of(series.date(0)); !m.isAfter(through); m = m.plusMonths(1)) {
      out.put(m, series.value(series.indexAtMonthEnd(m)));
    }
    return out;
  }
}
