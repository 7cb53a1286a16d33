package io.capshift.domain.rates;

import static io.capshift.domain.rates.FedWatchConvention.CONSECUTIVE_MONTHS;
import static io.capshift.domain.rates.FedWatchFixtures.assertDistributions;
import static io.capshift.domain.rates.FedWatchFixtures.calendar;
import static io.capshift.domain.rates.FedWatchFixtures.range;
import static io.capshift.domain.rates.FedWatchFixtures.strip;
import static io.capshift.domain.rates.MeetingMonthSolve.BACKWARD_FROM_NEXT_ANCHOR;
import static io.capshift.domain.rates.MeetingMonthSolve.FORWARD_FROM_CURRENT_RANGE;
import static io.capshift.domain.rates.MeetingMonthSolve.FORWARD_FROM_PREVIOUS_MONTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The FedWatch vectors TV-FW1..TV-FW5 of docs/methods.md (TV-FW6 is in {@link MoveSplitTest}).
 * Published rates are in percent and compared as {@code 100 × decimal} to {@link #PUB};
 * probabilities to {@link #PROB} (the six digits published); hand-worked identities to {@link
 * #TOL}.
 */
class FedWatchCalculatorTest {
  /** Published rates, percent. */
  private static final double PUB = 1e-4;

  /** Published probabilities, shown to six digits. */
  private static final double PROB = 1e-6;

  private static final double TOL = 1e-12;

  private static final FedWatchCalculator CALC = FedWatchCalculator.DEFAULT;

  /**
   * Every vector here was worked under the count of CME's 2015 and 2022 documents, the decision day
   * at the new rate; the default count is {@link FedWatchDayCountTest}'s.
   */
  private static FedWatchResult calc(
      FuturesStrip strip, FomcCalendar calendar, TargetRange current) {
    return calc(strip, calendar, current, FedWatchConvention.CME_ADJACENT_ANCHOR);
  }

  private static FedWatchResult calc(
      FuturesStrip strip,
      FomcCalendar calendar,
      TargetRange current,
      FedWatchConvention convention) {
    return CALC.calculate(
        strip, calendar, current, convention, FedWatchDayCount.DECISION_DAY_AT_NEW_RATE);
  }

  /**
   * TV-FW1 (CME 2015 example, via messtone.com): FFQ5 = 99.8675 → August anchor 0.1325%; FFU5 =
   * 99.805 → September average 0.195%; decision 2015-09-17 so N = 30, pre = 16, post = 14. end =
   * (30 × 0.195 − 16 × 0.1325) / 14 = (5.85 − 2.12) / 14 = 3.73 / 14 = 0.266429%; x = (0.266429 −
   * 0.1325) / 0.25 = 0.535714 → P(hike) 53.6%, P(no hike) 46.4%.
   */
  @Test
  void calculate_tvFw1September2015_hike53point6percent() {
    FedWatchResult result =
        calc(
            strip("2015-08-31", "2015-08", 99.8675, "2015-09", 99.805),
            calendar("2015-07-29", "2015-09-17", "2015-10-28"),
            range("2008-12-16", 0, 0.25));

    assertThat(result.meetings()).hasSize(1); // July is past, October beyond the strip
    FedWatchMeeting sep = result.meetings().get(0);
    assertThat(sep.daysBefore()).isEqualTo(16);
    assertThat(sep.daysAfter()).isEqualTo(14);
    assertThat(sep.solve()).isEqualTo(FORWARD_FROM_PREVIOUS_MONTH);
    assertThat(sep.startRate() * 100).isCloseTo(0.1325, within(PUB));
    assertThat(sep.endRate()).isCloseTo(3.73 / 14 / 100, within(TOL));
    assertThat(sep.endRate() * 100).isCloseTo(0.266429, within(PUB));
    assertThat(sep.move().probabilityOfHike()).isCloseTo(0.535714, within(PROB));
    assertThat(sep.probabilityOf("25-50")).isCloseTo(0.535714, within(PROB));
    assertThat(sep.probabilityOf("0-25")).isCloseTo(0.464286, within(PROB));
    assertThat(sep.probabilityOfCutByThen()).isZero();
    assertDistributions(result);
  }

  /**
   * TV-FW2, TV-FW3 and TV-FW4 (CME FedWatch spreadsheet, settles 2022-09-12; CME text "88.97%";
   * TV-FW4 reproduced from CME rule 9.2). ZQU2 97.4475 → Sept average 2.5525%, ZQV2 96.94 → October
   * anchor 3.06%, ZQX2 96.43 → November average 3.57%. August is not in the strip, so September is
   * solved backward from October.
   *
   * <p>TV-FW3, 2022-09-21 (N 30, pre 20, post 10): start = (30 × 2.5525 − 10 × 3.06) / 20 = (76.575
   * − 30.6) / 20 = 2.29875% (CME 97.7013); x = (3.06 − 2.29875)/0.25 = 3.045 → +75 bp 0.955, +100
   * bp 0.045.
   *
   * <p>TV-FW2, 2022-11-02 (N 30, pre 1, post 29): end = (30 × 3.57 − 1 × 3.06) / 29 = 104.04 / 29 =
   * 3.587586% (CME 96.4124); x = 0.527586/0.25 = 2.110345 → +50 bp 0.889655, +75 bp 0.110345.
   *
   * <p>TV-FW4, cumulative from 225-250: +125 bp = 0.955 × 0.889655 = 0.849621; +150 bp = 0.955 ×
   * 0.110345 + 0.045 × 0.889655 = 0.145414; +175 bp = 0.045 × 0.110345 = 0.004966.
   */
  @Test
  void calculate_tvFw2to4September2022_matchesCmeSpreadsheet() {
    FedWatchResult result =
        calc(
            strip("2022-09-12", "2022-09", 97.4475, "2022-10", 96.94, "2022-11", 96.43),
            calendar("2022-07-27", "2022-09-21", "2022-11-02", "2022-12-14"),
            range("2022-07-28", 2.25, 2.50));

    assertThat(result.meetings()).hasSize(2);
    FedWatchMeeting sep = result.meetings().get(0);
    assertThat(sep.solve()).isEqualTo(BACKWARD_FROM_NEXT_ANCHOR);
    assertThat(sep.daysBefore()).isEqualTo(20);
    assertThat(sep.startRate() * 100).isCloseTo(2.29875, within(PUB));
    assertThat(100 - sep.startRate() * 100).isCloseTo(97.7013, within(PUB));
    assertThat(sep.endRate() * 100).isCloseTo(3.06, within(PUB));
    assertThat(sep.move().expectedSteps()).isCloseTo(3.045, within(PROB));
    assertThat(sep.move().probabilityOf(3)).isCloseTo(0.955, within(PROB));
    assertThat(sep.move().probabilityOf(4)).isCloseTo(0.045, within(PROB));
    assertThat(sep.linkResidual()).isEmpty();

    FedWatchMeeting nov = result.meetings().get(1);
    assertThat(nov.solve()).isEqualTo(FORWARD_FROM_PREVIOUS_MONTH);
    assertThat(nov.daysBefore()).isEqualTo(1);
    assertThat(nov.daysAfter()).isEqualTo(29);
    assertThat(nov.endRate() * 100).isCloseTo(3.587586, within(PUB));
    assertThat(100 - nov.endRate() * 100).isCloseTo(96.4124, within(PUB));
    assertThat(nov.endRate() - nov.startRate()).isCloseTo(0.00527586, within(PUB / 100));
    assertThat(nov.move().expectedSteps()).isCloseTo(2.110345, within(PROB));
    assertThat(nov.move().probabilityOf(2)).isCloseTo(0.889655, within(PROB));
    assertThat(nov.move().probabilityOf(3)).isCloseTo(0.110345, within(PROB));
    assertThat(nov.linkResidual()).isEmpty(); // October is an anchor, not a meeting month

    assertThat(nov.ranges())
        .extracting(RangeProbability::label)
        .containsExactly("350-375", "375-400", "400-425");
    assertThat(nov.probabilityOf("350-375")).isCloseTo(0.849621, within(PROB));
    assertThat(nov.probabilityOf("375-400")).isCloseTo(0.145414, within(PROB));
    assertThat(nov.probabilityOf("400-425")).isCloseTo(0.004966, within(PROB));
    // expected: 2.375 + 0.25 × (3.045 + 2.110345) = 3.663836%; 5.155345 hikes, no cut
    assertThat(nov.expectedRate() * 100).isCloseTo(3.663836, within(PUB));
    assertThat(nov.impliedMoves()).isCloseTo(5.155345, within(PROB));
    assertThat(nov.probabilityOfCutByThen()).isZero();
    assertThat(result.impliedPath())
        .containsOnlyKeys(LocalDate.of(2022, 9, 21), LocalDate.of(2022, 11, 2));
    assertDistributions(result);
  }

  /**
   * TV-FW5 (CME 2024 aggregated article; hypothetical, as of May 1): ZQK4 94.875 (5.125%), ZQM4
   * 94.750 (5.25%), ZQN4 94.625 (5.375%), with the article's whole-month simplification: each
   * month's average is its post-meeting rate. Expressed here as hypothetical decisions on June 1
   * and July 1 (pre = 0, so avg = end). June: x = (5.25 − 5.125)/0.25 = 0.5 → 50% hold, 50% +25.
   * July starts at June's end (no anchor next to it): x = (5.375 − 5.25)/0.25 = 0.5, the same 50/50
   * from every June node, so July is 0.5² = 25% / 2 × 0.25 = 50% / 25%.
   */
  @Test
  void calculate_tvFw5WholeMonthSimplification_quarterHalfQuarter() {
    for (FedWatchConvention convention : FedWatchConvention.values()) {
      FedWatchResult result =
          calc(
              strip("2024-05-01", "2024-05", 94.875, "2024-06", 94.750, "2024-07", 94.625),
              calendar("2024-06-01", "2024-07-01"),
              range("2023-07-27", 5.25, 5.50),
              convention);

      FedWatchMeeting june = result.meetings().get(0);
      assertThat(june.daysBefore()).isZero();
      assertThat(june.probabilityOf("525-550")).isCloseTo(0.5, within(PROB));
      assertThat(june.probabilityOf("550-575")).isCloseTo(0.5, within(PROB));
      FedWatchMeeting july = result.meetings().get(1);
      assertThat(july.solve()).isEqualTo(FORWARD_FROM_PREVIOUS_MONTH);
      assertThat(july.linkResidual()).hasValue(0.0);
      assertThat(july.move().probabilityOf(0)).isCloseTo(0.5, within(PROB));
      assertThat(july.move().probabilityOf(1)).isCloseTo(0.5, within(PROB));
      assertThat(july.probabilityOf("525-550")).isCloseTo(0.25, within(PROB));
      assertThat(july.probabilityOf("550-575")).isCloseTo(0.50, within(PROB));
      assertThat(july.probabilityOf("575-600")).isCloseTo(0.25, within(PROB));
      assertDistributions(result);
    }
  }

  /**
   * Two meeting months between anchors (2025 dates; hypothetical prices), cuts. August anchor 95.67
   * → 4.33%; 2025-09-17 (N 30, pre 16, post 14), September 95.80 → 4.20%; 2025-10-29 (N 31, pre 28,
   * post 3), October 96.00 → 4.00%; November anchor 96.12 → 3.88%.
   *
   * <p>CME: September forward from August: end = (126 − 69.28)/14 = 56.72/14 = 4.051429%, x1 =
   * −3.90/14/0.25 = −39/35 = −1.114286 → −1: 31/35, −2: 4/35. October backward from November: start
   * = (124 − 11.64)/28 = 112.36/28 = 4.012857%, x2 = (3.88 − 4.012857)/0.25 = −3.72/7 = −0.531429 →
   * −1: 3.72/7, 0: 3.28/7. Link residual = October start − September end = (112.36 − 113.44)/28 =
   * −0.038571%. The July meeting is before the as-of date and December beyond the strip: both
   * ignored.
   */
  @Test
  void calculate_twoMeetingMonthsBetweenAnchors_reportsLinkResidual() {
    FedWatchResult result = calc(strip2025(), calendar2025(), range2025());

    assertThat(result.meetings())
        .extracting(m -> m.meeting().decisionDate())
        .containsExactly(LocalDate.of(2025, 9, 17), LocalDate.of(2025, 10, 29));
    FedWatchMeeting sep = result.meetings().get(0);
    assertThat(sep.solve()).isEqualTo(FORWARD_FROM_PREVIOUS_MONTH);
    assertThat(sep.endRate()).isCloseTo(56.72 / 14 / 100, within(TOL));
    assertThat(sep.move().expectedSteps()).isCloseTo(-39.0 / 35, within(1e-9));
    assertThat(sep.probabilityOf("400-425")).isCloseTo(31.0 / 35, within(1e-9));
    assertThat(sep.probabilityOf("375-400")).isCloseTo(4.0 / 35, within(1e-9));
    assertThat(sep.probabilityOfCutByThen()).isCloseTo(1.0, within(TOL));

    FedWatchMeeting oct = result.meetings().get(1);
    assertThat(oct.solve()).isEqualTo(BACKWARD_FROM_NEXT_ANCHOR);
    assertThat(oct.startRate()).isCloseTo(112.36 / 28 / 100, within(TOL));
    assertThat(oct.move().expectedSteps()).isCloseTo(-3.72 / 7, within(1e-9));
    assertThat(oct.linkResidual().getAsDouble()).isCloseTo(-1.08 / 28 / 100, within(TOL));
    double p1 = 31.0 / 35;
    double p2 = 4.0 / 35;
    double q0 = 3.28 / 7;
    double q1 = 3.72 / 7;
    assertThat(oct.probabilityOf("400-425")).isCloseTo(p1 * q0, within(1e-9));
    assertThat(oct.probabilityOf("375-400")).isCloseTo(p1 * q1 + p2 * q0, within(1e-9));
    assertThat(oct.probabilityOf("350-375")).isCloseTo(p2 * q1, within(1e-9));
    double steps = -39.0 / 35 - 3.72 / 7; // −1.645714: about 1.6 cuts priced by October
    assertThat(oct.impliedMoves()).isCloseTo(steps, within(1e-9));
    assertThat(oct.expectedRate()).isCloseTo(0.04375 + 0.0025 * steps, within(TOL));
    assertThat(result.impliedPath())
        .containsEntry(LocalDate.of(2025, 10, 29), oct.expectedRate())
        .containsEntry(LocalDate.of(2025, 9, 17), sep.expectedRate());
    assertDistributions(result);
  }

  /**
   * The same strip under {@link FedWatchConvention#CONSECUTIVE_MONTHS}: October starts at
   * September's end 4.051429%, so end = (124 − 28 × 56.72/14)/3 = (124 − 113.44)/3 = 3.52% and x2 =
   * (3.52 − 4.051429)/0.25 = −2.125714 (−2: 0.874286, −3: 0.125714); residual 0. Only three
   * post-meeting days carry October's move, hence the far larger cut than CME's −0.53.
   */
  @Test
  void calculate_consecutiveMonths_chainsOctoberFromSeptember() {
    FedWatchResult result = calc(strip2025(), calendar2025(), range2025(), CONSECUTIVE_MONTHS);

    FedWatchMeeting oct = result.meetings().get(1);
    assertThat(oct.solve()).isEqualTo(FORWARD_FROM_PREVIOUS_MONTH);
    assertThat(oct.startRate()).isCloseTo(56.72 / 14 / 100, within(TOL));
    assertThat(oct.endRate()).isCloseTo(0.0352, within(TOL));
    assertThat(oct.move().expectedSteps()).isCloseTo(-2.125714, within(PROB));
    assertThat(oct.move().probabilityOf(-2)).isCloseTo(0.874286, within(PROB));
    assertThat(oct.linkResidual().getAsDouble()).isCloseTo(0, within(TOL));
    assertThat(result.convention()).isEqualTo(CONSECUTIVE_MONTHS);
    assertDistributions(result);
  }

  /**
   * Decision on the last day of a month, 2024-01-31: N 31, pre 30, post 1. The month is almost all
   * pre-meeting, so CME takes the end rate from the next month (February, 5.13%) and solves the
   * start: with January's average (30 × 5.33 + 5.13)/31 = 165.03/31, start = (165.03 − 5.13)/30 =
   * 5.33%, x = −0.20/0.25 = −0.8 → 80% cut. December is made an anchor (its real meeting left out)
   * and priced 1 bp off (5.32%) to show why: forward from December would give end = 165.03 − 30 ×
   * 5.32 = 5.43%, a 44% hike from one basis point; CONSECUTIVE_MONTHS does exactly that. The March
   * meeting is beyond the strip.
   */
  @Test
  void calculate_meetingOnLastDayOfMonth_endFromNextMonth() {
    double janAverage = 165.03 / 31;
    FuturesStrip strip =
        strip("2024-01-10", "2023-12", 94.68, "2024-01", 100 - janAverage, "2024-02", 94.87);
    FomcCalendar calendar = calendar("2024-01-31", "2024-03-20");
    TargetRange current = range("2023-07-27", 5.25, 5.50);

    FedWatchMeeting cme = calc(strip, calendar, current).meetings().get(0);
    assertThat(cme.daysBefore()).isEqualTo(30);
    assertThat(cme.daysAfter()).isEqualTo(1);
    assertThat(cme.solve()).isEqualTo(BACKWARD_FROM_NEXT_ANCHOR);
    assertThat(cme.endRate()).isCloseTo(0.0513, within(1e-9));
    assertThat(cme.startRate()).isCloseTo(0.0533, within(1e-9));
    assertThat(cme.move().probabilityOfCut()).isCloseTo(0.8, within(1e-9));
    assertThat(cme.probabilityOf("500-525")).isCloseTo(0.8, within(1e-9));

    FedWatchMeeting chained = calc(strip, calendar, current, CONSECUTIVE_MONTHS).meetings().get(0);
    assertThat(chained.endRate()).isCloseTo(0.0543, within(1e-9));
    assertThat(chained.move().probabilityOfHike()).isCloseTo(0.44, within(1e-9));
  }

  /**
   * No anchor on either side of the first meeting month (May held a meeting, July holds one,
   * neither is in the strip): the start is the current range's mid, 5.375%. 2024-06-12: N 30, pre
   * 11, post 19; June 94.80 → 5.20%. end = (156 − 11 × 5.375)/19 = 96.875/19 = 5.098684%, x =
   * (96.875 − 102.125)/19/0.25 = −21/19 = −1.105263 → −1: 17/19, −2: 2/19.
   */
  @Test
  void calculate_firstMeetingWithoutAnchor_startsFromCurrentMid() {
    FedWatchResult result =
        calc(
            strip("2024-06-03", "2024-06", 94.80),
            calendar("2024-05-01", "2024-06-12", "2024-07-31"),
            range("2023-07-27", 5.25, 5.50));

    FedWatchMeeting june = result.meetings().get(0);
    assertThat(june.solve()).isEqualTo(FORWARD_FROM_CURRENT_RANGE);
    assertThat(june.startRate()).isCloseTo(0.05375, within(TOL));
    assertThat(june.endRate()).isCloseTo(96.875 / 19 / 100, within(TOL));
    assertThat(june.move().expectedSteps()).isCloseTo(-21.0 / 19, within(1e-9));
    assertThat(june.probabilityOf("500-525")).isCloseTo(17.0 / 19, within(1e-9));
    assertThat(june.probabilityOf("475-500")).isCloseTo(2.0 / 19, within(1e-9));
    assertThat(june.impliedMoves()).isCloseTo(-21.0 / 19, within(1e-9));
    assertThat(june.expectedRate()).isCloseTo(june.endRate(), within(TOL));
    assertDistributions(result);
  }

  /**
   * A cut priced at one meeting and a hike at the next: the net "below today's range" misses the
   * paths that cut and then hiked back. Range 400-425 (mid 4.125%). January anchor 95.875 → 4.125%.
   * 2026-02-15: N 28, pre 14, post 14; February 95.9375 → 4.0625%, end = (28 × 4.0625 − 14 ×
   * 4.125)/14 = 4.000%, x = −0.5 → −1: 0.5, 0: 0.5. March anchor 96.00 → 4.000%. 2026-04-16: N 30,
   * pre 15, post 15; April 95.9375 → end = (30 × 4.0625 − 15 × 4.0)/15 = 4.125%, x = +0.5 → 0: 0.5,
   * +1: 0.5. After April: −1 0.25, 0 0.5, +1 0.25, so P(below) = 0.25, while P(at least one cut on
   * any path) = 1 − (1 − 0.5)(1 − 0) = 0.5.
   */
  @Test
  void calculate_cutThenHike_anyCutCountsPathsThatHikedBack() {
    FedWatchResult result =
        calc(
            strip(
                "2026-01-05",
                "2026-01",
                95.875,
                "2026-02",
                95.9375,
                "2026-03",
                96.00,
                "2026-04",
                95.9375),
            calendar("2026-02-15", "2026-04-16"),
            range("2025-12-11", 4.00, 4.25));

    FedWatchMeeting feb = result.meetings().get(0);
    FedWatchMeeting apr = result.meetings().get(1);
    assertThat(feb.move().expectedSteps()).isCloseTo(-0.5, within(1e-9));
    assertThat(feb.probabilityOfCutByThen()).isCloseTo(0.5, within(1e-9));
    assertThat(feb.probabilityOfAnyCutByThen()).isCloseTo(0.5, within(1e-9));
    assertThat(apr.move().expectedSteps()).isCloseTo(0.5, within(1e-9));
    assertThat(apr.probabilityOf("375-400")).isCloseTo(0.25, within(1e-9));
    assertThat(apr.probabilityOf("400-425")).isCloseTo(0.5, within(1e-9));
    assertThat(apr.probabilityOf("425-450")).isCloseTo(0.25, within(1e-9));
    assertThat(apr.probabilityOfCutByThen()).isCloseTo(0.25, within(1e-9));
    assertThat(apr.probabilityOfAnyCutByThen()).isCloseTo(0.5, within(1e-9));
    assertDistributions(result);
  }

  @Test
  void calculate_noMeetingCovered_emptyResult() {
    FedWatchResult result =
        calc(
            strip("2024-08-01", "2024-08", 94.67),
            calendar("2024-07-31", "2024-09-18"),
            range("2023-07-27", 5.25, 5.50));

    assertThat(result.meetings()).isEmpty();
    assertThat(result.impliedPath()).isEmpty();
    assertThat(result.asOf()).isEqualTo(LocalDate.of(2024, 8, 1));
  }

  /** A decision on the as-of date is already in that day's settlement prices: not covered. */
  @Test
  void calculate_meetingOnAsOfDate_isAlreadyPriced() {
    FedWatchResult result =
        calc(
            strip("2022-09-21", "2022-09", 97.4475, "2022-10", 96.94, "2022-11", 96.43),
            calendar("2022-09-21", "2022-11-02"),
            range("2022-07-28", 2.25, 2.50));

    assertThat(result.meetings())
        .extracting(FedWatchMeeting::contractMonth)
        .containsExactly(YearMonth.of(2022, 11));
  }

  private static FuturesStrip strip2025() {
    return strip(
        "2025-08-01", "2025-08", 95.67, "2025-09", 95.80, "2025-10", 96.00, "2025-11", 96.12);
  }

  private static FomcCalendar calendar2025() {
    return calendar("2025-07-30", "2025-09-17", "2025-10-29", "2025-12-10");
  }

  private static TargetRange range2025() {
    return range("2024-12-19", 4.25, 4.50);
  }
}
