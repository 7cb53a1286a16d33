package io.capshift.domain.history;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

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
    PairedReturns both = PairedReturns.of(small, large);
    if (both.isEmpty()) {
      throw new IllegalArgumentException(small.id() + " and " + large.id() + " share no month");
    }
    int longest = horizons.stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<EventOutcome> outcomes = new ArrayList<>();
    for (EasingEvent e : events) {
      YearMonth first = Months.of(e.date()).plusMonths(includeEventMonth ? 0 : 1);
      List<HorizonReturn> returns = horizons.stream().map(h -> horizon(both, first, h)).toList();
      outcomes.add(new EventOutcome(e, first, returns, both.path(first, longest)));
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
          both.months().stream()
              .map(m -> horizon(both, m, h).difference())
              .filter(OptionalDouble::isPresent)
              .mapToDouble(OptionalDouble::getAsDouble)
              .toArray();
      summaries.add(new HorizonSummary(h, OutcomeStats.of(after), OutcomeStats.of(all)));
    }
    return new EventStudyResult(outcomes, summaries, both.first(), both.last(), includeEventMonth);
  }

  private static HorizonReturn horizon(PairedReturns both, YearMonth first, int h) {
    return both.compound(first, h)
        .map(c -> new HorizonReturn(h, OptionalDouble.of(c.small()), OptionalDouble.of(c.large())))
        .orElseGet(() -> new HorizonReturn(h, OptionalDouble.empty(), OptionalDouble.empty()));
  }
}
