package io.capshift.domain.rates;

import io.capshift.domain.common.Result;
import io.capshift.domain.history.Months;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Solves meeting months, in date order, for their start and end rates from {@code avg·N = start·pre
 * + end·post} and the neighbouring months, as {@link FedWatchConvention} describes. Rates are
 * decimal. Stateful: remembers the ends already solved, for chaining and link residuals.
 */
final class MeetingMonthSolver {

  /** A solved month: start and end rate (decimal), how, and the link residual if any. */
  record Solved(double start, double end, MeetingMonthSolve solve, OptionalDouble residual) {}

  private final FuturesStrip strip;
  private final Set<YearMonth> meetingMonths;
  private final double currentMid;
  private final FedWatchConvention convention;
  private final FedWatchDayCount dayCount;
  private final Map<YearMonth, Double> solvedEnds = new HashMap<>();

  /**
   * @param meetingMonths months holding any scheduled meeting (these are never anchors)
   * @param currentMid mid of the current target range, decimal; the start of last resort
   */
  MeetingMonthSolver(
      FuturesStrip strip,
      Set<YearMonth> meetingMonths,
      double currentMid,
      FedWatchConvention convention,
      FedWatchDayCount dayCount) {
    this.strip = strip;
    this.meetingMonths = Set.copyOf(meetingMonths);
    this.currentMid = currentMid;
    this.convention = convention;
    this.dayCount = dayCount;
  }

  /**
   * Solves the month of {@code meeting}, whose implied average is {@code average}; a failure naming
   * the month when the month it must start from is a gap inside the strip.
   */
  Result<Solved> solve(FomcMeeting meeting, double average) {
    YearMonth month = Months.of(meeting.decisionDate());
    int n = month.lengthOfMonth();
    int pre = dayCount.daysBefore(meeting.decisionDate());
    int post = n - pre;
    OptionalDouble before = anchor(month.minusMonths(1));
    OptionalDouble after = pre > 0 ? anchor(month.plusMonths(1)) : OptionalDouble.empty();
    boolean backward =
        convention == FedWatchConvention.CME_ADJACENT_ANCHOR
            && after.isPresent()
            && (before.isEmpty() || pre > post);
    double start;
    double end;
    MeetingMonthSolve how;
    if (backward) {
      end = after.getAsDouble();
      start = (average * n - end * post) / pre;
      how = MeetingMonthSolve.BACKWARD_FROM_NEXT_ANCHOR;
    } else if (post == 0) {
      // a decision on the month's last day, counted at the old rate, acts in the next month
      return Result.failure(
          "the decision of "
              + meeting.decisionDate()
              + " counts only in "
              + month.plusMonths(1)
              + ", which has no price");
    } else {
      OptionalDouble previous = before.isPresent() ? before : previousEnd(month);
      if (previous.isEmpty() && isGap(month.minusMonths(1))) {
        return Result.failure(FedWatchCalculator.noPrice(month.minusMonths(1), meeting));
      }
      // the current range's mid only when the month before lies before the strip
      start = previous.isPresent() ? previous.getAsDouble() : currentMid;
      end = (average * n - start * pre) / post;
      how =
          previous.isPresent()
              ? MeetingMonthSolve.FORWARD_FROM_PREVIOUS_MONTH
              : MeetingMonthSolve.FORWARD_FROM_CURRENT_RANGE;
    }
    OptionalDouble residual = previousEnd(month);
    solvedEnds.put(month, end);
    return Result.success(
        new Solved(
            start,
            end,
            how,
            residual.isPresent() ? OptionalDouble.of(start - residual.getAsDouble()) : residual));
  }

  /** The average of {@code month} when it is an anchor: priced and without a meeting. */
  private OptionalDouble anchor(YearMonth month) {
    return meetingMonths.contains(month) ? OptionalDouble.empty() : strip.impliedRate(month);
  }

  private OptionalDouble previousEnd(YearMonth month) {
    Double end = solvedEnds.get(month.minusMonths(1));
    return end == null ? OptionalDouble.empty() : OptionalDouble.of(end);
  }

  /** A month inside the strip without a price: a gap, never replaced by a guess. */
  private boolean isGap(YearMonth month) {
    return !strip.has(month) && !month.isBefore(strip.firstMonth());
  }
}
