package io.capshift.domain.rates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * FOMC meetings in decision-date order, without two meetings on one decision date.
 *
 * @param meetings the meetings, sorted by decision date
 */
public record FomcCalendar(List<FomcMeeting> meetings) {
  public FomcCalendar {
    List<FomcMeeting> sorted = new ArrayList<>(meetings);
    sorted.sort(Comparator.comparing(FomcMeeting::decisionDate));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).decisionDate().equals(sorted.get(i - 1).decisionDate())) {
        throw new IllegalArgumentException(
            "two meetings decide on " + sorted.get(i).decisionDate());
      }
    }
    meetings = List.copyOf(sorted);
  }
}
