package io.capshift.domain.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a series.
 *
 * @param date the date the value describes (month-end series use the first of the month, as their
 *     publishers do)
 * @param value the value, finite, in the series' unit
 */
public record Observation(LocalDate date, double value) {
  public Observation {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite on " + date + ": " + value);
    }
  }
}
