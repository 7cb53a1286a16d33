package io.capshift.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthsTest {
  private static final double TOL = 1e-12;
  private static final YearMonth JAN = YearMonth.of(2001, 1);

  /** Two values in January: the later one (Jan 31) is January's; March has none. */
  @Test
  void lastInMonth_twoInOneMonth_keepsTheLast() {
    TimeSeries s = series("2001-01-02", 1.0, "2001-01-31", 2.0, "2001-02-15", 3.0, "2001-04-01", 4);

    assertThat(Months.lastInMonth(s))
        .containsExactly(
            Map.entry(JAN, 2.0),
            Map.entry(JAN.plusMonths(1), 3.0),
            Map.entry(JAN.plusMonths(3), 4.0));
  }

  /**
   * Levels 5.00% from Jan 15, 4.75% from Mar 20, 4.50% from Jun 2: carried to May, the June value
   * is after the month asked for and is not read.
   */
  @Test
  void monthEnds_carriedThroughQuietMonths_nothingAfterThrough() {
    TimeSeries s = series("2001-01-15", 0.05, "2001-03-20", 0.0475, "2001-06-02", 0.045);

    assertThat(Months.monthEnds(s, JAN.plusMonths(4)))
        .containsExactly(
            Map.entry(JAN, 0.05),
            Map.entry(JAN.plusMonths(1), 0.05),
            Map.entry(JAN.plusMonths(2), 0.0475),
            Map.entry(JAN.plusMonths(3), 0.0475),
            Map.entry(JAN.plusMonths(4), 0.0475));
    assertThat(Months.monthEnds(s, YearMonth.of(2000, 12))).isEmpty();
  }

  /**
   * Small 10%, −5%, 2%; large 0, 1% (no March). Pairs: Jan, Feb. Jan–Feb compounded: small 1.10 ×
   * 0.95 − 1 = 0.045, large 1.00 × 1.01 − 1 = 0.01, difference 0.035. Path from Jan: Jan 0.10 − 0 =
   * 0.10, Feb 0.035, then March is missing.
   */
  @Test
  void pairedReturns_commonMonthsCompoundAndStopAtAGap() {
    PairedReturns p =
        PairedReturns.of(
            series("2001-01-01", 0.10, "2001-02-01", -0.05, "2001-03-01", 0.02),
            series("2001-01-31", 0.0, "2001-02-28", 0.01));

    assertThat(p.months()).containsExactly(JAN, JAN.plusMonths(1));
    assertThat(p.compound(JAN, 2).orElseThrow().small()).isCloseTo(0.045, within(TOL));
    assertThat(p.compound(JAN, 2).orElseThrow().large()).isCloseTo(0.01, within(TOL));
    assertThat(p.relativeReturn(JAN.plusMonths(1), 2).getAsDouble()).isCloseTo(0.035, within(TOL));
    assertThat(p.compound(JAN, 3)).isEmpty();
    assertThat(p.relativeReturn(JAN, 2)).isEmpty();
    assertThat(p.path(JAN, 5)).hasSize(2);
    assertThat(p.path(JAN, 5).get(1)).isCloseTo(0.035, within(TOL));
    assertThat(p.through(JAN).months()).containsExactly(JAN);
    assertThatThrownBy(() -> p.small(JAN.plusMonths(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2001-03");
  }

  @Test
  void upTo_cutsLaterObservations() {
    TimeSeries s = series("2001-01-15", 1, "2001-03-20", 2);

    assertThat(s.upTo(LocalDate.of(2001, 3, 19)).size()).isEqualTo(1);
    assertThat(s.upTo(LocalDate.of(2001, 3, 20))).isSameAs(s);
    assertThat(s.upTo(LocalDate.of(2000, 1, 1)).size()).isZero();
  }

  static TimeSeries series(Object... dateValue) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < dateValue.length; i += 2) {
      obs.add(
          new Observation(
              LocalDate.parse((String) dateValue[i]), ((Number) dateValue[i + 1]).doubleValue()));
    }
    return TimeSeries.of("s", "unit", obs);
  }

  @Test
  void lastEndedBy_ownMonthOnItsLastDay_elseTheMonthBefore() {
    assertThat(Months.lastEndedBy(LocalDate.of(2024, 2, 29))).isEqualTo(YearMonth.of(2024, 2));
    assertThat(Months.lastEndedBy(LocalDate.of(2024, 2, 28))).isEqualTo(YearMonth.of(2024, 1));
    assertThat(Months.lastEndedBy(LocalDate.of(2024, 1, 1))).isEqualTo(YearMonth.of(2023, 12));
  }
}
