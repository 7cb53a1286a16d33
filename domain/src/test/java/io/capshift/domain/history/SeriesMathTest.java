package io.capshift.domain.history;

import static io.capshift.domain.history.HistoryFixtures.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeriesMathTest {
  private static final double TOL = 1e-12;
  private static final SeriesMath MATH = SeriesMath.DEFAULT;

  @Test
  void ratio_commonDatesOnly_dividesAndCountsMatches() {
    // common dates 02-01 and 03-01: 18 / 24 = 0.75, 20 / 25 = 0.8; 01-01 and 04-01 unmatched
    TimeSeries small = series("r2k:pe", "2020-01-01", 17, "2020-02-01", 18, "2020-03-01", 20);
    TimeSeries large = series("spx:pe", "2020-02-01", 24, "2020-03-01", 25, "2020-04-01", 26);

    DerivedSeries d = MATH.ratio("rel", "multiple (x)", small, large);

    assertThat(d.matchedPoints()).isEqualTo(2);
    assertThat(d.droppedPoints()).isZero();
    assertThat(d.series().id()).isEqualTo("rel");
    assertThat(d.series().unit()).isEqualTo("multiple (x)");
    assertThat(d.series().date(0)).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(d.series().value(0)).isCloseTo(0.75, within(TOL));
    assertThat(d.series().value(1)).isCloseTo(0.8, within(TOL));
  }

  @Test
  void ratio_nonPositiveDenominator_pointDroppedAndCounted() {
    TimeSeries num = series("n", "2020-01-01", 1, "2020-02-01", 2, "2020-03-01", -3);
    TimeSeries den = series("d", "2020-01-01", 0, "2020-02-01", -4, "2020-03-01", 6);

    DerivedSeries d = MATH.ratio("q", "x", num, den);

    // 01-01 (0) and 02-01 (-4) dropped; 03-01: -3 / 6 = -0.5 kept (only the denominator rules)
    assertThat(d.matchedPoints()).isEqualTo(3);
    assertThat(d.droppedPoints()).isEqualTo(2);
    assertThat(d.dropRule()).contains("denominator <= 0");
    assertThat(d.series().size()).isEqualTo(1);
    assertThat(d.series().value(0)).isCloseTo(-0.5, within(TOL));
  }

  @Test
  void ratioOfPositives_negativeNumerator_pointDropped() {
    TimeSeries num = series("n", "2020-01-01", -1, "2020-02-01", 2);
    TimeSeries den = series("d", "2020-01-01", 4, "2020-02-01", 4);

    DerivedSeries d = MATH.ratioOfPositives("q", "x", num, den);

    assertThat(d.droppedPoints()).isEqualTo(1);
    assertThat(d.series().size()).isEqualTo(1);
    assertThat(d.series().value(0)).isCloseTo(0.5, within(TOL));
  }

  @Test
  void difference_earningsYieldMinusTenYear_equityRiskPremium() {
    // 0.0433 − 0.0401 = 0.0032 (32 bp); 0.05 − 0.045 = 0.005
    TimeSeries ey = series("ey", "2025-09-01", 0.0433, "2025-10-01", 0.05);
    TimeSeries gs10 = series("gs10", "2025-09-01", 0.0401, "2025-10-01", 0.045);

    DerivedSeries erp = MATH.difference("erp", "decimal", ey, gs10);

    assertThat(erp.droppedPoints()).isZero();
    assertThat(erp.series().value(0)).isCloseTo(0.0032, within(TOL));
    assertThat(erp.series().value(1)).isCloseTo(0.005, within(TOL));
  }

  @Test
  void reciprocal_peSeries_earningsYieldAndNonPositiveDropped() {
    // 1 / 25 = 0.04, 1 / 20 = 0.05; -8 dropped
    TimeSeries pe = series("pe", "2020-01-01", 25, "2020-02-01", -8, "2020-03-01", 20);

    DerivedSeries ey = MATH.reciprocal("ey", "decimal", pe);

    assertThat(ey.matchedPoints()).isEqualTo(3);
    assertThat(ey.droppedPoints()).isEqualTo(1);
    assertThat(ey.series().value(0)).isCloseTo(0.04, within(TOL));
    assertThat(ey.series().value(1)).isCloseTo(0.05, within(TOL));
  }

  @Test
  void scale_percentToDecimal_multipliesEveryValue() {
    TimeSeries gs10 = series("fred:GS10", "2025-09-01", 4.12, "2025-10-01", 4.06);

    TimeSeries d = MATH.scale("gs10", "decimal", gs10, 0.01);

    assertThat(d.value(0)).isCloseTo(0.0412, within(TOL));
    assertThat(d.value(1)).isCloseTo(0.0406, within(TOL));
    assertThat(d.unit()).isEqualTo("decimal");
  }

  @Test
  void scale_zeroFactor_illegalArgument() {
    TimeSeries s = series("s", "2025-09-01", 1);

    assertThatThrownBy(() -> MATH.scale("t", "x", s, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor must be finite and non-zero: 0.0");
  }

  @Test
  void alignMonthly_firstOfMonthAndMonthEnd_matchedByYearMonth() {
    // Shiller-style first-of-month vs month-end: Sep and Oct 2025 in common; Aug and Nov not
    TimeSeries shiller = series("shiller:pe", "2025-08-01", 30, "2025-09-01", 31, "2025-10-01", 32);
    TimeSeries monthEnd =
        series("spx:fwd", "2025-09-30", 22.4, "2025-10-31", 23.1, "2025-11-30", 22.9);

    AlignedSeries a = MATH.alignMonthly(shiller, monthEnd);

    assertThat(a.first().size()).isEqualTo(2);
    assertThat(a.second().size()).isEqualTo(2);
    assertThat(a.first().date(0)).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(a.second().date(0)).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(a.second().date(1)).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(a.first().value(1)).isEqualTo(32.0);
    assertThat(a.second().value(1)).isEqualTo(23.1);
    assertThat(a.second().id()).isEqualTo("spx:fwd");
    // then a ratio matches exactly: 31 / 22.4, 32 / 23.1
    DerivedSeries r = MATH.ratio("q", "x", a.first(), a.second());
    assertThat(r.series().size()).isEqualTo(2);
    assertThat(r.series().value(0)).isCloseTo(31 / 22.4, within(TOL));
  }

  @Test
  void firstOfMonth_twoObservationsInOneMonth_illegalArgumentNamingBoth() {
    TimeSeries daily = series("daily", "2025-09-29", 1, "2025-09-30", 2);

    assertThatThrownBy(() -> MATH.firstOfMonth(daily))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series daily is not monthly: 2025-09-29 and 2025-09-30 fall in one month");
  }

  @Test
  void ratio_disjointSeries_emptyResult() {
    TimeSeries a = series("a", "2020-01-01", 1);
    TimeSeries b = series("b", "2020-02-01", 1);

    DerivedSeries d = MATH.ratio("q", "x", a, b);

    assertThat(d.series().size()).isZero();
    assertThat(d.matchedPoints()).isZero();
  }
}
