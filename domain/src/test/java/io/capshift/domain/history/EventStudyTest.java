package io.capshift.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStudyTest {
  private static final double TOL = 1e-12;

  /** A cut 4 months into the history: the quiet year before it is not in the data. */
  @Test
  void detect_cutSoonAfterHistoryStarts_notAFirstCut() {
    TimeSeries rate = series("rate", "1982-09-27", 0.1025, "1982-10-01", 0.10, "1984-01-03", 0.095);

    assertThat(FirstCutDetector.DEFAULT.detect(rate, 12))
        .extracting(EasingEvent::date)
        .containsExactly(LocalDate.of(1984, 1, 3));
  }

  /**
   * 5.00 → 5.50 (hike, 2000-06) → 5.00 (2001-01: a cut after a hike: event) → 4.50 (2001-02: same
   * cycle) → 4.00 (2002-06: 16 months after the last cut: an event with 12 quiet months, not with
   * 18) → 4.50 (hike) → 4.25 (2003-02: a cut after a hike: event).
   */
  @Test
  void detect_cutsAfterHikesOrQuietYears_areFirstCuts() {
    TimeSeries rate =
        series(
            "rate",
            "2000-01-03",
            0.05,
            "2000-06-01",
            0.055,
            "2001-01-03",
            0.05,
            "2001-02-01",
            0.045,
            "2002-06-03",
            0.04,
            "2003-01-02",
            0.045,
            "2003-02-03",
            0.0425);

    List<EasingEvent> twelve = FirstCutDetector.DEFAULT.detect(rate, 12);
    List<EasingEvent> eighteen = FirstCutDetector.DEFAULT.detect(rate, 18);

    assertThat(twelve)
        .extracting(EasingEvent::date)
        .containsExactly(
            LocalDate.of(2001, 1, 3), LocalDate.of(2002, 6, 3), LocalDate.of(2003, 2, 3));
    assertThat(twelve.get(0).rateBefore()).isEqualTo(0.055);
    assertThat(twelve.get(0).rateAfter()).isEqualTo(0.05);
    assertThat(eighteen)
        .extracting(EasingEvent::date)
        .containsExactly(LocalDate.of(2001, 1, 3), LocalDate.of(2003, 2, 3));
  }

  /** Month-end prices 100 (Jan), 110 (Feb), none in Mar, 99 (Apr): only Feb has a return, +10%. */
  @Test
  void monthlyReturns_monthEndPrices_gapLeavesNoReturn() {
    TimeSeries prices =
        series("p", "2001-01-02", 90, "2001-01-31", 100, "2001-02-28", 110, "2001-04-30", 99);

    TimeSeries r = MonthlyReturns.DEFAULT.fromPrices(prices, "p:monthly");

    assertThat(r.size()).isEqualTo(1);
    assertThat(r.date(0)).isEqualTo(LocalDate.of(2001, 2, 1));
    assertThat(r.value(0)).isCloseTo(0.10, within(TOL));
  }

  /**
   * Small 10%, 0, −10%, 5% and large 0, 5%, 0, 0 in Jan–Apr 2001; an event on 2001-01-15 counts
   * from February. 2 months: small 1.0 × 0.9 − 1 = −0.10, large 1.05 − 1 = 0.05, diff −0.15. 3
   * months: small 0.9 × 1.05 − 1 = −0.055, large 0.05, diff −0.105. 4 months runs past April.
   * Baseline over 2 months, starts Jan, Feb, Mar: 0.05, −0.15, −0.055 → mean −0.051667, median
   * −0.055, small ahead 1 time in 3.
   */
  @Test
  void run_handMadeReturns_horizonsAndBaseline() {
    TimeSeries small = monthly("s", 0.10, 0.0, -0.10, 0.05);
    TimeSeries large = monthly("l", 0.0, 0.05, 0.0, 0.0);
    EasingEvent e = new EasingEvent(LocalDate.of(2001, 1, 15), 0.065, 0.06);

    EventStudyResult r = EventStudy.DEFAULT.run(List.of(e), small, large, List.of(2, 3, 4), false);

    EventOutcome o = r.outcomes().get(0);
    assertThat(o.firstMonth()).isEqualTo(YearMonth.of(2001, 2));
    assertThat(o.horizons().get(0).difference().getAsDouble()).isCloseTo(-0.15, within(TOL));
    assertThat(o.horizons().get(1).small().getAsDouble()).isCloseTo(-0.055, within(TOL));
    assertThat(o.horizons().get(1).difference().getAsDouble()).isCloseTo(-0.105, within(TOL));
    assertThat(o.horizons().get(2).difference()).isEmpty();
    assertThat(o.path()).hasSize(3);
    HorizonSummary two = r.summaries().get(0);
    assertThat(two.events().count()).isEqualTo(1);
    assertThat(two.baseline().count()).isEqualTo(3);
    assertThat(two.baseline().mean().getAsDouble()).isCloseTo(-0.155 / 3, within(TOL));
    assertThat(two.baseline().median().getAsDouble()).isCloseTo(-0.055, within(TOL));
    assertThat(two.baseline().hitRate().getAsDouble()).isCloseTo(1.0 / 3, within(TOL));
    assertThat(r.summaries().get(2).events().count()).isZero();
    assertThat(r.summaries().get(2).events().mean()).isEmpty();
  }

  @Test
  void run_includeEventMonth_countsFromJanuary() {
    EventStudyResult r =
        EventStudy.DEFAULT.run(
            List.of(new EasingEvent(LocalDate.of(2001, 1, 15), 0.065, 0.06)),
            monthly("s", 0.10, 0.0),
            monthly("l", 0.0, 0.05),
            List.of(2),
            true);

    // 1.1 × 1.0 − 1 = 0.10 against 1.0 × 1.05 − 1 = 0.05
    assertThat(r.outcomes().get(0).horizons().get(0).difference().getAsDouble())
        .isCloseTo(0.05, within(TOL));
  }

  private static TimeSeries monthly(String id, double... returns) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < returns.length; i++) {
      obs.add(new Observation(LocalDate.of(2001, 1 + i, 1), returns[i]));
    }
    return TimeSeries.of(id, "decimal monthly return", obs);
  }

  private static TimeSeries series(String id, Object... dateValue) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < dateValue.length; i += 2) {
      obs.add(
          new Observation(
              LocalDate.parse((String) dateValue[i]), ((Number) dateValue[i + 1]).doubleValue()));
    }
    return TimeSeries.of(id, "", obs);
  }
}
