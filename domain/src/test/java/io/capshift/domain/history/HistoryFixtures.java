package io.capshift.domain.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small series for history tests. */
final class HistoryFixtures {
  static final String PE_UNIT = "multiple (x)";

  private HistoryFixtures() {}

  /** A series with one observation on the first of each month from {@code start}. */
  static TimeSeries monthly(String id, LocalDate start, double... values) {
    List<Observation> obs = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      obs.add(new Observation(start.plusMonths(i), values[i]));
    }
    return TimeSeries.of(id, PE_UNIT, obs);
  }

  /** A series with one observation on 1 January of each year from {@code firstYear}. */
  static TimeSeries yearly(String id, int firstYear, double... values) {
    return TimeSeries.of(id, PE_UNIT, observations(firstYear, values));
  }

  static List<Observation> observations(int firstYear, double... values) {
    List<Observation> obs = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      obs.add(new Observation(LocalDate.of(firstYear + i, 1, 1), values[i]));
    }
    return obs;
  }

  /** A series from alternating dates and values. */
  static TimeSeries series(String id, Object... dateValuePairs) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < dateValuePairs.length; i += 2) {
      obs.add(
          new Observation(
              LocalDate.parse((String) dateValuePairs[i]),
              ((Number) dateValuePairs[i + 1]).doubleValue()));
    }
    return TimeSeries.of(id, PE_UNIT, obs);
  }
}
