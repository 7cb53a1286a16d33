package io.capshift.domain.rates;

import static io.capshift.domain.rates.FedWatchFixtures.calendar;
import static io.capshift.domain.rates.FedWatchFixtures.range;
import static io.capshift.domain.rates.FedWatchFixtures.strip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The two day counts on one meeting: 2026-07-29 (N = 31), July average 3.70% (price 96.30), the
 * August anchor 3.875% (96.125), range 3.50–3.75%. No June price: July is solved backward from
 * August, end = 3.875%.
 *
 * <ul>
 *   <li>Decision day at the old rate (the default): pre = 29, post = 2; start = (31 × 3.70 − 2 ×
 *       3.875) / 29 = 106.95 / 29 = 3.687931%; x = (3.875 − 3.687931) / 0.25 = 0.748276.
 *   <li>At the new rate: pre = 28, post = 3; start = (114.7 − 11.625) / 28 = 3.68125%; x = 0.19375
 *       / 0.25 = 0.775.
 * </ul>
 */
class FedWatchDayCountTest {
  private static final FuturesStrip STRIP =
      strip("2026-07-01", "2026-07", 96.30, "2026-08", 96.125);
  private static final FomcCalendar CALENDAR = calendar("2026-07-29");
  private static final TargetRange RANGE = range("2025-12-11", 3.50, 3.75);

  @Test
  void defaultCount_decisionDayAtTheOldRate() {
    FedWatchResult r = FedWatchCalculator.DEFAULT.calculate(STRIP, CALENDAR, RANGE);
    FedWatchMeeting july = r.meetings().get(0);

    assertThat(r.dayCount()).isEqualTo(FedWatchDayCount.DECISION_DAY_AT_OLD_RATE);
    assertThat(july.daysBefore()).isEqualTo(29);
    assertThat(july.daysAfter()).isEqualTo(2);
    assertThat(july.startRate()).isCloseTo(0.03687931, within(1e-8));
    assertThat(july.move().upperProbability()).isCloseTo(0.748276, within(1e-6));
  }

  @Test
  void newRateCount_theDocumentsOf2015And2022() {
    FedWatchMeeting july =
        FedWatchCalculator.DEFAULT
            .calculate(
                STRIP,
                CALENDAR,
                RANGE,
                FedWatchConvention.CME_ADJACENT_ANCHOR,
                FedWatchDayCount.DECISION_DAY_AT_NEW_RATE)
            .meetings()
            .get(0);

    assertThat(july.daysBefore()).isEqualTo(28);
    assertThat(july.startRate()).isCloseTo(0.0368125, within(1e-10));
    assertThat(july.move().upperProbability()).isCloseTo(0.775, within(1e-10));
  }

  /**
   * A decision on the month's last day counted at the old rate has no day at the new rate in its
   * month: solved backward from the next month, start = the month's own average.
   */
  @Test
  void decisionOnTheLastDay_atTheOldRate_takenFromTheNextMonth() {
    FedWatchMeeting july =
        FedWatchCalculator.DEFAULT
            .calculate(
                strip("2026-07-01", "2026-07", 96.30, "2026-08", 96.125),
                calendar("2026-07-31"),
                RANGE)
            .meetings()
            .get(0);

    assertThat(july.daysAfter()).isZero();
    assertThat(july.startRate()).isCloseTo(0.037, within(1e-12));
    assertThat(july.endRate()).isCloseTo(0.03875, within(1e-12));
  }

  @Test
  void daysBefore_ofEachCount() {
    LocalDate d = LocalDate.of(2025, 12, 10);
    assertThat(FedWatchDayCount.DECISION_DAY_AT_OLD_RATE.daysBefore(d)).isEqualTo(10);
    assertThat(FedWatchDayCount.DECISION_DAY_AT_NEW_RATE.daysBefore(d)).isEqualTo(9);
  }
}
