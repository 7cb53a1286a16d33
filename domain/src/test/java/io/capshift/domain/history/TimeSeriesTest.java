package io.capshift.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
