package io.capshift.domain.history;

import java.time.YearMonth;
import java.util.List;

/**
 * What small and large caps did after one event.
 *
 * @param event the first cut
 * @param firstMonth the first month counted
 * @param horizons one entry per horizon asked, ascending
 * @param path small-minus-large cumulative difference after 1, 2, … months, up to the longest
 *     horizon or the end of the data
 */
public record EventOutcome(
    EasingEvent event, YearMonth firstMonth, List<HorizonReturn> horizons, List<Double> path) {
  public EventOutcome {
    horizons = List.copyOf(horizons);
    path = List.copyOf(path);
  }
}
