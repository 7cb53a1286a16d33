package io.capshift.domain.rates;

import static io.capshift.domain.rates.FedWatchFixtures.calendar;
import static io.capshift.domain.rates.FedWatchFixtures.range;
import static io.capshift.domain.rates.FedWatchFixtures.strip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What {@link FedWatchCalculator} refuses or cannot price: each message names what is wrong. */
class FedWatchCalculatorErrorsTest {
  private static final FedWatchCalculator CALC = FedWatchCalculator.DEFAULT;

  /** January is priced; March has no price, so March and what follows it are not. */
  @Test
  void calculate_meetingMonthWithoutPrice_stopsThereAndSaysWhy() {
    FedWatchResult r =
        CALC.calculate(
            strip("2026-01-02", "2026-01", 96.40, "2026-02", 96.40, "2026-04", 96.50),
            calendar("2026-01-28", "2026-03-18", "2026-04-29"),
            range("2025-12-11", 3.50, 3.75));

    assertThat(r.meetings())
        .extracting(m -> m.meeting().decisionDate().toString())
        .containsExactly("2026-01-28");
    assertThat(r.incomplete())
        .hasValue("no futures price for 2026-03 (needed for the meeting of 2026-03-18)");
  }

  /**
   * March must start from February (April holds a meeting, so it is no anchor), and February is a
   * gap inside the strip: no meeting is priced rather than one started from the current range.
   */
  @Test
  void calculate_gapBeforeMeetingMonth_namesTheGap() {
    FedWatchResult r =
        CALC.calculate(
            strip("2026-01-02", "2026-01", 96.40, "2026-03", 96.45, "2026-04", 96.50),
            calendar("2026-03-18", "2026-04-29"),
            range("2025-12-11", 3.50, 3.75));

    assertThat(r.meetings()).isEmpty();
    assertThat(r.incomplete())
        .hasValue("no futures price for 2026-02 (needed for the meeting of 2026-03-18)");
  }

  /** One month's average is one equation; two decisions in it are two unknown moves. */
  @Test
  void calculate_twoDecisionsInOneMonth_refused() {
    assertThatThrownBy(
            () ->
                CALC.calculate(
                    strip("2020-02-20", "2020-02", 98.42, "2020-03", 98.80, "2020-04", 99.20),
                    calendar("2020-01-29", "2020-03-03", "2020-03-18", "2020-04-29"),
                    range("2019-10-31", 1.50, 1.75)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "2020-03 has 2 scheduled FOMC decisions (2020-03-03, 2020-03-18):"
                + " the FedWatch method solves one decision per contract month");
  }

  @Test
  void calculate_currentRangeAfterAsOf_refused() {
    assertThatThrownBy(
            () ->
                CALC.calculate(
                    strip("2026-02-02", "2026-02", 96.40),
                    calendar("2026-03-18"),
                    range("2026-03-19", 3.25, 3.50)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-03-19");
  }
}
