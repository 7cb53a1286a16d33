package io.capshift.domain.rates;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Meeting-by-meeting FedWatch probabilities implied by a futures strip.
 *
 * @param asOf the strip's date
 * @param current the target range in force on {@code asOf}; steps are counted from it
 * @param convention how meeting months were tied to their neighbours
 * @param dayCount which rate each decision day counted at
 * @param meetings scheduled meetings deciding after {@code asOf} up to the strip's last month, in
 *     date order; they stop early when a needed contract month has no price
 * @param incomplete why the meetings stop before the strip's last month, when they do: the month
 *     without a price and the meeting that needs it
 */
public record FedWatchResult(
    LocalDate asOf,
    TargetRange current,
    FedWatchConvention convention,
    FedWatchDayCount dayCount,
    List<FedWatchMeeting> meetings,
    Optional<String> incomplete) {

  public FedWatchResult {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(dayCount, "dayCount");
    Objects.requireNonNull(incomplete, "incomplete");
    meetings = List.copyOf(meetings);
  }

  /** A result covering every meeting up to the strip's last month. */
  public FedWatchResult(
      LocalDate asOf,
      TargetRange current,
      FedWatchConvention convention,
      FedWatchDayCount dayCount,
      List<FedWatchMeeting> meetings) {
    this(asOf, current, convention, dayCount, meetings, Optional.empty());
  }

  /**
   * The implied path: decision date → expected target-range mid after that meeting, decimal rate;
   * ends at the last meeting the strip covers.
   */
  public SortedMap<LocalDate, Double> impliedPath() {
    TreeMap<LocalDate, Double> path = new TreeMap<>();
    meetings.forEach(m -> path.put(m.meeting().decisionDate(), m.expectedRate()));
    return Collections.unmodifiableSortedMap(path);
  }

  /** The mid of the range in force on {@link #asOf}, decimal rate. */
  public double currentMid() {
    return (current.lowerBound() + current.upperBound()) / 2;
  }

  /**
   * The last meeting deciding on or before {@code date}: what the strip expects by then. Empty when
   * the result covers no meeting by that date.
   */
  public Optional<FedWatchMeeting> lastMeetingBy(LocalDate date) {
    FedWatchMeeting last = null;
    for (FedWatchMeeting m : meetings) {
      if (!m.meeting().decisionDate().isAfter(date)) {
        last = m;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * The first meeting the strip prices that was decided on or before {@code date}. From that day
   * the strip is older than a decision it was pricing, and says nothing about the path from {@code
   * date} on.
   */
  public Optional<FedWatchMeeting> firstDecidedBy(LocalDate date) {
    return meetings.stream().filter(m -> !m.meeting().decisionDate().isAfter(date)).findFirst();
  }

  /** The meeting deciding on {@code decisionDate}, if the result covers it. */
  public Optional<FedWatchMeeting> meeting(LocalDate decisionDate) {
    return meetings.stream()
        .filter(m -> m.meeting().decisionDate().equals(decisionDate))
        .findFirst();
  }
}
