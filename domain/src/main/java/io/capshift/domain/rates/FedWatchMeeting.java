package io.capshift.domain.rates;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * FedWatch figures for one FOMC meeting. All rates are decimal (0.0425 = 4.25%).
 *
 * @param meeting the meeting
 * @param contractMonth the futures month that contains its decision date
 * @param monthAverageRate the month's implied average rate, {@code (100 − price) / 100}
 * @param daysBefore days in the month before the decision day ({@code pre = decision day − 1})
 * @param daysAfter days from the decision day to month end inclusive ({@code post = N − pre})
 * @param startRate implied rate before the decision
 * @param endRate implied rate after the decision; {@code avg·N = start·pre + end·post}
 * @param solve how start and end were tied to the neighbouring months
 * @param linkResidual when the previous month is also a meeting month in the result: this month's
 *     start − that month's end (zero when chained; CME's published figures keep it)
 * @param move this meeting's expected change and its split into 25 bp steps
 * @param ranges cumulative probability of each target range after this meeting, ascending;
 *     reachable ranges only; probabilities sum to 1
 * @param expectedRate probability-weighted mid of {@code ranges}
 * @param probabilityOfCutByThen probability that the range is below the current one after this
 *     meeting (at least one net cut by then)
 * @param probabilityOfAnyCutByThen probability that at least one meeting up to and including this
 *     one cuts, on any path of the tree (a cut later undone by a hike counts); equals {@code
 *     probabilityOfCutByThen} when no meeting prices a hike
 * @param impliedMoves expected change from the current range in 25 bp steps, signed: negative =
 *     cuts (−2.0 = two cuts priced), equal to {@code (expectedRate − current mid) / 0.0025}
 */
public record FedWatchMeeting(
    FomcMeeting meeting,
    YearMonth contractMonth,
    double monthAverageRate,
    int daysBefore,
    int daysAfter,
    double startRate,
    double endRate,
    MeetingMonthSolve solve,
    OptionalDouble linkResidual,
    MoveSplit move,
    List<RangeProbability> ranges,
    double expectedRate,
    double probabilityOfCutByThen,
    double probabilityOfAnyCutByThen,
    double impliedMoves) {

  public FedWatchMeeting {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(contractMonth, "contractMonth");
    Objects.requireNonNull(solve, "solve");
    Objects.requireNonNull(linkResidual, "linkResidual");
    Objects.requireNonNull(move, "move");
    ranges = List.copyOf(ranges);
    if (!Double.isFinite(startRate) || !Double.isFinite(endRate)) {
      throw new IllegalArgumentException("rates must be finite: " + startRate + ", " + endRate);
    }
  }

  /** Probability of the range labelled {@code label} (e.g. "375-400"); 0 when unreachable. */
  public double probabilityOf(String label) {
    return ranges.stream()
        .filter(r -> r.label().equals(label))
        .mapToDouble(RangeProbability::probability)
        .sum();
  }
}
