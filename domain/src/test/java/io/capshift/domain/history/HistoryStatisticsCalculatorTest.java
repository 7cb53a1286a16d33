package io.capshift.domain.history;

import static io.capshift.domain.history.HistoryFixtures.monthly;
import static io.capshift.domain.history.HistoryFixtures.series;
import static io.capshift.domain.history.HistoryFixtures.yearly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.common.Figure;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryStatisticsCalculatorTest {
  private static final double TOL = 1e-12;

  /** Tolerance for golden numbers typed to 4 or more decimals. */
  private static final double TOL_4DP = 5e-5;

  /** Tolerance for golden numbers typed to 6 decimals. */
  private static final double TOL_6DP = 5e-7;

  private static final HistoryStatisticsCalculator CALC = HistoryStatisticsCalculator.DEFAULT;

  /** 10, 12, 14, 16, 18 on 1 January 2001..2005. */
  private static final TimeSeries FIVE = yearly("test:pe", 2001, 10, 12, 14, 16, 18);

  @Test
  void calculate_fiveValuesFullWindow_handWorkedStatistics() {
    // mean = 70 / 5 = 14; squared deviations 16 + 4 + 0 + 4 + 16 = 40; sd = sqrt(40 / 4) =
    // 3.16227766; z(18) = 4 / 3.16227766 = 1.26491106; all 5 values <= 18 → percentile 1.0
    HistoryStatistics s = CALC.calculate(FIVE, LocalDate.of(2005, 1, 1), Window.FULL);

    assertThat(s.value()).isEqualTo(18.0);
    assertThat(s.observations()).isEqualTo(5);
    assertThat(s.mean()).isCloseTo(14.0, within(TOL));
    assertThat(s.standardDeviation().getAsDouble()).isCloseTo(3.1623, within(TOL_4DP));
    assertThat(s.standardDeviation().getAsDouble()).isCloseTo(Math.sqrt(10), within(TOL));
    assertThat(s.zScore().getAsDouble()).isCloseTo(1.2649, within(TOL_4DP));
    assertThat(s.zScore().getAsDouble()).isCloseTo(4 / Math.sqrt(10), within(TOL));
    assertThat(s.percentileRank()).isEqualTo(1.0);
    assertThat(s.windowStart()).isEqualTo(LocalDate.of(2001, 1, 1));
    assertThat(s.seriesId()).isEqualTo("test:pe");
    assertThat(s.unit()).isEqualTo(HistoryFixtures.PE_UNIT);
    assertThat(s.window()).isEqualTo(Window.FULL);
  }

  @Test
  void calculate_asOfBetweenObservations_usesLastObservationBeforeAndNothingAfter() {
    // 2003-06-30 lies between 2003-01-01 (14) and 2004-01-01 (16): window 10, 12, 14;
    // mean 12, sd sqrt((4 + 0 + 4) / 2) = 2, z(14) = 1, percentile 3/3
    LocalDate asOf = LocalDate.of(2003, 6, 30);
    HistoryStatistics s = CALC.calculate(FIVE, asOf, Window.FULL);

    assertThat(s.asOf()).isEqualTo(asOf);
    assertThat(s.observationDate()).isEqualTo(LocalDate.of(2003, 1, 1));
    assertThat(s.value()).isEqualTo(14.0);
    assertThat(s.observations()).isEqualTo(3);
    assertThat(s.mean()).isCloseTo(12.0, within(TOL));
    assertThat(s.standardDeviation().getAsDouble()).isCloseTo(2.0, within(TOL));
    assertThat(s.zScore().getAsDouble()).isCloseTo(1.0, within(TOL));
  }

  @Test
  void calculate_asOfAfterLastObservation_usesLastObservation() {
    HistoryStatistics s = CALC.calculate(FIVE, LocalDate.of(2030, 1, 1), Window.FULL);

    assertThat(s.observationDate()).isEqualTo(LocalDate.of(2005, 1, 1));
    assertThat(s.observations()).isEqualTo(5);
  }

  @Test
  void calculate_lastYearsWindow_excludesObservationExactlyNYearsBefore() {
    // observation 2005-01-01; lastYears(3) keeps dates > 2002-01-01: 2003, 2004, 2005 = 14, 16,
    // 18; mean 16, sd 2, z(18) = 1; 2002-01-01 (12) is exactly 3 years back and left out
    HistoryStatistics s = CALC.calculate(FIVE, LocalDate.of(2005, 3, 1), Window.lastYears(3));

    assertThat(s.windowStart()).isEqualTo(LocalDate.of(2003, 1, 1));
    assertThat(s.observations()).isEqualTo(3);
    assertThat(s.mean()).isCloseTo(16.0, within(TOL));
    assertThat(s.standardDeviation().getAsDouble()).isCloseTo(2.0, within(TOL));
    assertThat(s.zScore().getAsDouble()).isCloseTo(1.0, within(TOL));
    assertThat(s.window()).isEqualTo(Window.lastYears(3));
  }

  @Test
  void calculate_lastYearsOnMonthlySeries_keepsTwelvePointsPerYear() {
    // 36 months 2020-01..2022-12 valued 1..36; observation 2022-12-01, lastYears(1) keeps dates
    // > 2021-12-01: 2022-01..2022-12 = 25..36; mean (25 + 36) / 2 = 30.5; 36 is the top → 1.0
    double[] values = new double[36];
    for (int i = 0; i < 36; i++) {
      values[i] = i + 1;
    }
    TimeSeries s = monthly("m", LocalDate.of(2020, 1, 1), values);

    HistoryStatistics h = CALC.calculate(s, LocalDate.of(2022, 12, 15), Window.lastYears(1));

    assertThat(h.observations()).isEqualTo(12);
    assertThat(h.windowStart()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(h.mean()).isCloseTo(30.5, within(TOL));
    assertThat(h.percentileRank()).isEqualTo(1.0);
  }

  @Test
  void calculate_windowLongerThanHistory_usesAllObservations() {
    HistoryStatistics s = CALC.calculate(FIVE, LocalDate.of(2005, 1, 1), Window.lastYears(50));

    assertThat(s.observations()).isEqualTo(5);
    assertThat(s.windowStart()).isEqualTo(LocalDate.of(2001, 1, 1));
  }

  @Test
  void calculate_valueBelowMostOfWindow_percentileCountsTiesAtOrBelow() {
    // window 5, 3, 3, 8, 3: values <= 3 are three of five → 0.6; mean 22/5 = 4.4
    TimeSeries s = yearly("ties", 2001, 5, 3, 3, 8, 3);

    HistoryStatistics h = CALC.calculate(s, LocalDate.of(2005, 1, 1), Window.FULL);

    assertThat(h.percentileRank()).isCloseTo(0.6, within(TOL));
    assertThat(h.mean()).isCloseTo(4.4, within(TOL));
    assertThat(h.zScore().getAsDouble()).isNegative();
  }

  @Test
  void calculate_singleObservation_sdAndZUndefinedWithReason() {
    HistoryStatistics s = CALC.calculate(FIVE, LocalDate.of(2001, 1, 1), Window.FULL);

    assertThat(s.observations()).isEqualTo(1);
    assertThat(s.mean()).isEqualTo(10.0);
    assertThat(s.percentileRank()).isEqualTo(1.0);
    assertThat(s.standardDeviation().isDefined()).isFalse();
    assertThat(s.standardDeviation().undefinedReason())
        .hasValueSatisfying(r -> assertThat(r).contains("fewer than two observations"));
    assertThat(s.zScore().isDefined()).isFalse();
    assertThat(s.zScore().undefinedReason())
        .hasValueSatisfying(r -> assertThat(r).contains("standard deviation undefined"));
  }

  @Test
  void calculate_constantSeries_sdZeroAndZUndefined() {
    TimeSeries s = yearly("flat", 2001, 7, 7, 7, 7);

    HistoryStatistics h = CALC.calculate(s, LocalDate.of(2004, 1, 1), Window.FULL);

    assertThat(h.standardDeviation().getAsDouble()).isEqualTo(0.0);
    assertThat(h.zScore().isDefined()).isFalse();
    assertThat(h.zScore().undefinedReason())
        .hasValueSatisfying(r -> assertThat(r).contains("no dispersion"));
  }

  @Test
  void calculate_laterObservationsAdded_earlierDateAnswerUnchanged() {
    // no look-ahead: the answer at 2003-06-30 is the same whether or not 2004 and 2005 exist,
    // even when they are extreme
    TimeSeries shortSeries = yearly("test:pe", 2001, 10, 12, 14);
    TimeSeries longSeries = yearly("test:pe", 2001, 10, 12, 14, 1_000, -500);
    LocalDate asOf = LocalDate.of(2003, 6, 30);

    for (Window w : List.of(Window.FULL, Window.lastYears(2))) {
      HistoryStatistics a = CALC.calculate(shortSeries, asOf, w);
      HistoryStatistics b = CALC.calculate(longSeries, asOf, w);
      assertThat(b).isEqualTo(a);
    }
  }

  @Test
  void calculate_asOfBeforeFirstObservation_notFoundNamingFirstDate() {
    TimeSeries s = series("shiller:pe", "1871-01-01", 11.1, "1871-02-01", 11.2);

    assertThatThrownBy(() -> CALC.calculate(s, LocalDate.of(1850, 1, 1), Window.FULL))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.NO_DATA_BEFORE_DATE);
              assertThat(e.resourceType()).isEqualTo("capshift.io/Series");
              assertThat(e.resourceName()).isEqualTo("shiller:pe");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "series shiller:pe has no observation on or before 1850-01-01;"
                          + " the first is 1871-01-01");
            });
  }

  @Test
  void calculate_emptySeries_notFoundSayingItIsEmpty() {
    TimeSeries empty = TimeSeries.of("none", HistoryFixtures.PE_UNIT, new ArrayList<>());

    assertThatThrownBy(() -> CALC.calculate(empty, LocalDate.of(2020, 1, 1), Window.FULL))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("has no observations");
  }

  @Test
  void impliedAnnualReRating_ratioBelowMean_positiveAnnualRate() {
    // ratio 0.64 back to mean 0.80 over 3 years: (0.80 / 0.64)^(1/3) − 1 = 1.25^(1/3) − 1
    // = 0.0772173...
    Figure r = HistoryStatisticsCalculator.impliedAnnualReRating(0.64, 0.80, 3);

    assertThat(r.getAsDouble()).isCloseTo(0.077217, within(TOL_6DP));
    assertThat(r.getAsDouble()).isCloseTo(Math.cbrt(1.25) - 1, within(TOL));
  }

  @Test
  void impliedAnnualReRating_peAboveMean_negativeAnnualRate() {
    // P/E 23.08 back to 16.0 over 5 years: (16 / 23.08)^(1/5) − 1 = 0.693241^0.2 − 1 = -0.070655
    Figure r = HistoryStatisticsCalculator.impliedAnnualReRating(23.08, 16.0, 5);

    assertThat(r.getAsDouble()).isCloseTo(Math.pow(16.0 / 23.08, 0.2) - 1, within(TOL));
    assertThat(r.getAsDouble()).isCloseTo(-0.070655, within(TOL_6DP));
  }

  @Test
  void impliedAnnualReRating_fromStatistics_usesValueAndMean() {
    // FIVE at 2005: value 18, mean 14, h = 2: (14 / 18)^(1/2) − 1 = -0.118083
    HistoryStatistics s = CALC.calculate(FIVE, LocalDate.of(2005, 1, 1), Window.FULL);

    Figure r = HistoryStatisticsCalculator.impliedAnnualReRating(s, 2);

    assertThat(r.getAsDouble()).isCloseTo(Math.sqrt(14.0 / 18.0) - 1, within(TOL));
  }

  @Test
  void impliedAnnualReRating_nonPositiveInputs_undefinedWithReason() {
    assertThat(HistoryStatisticsCalculator.impliedAnnualReRating(0, 1, 1).undefinedReason())
        .hasValueSatisfying(r -> assertThat(r).contains("positive value"));
    assertThat(HistoryStatisticsCalculator.impliedAnnualReRating(1, -1, 1).undefinedReason())
        .hasValueSatisfying(r -> assertThat(r).contains("positive mean"));
    assertThat(HistoryStatisticsCalculator.impliedAnnualReRating(1, 1, 0).undefinedReason())
        .hasValueSatisfying(r -> assertThat(r).contains("positive horizon"));
  }

  @Test
  void impliedAnnualReRating_tinyHorizonOverflows_undefined() {
    assertThat(HistoryStatisticsCalculator.impliedAnnualReRating(1, 10, 1e-9).isDefined())
        .isFalse();
  }

  @Test
  void impliedAnnualReRating_nanArgument_illegalArgumentNamingField() {
    assertThatThrownBy(() -> HistoryStatisticsCalculator.impliedAnnualReRating(1, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mean must be finite: NaN");
  }
}
