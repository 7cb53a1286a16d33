package io.capshift.domain.history;

import java.time.YearMonth;
import java.util.List;

/**
 * An event study of small against large caps.
 *
 * @param outcomes one per event, in date order
 * @param summaries one per horizon, ascending
 * @param firstMonth first month with both returns
 * @param lastMonth last month with both returns
 * @param includeEventMonth whether the event's own month is the first month counted
 */
public record EventStudyResult(
    List<EventOutcome> outcomes,
    List<HorizonSummary> summaries,
    YearMonth firstMonth,
    YearMonth lastMonth,
    boolean includeEventMonth) {
  public EventStudyResult {
    outcomes = List.copyOf(outcomes);
    summaries = List.copyOf(summaries);
  }
}
