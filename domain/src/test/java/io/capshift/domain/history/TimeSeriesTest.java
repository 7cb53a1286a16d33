package io.capshift.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {
  private static final TimeSeries DAILY =
      TimeSeries.of(
          "t:x",
          "x",
          List.of(
              new Observation(LocalDate.of(2025, 11, 10), 1),
              new Observation(LocalDate.of(2025, 11, 12), 2)));

  @Test
  void indexWithin_observationYoungEnough_found() {
    assertThat(DAILY.indexWithin(LocalDate.of(2025, 11, 15), 3)).hasValue(1);
    assertThat(DAILY.indexWithin(LocalDate.of(2025, 11, 11), 1)).hasValue(0);
  }

  @Test
  void indexWithin_seriesStoppedOrNotStarted_empty() {
    assertThat(DAILY.indexWithin(LocalDate.of(2025, 11, 16), 3)).isEmpty();
    assertThat(DAILY.indexWithin(LocalDate.of(2025, 11, 9), 30)).isEmpty();
  }

  /** Jan 31, Feb 15, (no March), Apr 1, Apr 30, May 2. */
  private static final TimeSeries GAPPY =
      TimeSeries.of(
          "t:g",
          "x",
          List.of(
              new Observation(LocalDate.of(2025, 1, 31), 10),
              new Observation(LocalDate.of(2025, 2, 15), 20),
              new Observation(LocalDate.of(2025, 4, 1), 40),
              new Observation(LocalDate.of(2025, 4, 30), 41),
              new Observation(LocalDate.of(2025, 5, 2), 50)));

  @Test
  void indexAtMonthEnd_lastObservationByTheMonthsEnd_carriedOverAGap() {
    assertThat(GAPPY.indexAtMonthEnd(YearMonth.of(2024, 12))).isEqualTo(-1);
    assertThat(GAPPY.indexAtMonthEnd(YearMonth.of(2025, 1))).isEqualTo(0);
    assertThat(GAPPY.indexAtMonthEnd(YearMonth.of(2025, 2))).isEqualTo(1);
    assertThat(GAPPY.indexAtMonthEnd(YearMonth.of(2025, 3))).isEqualTo(1); // carried
    assertThat(GAPPY.indexAtMonthEnd(YearMonth.of(2025, 4))).isEqualTo(3);
    assertThat(GAPPY.indexAtMonthEnd(YearMonth.of(2025, 5))).isEqualTo(4);
    assertThat(GAPPY.indexAtMonthEnd(YearMonth.of(2030, 1))).isEqualTo(4);
  }

  @Test
  void upTo_aPrefix_seesNothingAfterItsDate_evenThroughTheSharedMonthIndex() {
    GAPPY.indexAtMonthEnd(YearMonth.of(2025, 4)); // the full series' index built first
    TimeSeries known = GAPPY.upTo(LocalDate.of(2025, 4, 15));

    assertThat(known.size()).isEqualTo(3);
    assertThat(known.indexAtMonthEnd(YearMonth.of(2025, 4))).isEqualTo(2); // Apr 1, not Apr 30
    assertThat(known.indexAtMonthEnd(YearMonth.of(2026, 1))).isEqualTo(2);
    assertThat(known.indexOnOrBefore(LocalDate.of(2025, 5, 31))).hasValue(2);
    assertThat(known.observations()).hasSize(3);
    assertThat(known.values(0, 3)).containsExactly(10, 20, 40);
    assertThatThrownBy(() -> known.value(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> known.values(0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(GAPPY.upTo(LocalDate.of(2025, 1, 30)).indexAtMonthEnd(YearMonth.of(2025, 3)))
        .isEqualTo(-1);
  }

  @Test
  void ofArrays_isTheSeriesOfTheObservations_andChecksThemAlike() {
    LocalDate[] dates = {LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 29)};
    TimeSeries s = TimeSeries.ofArrays("x:v", "u", dates, new double[] {1, 2});
    assertThat(s.observations())
        .containsExactly(new Observation(dates[0], 1), new Observation(dates[1], 2));
    assertThat(s.indexAtMonthEnd(YearMonth.of(2020, 3))).isEqualTo(1);

    assertThatThrownBy(
            () ->
                TimeSeries.ofArrays(
                    "x:v", "u", new LocalDate[] {dates[1], dates[0]}, new double[2]))
        .hasMessageContaining("dates must increase");
    assertThatThrownBy(() -> TimeSeries.ofArrays("x:v", "u", dates, new double[] {1, Double.NaN}))
        .hasMessageContaining("value must be finite");
    assertThatThrownBy(() -> TimeSeries.ofArrays("x:v", "u", dates, new double[1]))
        .hasMessageContaining("2 dates for 1 values");
    assertThatThrownBy(() -> TimeSeries.ofArrays(" ", "u", dates, new double[2]))
        .hasMessageContaining("blank");
  }
}
