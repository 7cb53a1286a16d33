package io.capshift.domain.rates;

import io.capshift.domain.common.Result;
import io.capshift.domain.history.Months;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Meeting-by-meeting target-range probabilities from 30-day fed funds futures, by the CME FedWatch
 * method (docs/methods.md, "Rate expectations", vectors TV-FW1..6). Stateless; use {@link
 * #DEFAULT}. All rates are decimal (0.0425 = 4.25%); moves are in 25 bp steps.
 *
 * <ol>
 *   <li>Each contract month's implied average rate is {@code (100 − price) / 100}.
 *   <li>For a meeting month of {@code N} days deciding on day {@code d}, the decision day counts at
 *       the new rate: {@code pre = d − 1}, {@code post = N − pre}, {@code avg·N = start·pre +
 *       end·post}; start or end comes from the neighbouring months per {@link FedWatchConvention}.
 *   <li>{@code x = (end − start) / 0.0025} splits between {@code ⌊x⌋} and {@code ⌊x⌋ + 1} steps
 *       ({@link MoveSplit}); meetings chain into a tree over target ranges, every node taking the
 *       same split.
 * </ol>
 *
 * <p>Meetings used: scheduled ones deciding strictly after the strip's as-of date (prices at the
 * close of a decision day already reflect it), up to the strip's last contract month. Unscheduled
 * meetings are ignored. A contract month with two scheduled decisions cannot be solved (one
 * equation, two unknown moves) and is refused.
 */
public final class FedWatchCalculator {
  /** The shared instance. */
  public static final FedWatchCalculator DEFAULT = new FedWatchCalculator();

  private FedWatchCalculator() {}

  /**
   * As {@link #calculate(FuturesStrip, FomcCalendar, TargetRange, FedWatchConvention,
   * FedWatchDayCount)} with {@link FedWatchConvention#CME_ADJACENT_ANCHOR} and {@link
   * FedWatchDayCount#DECISION_DAY_AT_OLD_RATE}.
   */
  public FedWatchResult calculate(FuturesStrip strip, FomcCalendar calendar, TargetRange current) {
    return calculate(strip, calendar, current, FedWatchConvention.CME_ADJACENT_ANCHOR);
  }

  /** As the five-argument form with {@link FedWatchDayCount#DECISION_DAY_AT_OLD_RATE}. */
  public FedWatchResult calculate(
      FuturesStrip strip,
      FomcCalendar calendar,
      TargetRange current,
      FedWatchConvention convention) {
    return calculate(
        strip, calendar, current, convention, FedWatchDayCount.DECISION_DAY_AT_OLD_RATE);
  }

  /**
   * Probabilities for every scheduled meeting the strip covers.
   *
   * @param strip futures prices on the as-of date
   * @param calendar FOMC meetings; only scheduled ones are used
   * @param current the target range in force on the as-of date (effective on or before it)
   * @param convention how meeting months are tied to their neighbours
   * @param dayCount which rate the decision day counts at
   * @return one {@link FedWatchMeeting} per meeting, in date order (empty if none is covered), up
   *     to the first meeting a needed contract month has no price for; the result then says which
   *     month and meeting ({@link FedWatchResult#incomplete()})
   * @throws IllegalArgumentException when a covered month holds two scheduled decisions, or when
   *     {@code current} takes effect after the as-of date
   */
  public FedWatchResult calculate(
      FuturesStrip strip,
      FomcCalendar calendar,
      TargetRange current,
      FedWatchConvention convention,
      FedWatchDayCount dayCount) {
    Objects.requireNonNull(strip, "strip");
    Objects.requireNonNull(dayCount, "dayCount");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(convention, "convention");
    if (current.effectiveDate().isAfter(strip.asOf())) {
      throw new IllegalArgumentException(
          "current range takes effect "
              + current.effectiveDate()
              + ", after as-of "
              + strip.asOf());
    }
    List<FomcMeeting> scheduled =
        calendar.meetings().stream().filter(FomcMeeting::scheduled).toList();
    List<FomcMeeting> covered = covered(scheduled, strip);
    refuseTwoDecisionsInAMonth(covered, scheduled);
    Set<YearMonth> meetingMonths =
        scheduled.stream().map(m -> Months.of(m.decisionDate())).collect(Collectors.toSet());
    MeetingMonthSolver solver =
        new MeetingMonthSolver(strip, meetingMonths, RangeTree.mid(current), convention, dayCount);
    RangeTree tree = RangeTree.at(current);
    List<FedWatchMeeting> out = new ArrayList<>();
    for (FomcMeeting meeting : covered) {
      YearMonth month = Months.of(meeting.decisionDate());
      OptionalDouble average = strip.impliedRate(month);
      Result<MeetingMonthSolver.Solved> solved =
          average.isPresent()
              ? solver.solve(meeting, average.getAsDouble())
              : Result.failure(noPrice(month, meeting));
      if (solved instanceof Result.Failure<MeetingMonthSolver.Solved> f) {
        // the tree chains meeting to meeting: nothing after a gap can be priced
        return new FedWatchResult(
            strip.asOf(), current, convention, dayCount, out, Optional.of(f.reason()));
      }
      MeetingMonthSolver.Solved s = solved.toOptional().orElseThrow();
      MoveSplit move = MoveSplit.between(s.start(), s.end());
      tree = tree.then(move);
      out.add(result(meeting, month, average.getAsDouble(), s, move, tree, dayCount));
    }
    return new FedWatchResult(strip.asOf(), current, convention, dayCount, out, Optional.empty());
  }

  private static List<FomcMeeting> covered(List<FomcMeeting> scheduled, FuturesStrip strip) {
    return scheduled.stream()
        .filter(m -> m.decisionDate().isAfter(strip.asOf()))
        .filter(m -> !Months.of(m.decisionDate()).isAfter(strip.lastMonth()))
        .toList();
  }

  private static void refuseTwoDecisionsInAMonth(
      List<FomcMeeting> covered, List<FomcMeeting> scheduled) {
    Map<YearMonth, List<FomcMeeting>> byMonth =
        scheduled.stream().collect(Collectors.groupingBy(m -> Months.of(m.decisionDate())));
    for (FomcMeeting meeting : covered) {
      YearMonth month = Months.of(meeting.decisionDate());
      List<FomcMeeting> inMonth = byMonth.get(month);
      if (inMonth.size() > 1) {
        throw new IllegalArgumentException(
            month
                + " has "
                + inMonth.size()
                + " scheduled FOMC decisions ("
                + inMonth.stream()
                    .map(m -> m.decisionDate().toString())
                    .collect(Collectors.joining(", "))
                + "): the FedWatch method solves one decision per contract month");
      }
    }
  }

  private static FedWatchMeeting result(
      FomcMeeting meeting,
      YearMonth month,
      double average,
      MeetingMonthSolver.Solved solved,
      MoveSplit move,
      RangeTree tree,
      FedWatchDayCount dayCount) {
    int pre = dayCount.daysBefore(meeting.decisionDate());
    return new FedWatchMeeting(
        meeting,
        month,
        average,
        pre,
        month.lengthOfMonth() - pre,
        solved.start(),
        solved.end(),
        solved.solve(),
        solved.residual(),
        move,
        tree.ranges(),
        tree.expectedRate(),
        tree.probabilityBelowCurrent(),
        tree.probabilityOfAnyCut(),
        tree.expectedSteps());
  }

  /** Why {@code meeting} cannot be priced: {@code month} has no futures price. */
  static String noPrice(YearMonth month, FomcMeeting meeting) {
    return "no futures price for "
        + month
        + " (needed for the meeting of "
        + meeting.decisionDate()
        + ")";
  }
}
