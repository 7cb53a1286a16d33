package io.capshift.domain.rates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One FOMC meeting.
 *
 * @param startDate first day of the meeting (equal to {@code decisionDate} for one-day meetings)
 * @param decisionDate last day, when the statement and any rate decision are published
 * @param scheduled false for unscheduled meetings and conference calls
 * @param summaryOfEconomicProjections true where a Summary of Economic Projections was released
 */
public record FomcMeeting(
    LocalDate startDate,
    LocalDate decisionDate,
    boolean scheduled,
    boolean summaryOfEconomicProjections) {
  public FomcMeeting {
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(decisionDate, "decisionDate");
    if (startDate.isAfter(decisionDate)) {
      throw new IllegalArgumentException(
          "startDate " + startDate + " is after decisionDate " + decisionDate);
    }
  }
}
