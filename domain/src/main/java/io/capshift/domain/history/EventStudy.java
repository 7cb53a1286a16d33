package io.capshift.domain.history;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Returns of small and large caps after each event, against every month as a baseline. A horizon's
 * return is the compounded monthly returns {@code Π(1 + r) − 1} over {@code h} months from the
 * first month counted: by default the month after the event's, since an event within a month is
 * already partly in that month's return. Stateless; use {@link #DEFAULT}.
 */
public final class EventStudy {
  /** The shared instance. */
  public static final EventStudy DEFAULT = new EventStudy();

  /** Default horizons, months. */
  public static final List<Integer> DEFAULT_HORIZONS = List.of(3, 6, 12, 18);

  private EventStudy() {}

  /**
   * @param events the events, in date order
   * @param small monthly returns of small caps, decimal, dated the first of the month
   * @param large the same for large caps
   * @param horizons months, ascending, each 1 to 120
   * @param includeEventMonth count from the event's own month rather than the next
   * @throws IllegalArgumentException if the series share no month
   */
  public EventStudyResult run(
      List<EasingEvent> events,
      TimeSeries small,
      TimeSeries large,
      List<Integer> horizons,
      boolean includeEventMonth) {
    TreeMap<YearMonth, double[]> both = aligned(small, large);
    if (both.isEmpty()) {
      throw new IllegalArgumentException(small.id() + " and " + large.id() + " share no month");
    }
    int longest = horizons.stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<EventOutcome> outcomes = new ArrayList<>();
    for (EasingEvent e : events) {
      YearMonth first = YearMonth.from(e.date()).plusMonths(includeEventMonth ? 0 : 1);
      List<HorizonReturn> returns = horizons.stream().map(h -> horizon(both, first, h)).toList();
      outcomes.add(new EventOutcome(e, first, returns, path(both, first, longest)));
    }
    List<HorizonSummary> summaries = new ArrayList<>();
    for (int i = 0; i < horizons.size(); i++) {
      int h = horizons.get(i);
      int index = i;
      double[] after =
          outcomes.stream()
              .map(o -> o.horizons().get(index).difference())
              .filter(OptionalDouble::isPresent)
              .mapToDouble(OptionalDouble::getAsDouble)
              .toArray();
      double[] all =
          both.keySet().stream()
              .map(m -> horizon(both, m, h).difference())
              .filter(OptionalDouble::isPresent)
              .mapToDouble(OptionalDouble::getAsDouble)
              .toArray();
      summaries.add(new HorizonSummary(h, OutcomeStats.of(after), OutcomeStats.of(all)));
    }
    return new EventStudyResult(
        outcomes, summaries, both.firstKey(), both.lastKey(), includeEventMonth);
  }

  private static TreeMap<YearMonth, double[]> aligned(TimeSeries small, TimeSeries large) {
    Map<YearMonth, Double> l = new TreeMap<>();
    for (int i = 0; i < large.size(); i++) {
      l.put(YearMonth.from(large.date(i)), large.value(i));
    }
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

  private static HorizonReturn horizon(Map<YearMonth, double[]> both, YearMonth first, int h) {
    double s = 1;
    double l = 1;
    for (int k = 0; k < h; k++) {
      double[] r = both.get(first.plusMonths(k));
      if (r == null) {
        return new HorizonReturn(h, OptionalDouble.empty(), OptionalDouble.empty());
      }
      s *= 1 + r[0];
      l *= 1 + r[1];
    }
    return new HorizonReturn(h, OptionalDouble.of(s - 1), OptionalDouble.of(l - 1));
  }

  private static List<Double> path(Map<YearMonth, double[]> both, YearMonth first, int months) {
    List<Double> path = new ArrayList<>();
    double s = 1;
    double l = 1;
    for (int k = 0; k < months; k++) {
      double[] r = both.get(first.plusMonths(k));
      if (r == null) {
        break;
      }
      s *= 1 + r[0];
      l *= 1 + r[1];
      path.add(s - l);
    }
    return path;
  }
}
