package io.capshift.domain.history;

import static io.capshift.domain.history.HistoryFixtures.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The three cycle rules and decision-day dating on a target series shaped like 1984–1990. */
class FirstCutDetectorTest {
  /**
   * 11.25 → 11.50 (1984-08-09, +25 bp: a hike) → 11.25 (1984-09-20, −25: a cut after a hike) →
   * 8.125 (1984-12-24, same cycle) → 8.25 (1985-01-24, +12.5: an uptick) → 8.00 (1985-04-25, −25,
   * four months after the last cut) → 8.1875 (1985-09-06, +18.75: an uptick) → 7.9375 (1985-12-18,
   * −25) → 8.1875 (1989-02-24, +25: a hike) → 7.9375 (1989-06-06, −25: a cut after a hike) → 7.6875
   * (1990-07-13, −25, thirteen months after the last cut).
   */
  private static final TimeSeries TARGET =
      series(
          "dfedtar",
          "1984-07-19",
          0.1125,
          "1984-08-09",
          0.115,
          "1984-09-20",
          0.1125,
          "1984-12-24",
          0.08125,
          "1985-01-24",
          0.0825,
          "1985-04-25",
          0.08,
          "1985-09-06",
          0.081875,
          "1985-12-18",
          0.079375,
          "1989-02-24",
          0.081875,
          "1989-06-06",
          0.079375,
          "1990-07-13",
          0.076875);

  private static final List<LocalDate> NO_CALENDAR = List.of();

  @Test
  void hikeOrQuiet_ignoresUpticksUnder25bp() {
    List<EasingEvent> events =
        FirstCutDetector.DEFAULT.detect(TARGET, 12, CycleRule.HIKE_OR_QUIET, NO_CALENDAR);

    // 1985-04-25 and 1985-12-18 follow upticks of 12.5 and 18.75 bp: the same cycle
    assertThat(events)
        .extracting(EasingEvent::date)
        .containsExactly(
            LocalDate.of(1984, 9, 20), LocalDate.of(1989, 6, 6), LocalDate.of(1990, 7, 13));
    assertThat(events.get(1).rateBefore()).isEqualTo(0.081875);
    assertThat(events.get(1).rateAfter()).isEqualTo(0.079375);
  }

  @Test
  void everyFirstCut_countsEveryUptickAsAHike() {
    assertThat(FirstCutDetector.DEFAULT.detect(TARGET, 12, CycleRule.EVERY_FIRST_CUT, NO_CALENDAR))
        .extracting(EasingEvent::date)
        .containsExactly(
            LocalDate.of(1984, 9, 20),
            LocalDate.of(1985, 4, 25),
            LocalDate.of(1985, 12, 18),
            LocalDate.of(1989, 6, 6),
            LocalDate.of(1990, 7, 13));
    assertThat(FirstCutDetector.DEFAULT.detect(TARGET, 12))
        .isEqualTo(
            FirstCutDetector.DEFAULT.detect(TARGET, 12, CycleRule.EVERY_FIRST_CUT, NO_CALENDAR));
  }

  @Test
  void since1989_keepsTheDefaultsCyclesFrom1989() {
    assertThat(FirstCutDetector.DEFAULT.detect(TARGET, 12, CycleRule.SINCE_1989, NO_CALENDAR))
        .extracting(EasingEvent::date)
        .containsExactly(LocalDate.of(1989, 6, 6), LocalDate.of(1990, 7, 13));
  }

  @Test
  void quietMonths_decideWhetherALateCutStartsACycle() {
    // 1990-07-13 is 13 months after 1989-06-06: a first cut with 12 quiet months, not with 14
    assertThat(FirstCutDetector.DEFAULT.detect(TARGET, 14, CycleRule.HIKE_OR_QUIET, NO_CALENDAR))
        .extracting(EasingEvent::date)
        .containsExactly(LocalDate.of(1984, 9, 20), LocalDate.of(1989, 6, 6));
  }

  /**
   * 1984-09-20 has a decision two days before (dated 09-18); 1989-06-06 has one the day before
   * (06-05) and an older one; 1990-07-13's nearest decision is 07-03, ten days before: more than
   * {@link FirstCutDetector#DECISION_LAG_DAYS}, so it keeps the day the rate changed.
   */
  @Test
  void events_areDatedByTheDecisionDayWithinTheLag() {
    List<LocalDate> calendar =
        List.of(
            LocalDate.of(1990, 7, 3),
            LocalDate.of(1989, 6, 5),
            LocalDate.of(1989, 5, 16),
            LocalDate.of(1984, 9, 18));

    List<EasingEvent> events =
        FirstCutDetector.DEFAULT.detect(TARGET, 12, CycleRule.HIKE_OR_QUIET, calendar);

    assertThat(events)
        .extracting(EasingEvent::date, EasingEvent::effective, EasingEvent::byDecision)
        .containsExactly(
            tuple(LocalDate.of(1984, 9, 18), LocalDate.of(1984, 9, 20), true),
            tuple(LocalDate.of(1989, 6, 5), LocalDate.of(1989, 6, 6), true),
            tuple(LocalDate.of(1990, 7, 13), LocalDate.of(1990, 7, 13), false));
  }

  @Test
  void quietMonths_outOfRange_refused() {
    assertThatThrownBy(
            () -> FirstCutDetector.DEFAULT.detect(TARGET, 0, CycleRule.HIKE_OR_QUIET, NO_CALENDAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quietMonths");
  }

  @Test
  void labels_roundTrip() {
    for (CycleRule rule : CycleRule.values()) {
      assertThat(CycleRule.ofLabel(rule.label().toUpperCase(Locale.ROOT))).isSameAs(rule);
    }
    assertThatThrownBy(() -> CycleRule.ofLabel("greenspan"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hike-or-quiet, since-1989 or every-first-cut");
  }
}
