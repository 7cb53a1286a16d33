package io.capshift.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastErrorsTest {
  private static final double TOL = 1e-12;
  private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
  private static final LocalDate FEB = LocalDate.of(2024, 2, 1);
  private static final LocalDate MAR = LocalDate.of(2024, 3, 1);

  @Test
  void of_threeMonths_meanAbsoluteErrorBiasAndWorstMonth() {
    // errors: Jan 0.0010, Feb -0.0030, Mar 0.0005 (Apr only in the forecast, not compared)
    // MAE (0.0010 + 0.0030 + 0.0005) / 3 = 0.0015; bias (0.0010 - 0.0030 + 0.0005) / 3 = -0.0005
    TimeSeries forecast =
        TimeSeries.of(
            "f",
            "decimal",
            List.of(
                new Observation(JAN, 0.0510),
                new Observation(FEB, 0.0500),
                new Observation(MAR, 0.0505),
                new Observation(LocalDate.of(2024, 4, 1), 0.05)));
    TimeSeries realised =
        TimeSeries.of(
            "r",
            "decimal",
            List.of(
                new Observation(JAN, 0.0500),
                new Observation(FEB, 0.0530),
                new Observation(MAR, 0.0500)));

    ForecastErrors e = ForecastErrors.of(forecast, realised);

    assertThat(e.observations()).isEqualTo(3);
    assertThat(e.meanAbsoluteError()).isCloseTo(0.0015, within(TOL));
    assertThat(e.meanError()).isCloseTo(-0.0005, within(TOL));
    assertThat(e.worstDate()).isEqualTo(FEB);
    assertThat(e.worstForecast()).isEqualTo(0.0500);
    assertThat(e.worstRealised()).isEqualTo(0.0530);
  }

  @Test
  void of_noCommonDate_refused() {
    TimeSeries a = TimeSeries.of("a", "x", List.of(new Observation(JAN, 1)));
    TimeSeries b = TimeSeries.of("b", "x", List.of(new Observation(FEB, 1)));

    assertThatThrownBy(() -> ForecastErrors.of(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no date in common");
  }
}
