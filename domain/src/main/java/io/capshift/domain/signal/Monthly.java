package io.capshift.domain.signal;

import io.capshift.domain.history.TimeSeries;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/** Monthly views of series, keyed by month. */
final class Monthly {
  private Monthly() {}

  /** Months with both returns: {small, large}. */
  static TreeMap<YearMonth, double[]> aligned(TimeSeries small, TimeSeries large) {
    Map<YearMonth, Double> l = byMonth(large);
    TreeMap<YearMonth, double[]> both = new TreeMap<>();
    for (int i = 0; i < small.size(); i++) {
      YearMonth m = YearMonth.from(small.date(i));
      Double lv = l.get(m);
      if (lv != null) {
        both.put(m, new double[] {small.value(i), lv});
      }
    }
    return both;
  }

  /** The value of each month (the last one given in the month). */
  static Map<YearMonth, Double> byMonth(TimeSeries s) {
    Map<YearMonth, Double> out = new TreeMap<>();
    for (int i = 0; i < s.size(); i++) {
      out.put(YearMonth.from(s.date(i)), s.value(i));
    }
    return out;
  }

  /** The level at each month's end, carried through months without an observation. */
  static Map<YearMonth, Double> monthEnd(TimeSeries s) {
    TreeMap<YearMonth, Double> out = new TreeMap<>(byMonth(s));
    if (out.isEmpty()) {
      return out;
    }
    YearMonth last = out.lastKey();
    Double level = null;
    for (YearMonth m = out.firstKey(); !m.isAfter(last); m = m.plusMonths(1)) {
      Double v = out.get(m);
      level = v != null ? v : level;
      out.put(m, level);
    }
    return out;
  }
}
