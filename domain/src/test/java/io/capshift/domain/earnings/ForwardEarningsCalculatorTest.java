package io.capshift.domain.earnings;

import static io.capshift.domain.earnings.BlendRule.FACTSET_CALENDAR_DAYS;
import static io.capshift.domain.earnings.BlendRule.YARDENI_WEEKS;
import static io.capshift.domain.earnings.EpsBasis.AS_REPORTED;
import static io.capshift.domain.earnings.EpsBasis.OPERATING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForwardEarningsCalculatorTest {
  private static final double TOL = 1e-9;

  /** Published figures are typed to the cent. */
  private static final double CENT = 0.005;

  private static final ForwardEarningsCalculator CALC = ForwardEarningsCalculator.DEFAULT;
  private static final EarningsOutlookCalculator OUTLOOK = EarningsOutlookCalculator.DEFAULT;

  /**
   * TV-VAL3 (docs/methods.md; FactSet Earnings Insight, published $298.56): 2025-10-29 has 63 days
   * left (Oct 30-31: 2, Nov: 30, Dec: 31) of 365; (63 × 268.30 + 302 × 304.88) / 365 = (16,902.90 +
   * 92,073.76) / 365 = 108,976.66 / 365 = 298.566192.
   */
  @Test
  void fromCalendarYears_tvVal3FactSet_298point566() {
    NtmEarnings ntm =
        CALC.fromCalendarYears(LocalDate.of(2025, 10, 29), 268.30, 304.88, FACTSET_CALENDAR_DAYS);

    assertThat(ntm.value()).isCloseTo(108_976.66 / 365, within(TOL));
    assertThat(ntm.value()).isCloseTo(298.566, within(0.0005));
    assertThat(ntm.currentYearWeight()).isCloseTo(63.0 / 365, within(TOL));
    assertThat(ntm.method()).isEqualTo(NtmEarnings.Method.FACTSET_CALENDAR_DAYS);
    assertThat(ntm.asOf()).isEqualTo(LocalDate.of(2025, 10, 29));
    assertThat(ntm.description())
        .isEqualTo(
            "FactSet calendar-day blend: 63/365 × CY2025 268.30 + 302/365 × CY2026 304.88"
                + " = 298.57");
  }

  /**
   * Must-show 6 of the issue: on 2025-10-29 the S&P 500 at 6890.59 with CY2025 $268.30 and CY2026
   * $304.88 has forward EPS 298.57 (to the cent) and forward P/E 6890.59 / 298.566192 = 23.0789 →
   * 23.08. Inputs: FactSet Earnings Insight (TV-VAL3, docs/methods.md).
   */
  @Test
  void fromCalendarYears_mustShow6_forwardEps298point57AndPe23point08() {
    NtmEarnings ntm =
        CALC.fromCalendarYears(LocalDate.of(2025, 10, 29), 268.30, 304.88, FACTSET_CALENDAR_DAYS);
    double pe = OUTLOOK.priceEarnings(6890.59, ntm.value()).getAsDouble();

    assertThat(cents(ntm.value())).isEqualTo(298.57);
    assertThat(cents(pe)).isEqualTo(23.08);
    assertThat(pe).isCloseTo(6890.59 / (108_976.66 / 365), within(TOL));
  }

  /**
   * TV-VAL4 (docs/methods.md; FactSet, published $269.44): 2024 is a leap year; 2024-11-07 has 54
   * days left (Nov 8-30: 23, Dec: 31) of 366; (54 × 239.69 + 312 × 274.59) / 366 = (12,943.26 +
   * 85,672.08) / 366 = 98,615.34 / 366 = 269.440820.
   */
  @Test
  void fromCalendarYears_tvVal4FactSetLeapYear_269point441() {
    NtmEarnings ntm =
        CALC.fromCalendarYears(LocalDate.of(2024, 11, 7), 239.69, 274.59, FACTSET_CALENDAR_DAYS);

    assertThat(ntm.value()).isCloseTo(98_615.34 / 366, within(TOL));
    assertThat(ntm.value()).isCloseTo(269.441, within(0.0005));
    assertThat(cents(ntm.value())).isEqualTo(269.44);
    assertThat(ntm.currentYearWeight()).isCloseTo(54.0 / 366, within(TOL));
  }

  /**
   * TV-VAL5 (docs/methods.md; Yardeni Research "Valuation chart book",
   * scribd.com/document/712915026): weeks left = ⌊days left / 7⌋ of 52. 2023-11-30: 31 days → 4
   * weeks; 2023-11-23: 38 days → 5 weeks. S&P 500 Nov-30: (4 × 220.79 + 48 × 245.75) / 52 =
   * 12,679.16 / 52 = 243.83; Nov-23: (5 × 220.85 + 47 × 245.98) / 52 = 12,665.31 / 52 = 243.5637;
   * S&P 400 Nov-23: (5 × 172.03 + 47 × 191.15) / 52 = 9,844.20 / 52 = 189.3115; Nov-30: (4 × 171.94
   * + 48 × 190.86) / 52 = 9,849.04 / 52 = 189.4046.
   */
  @ParameterizedTest(name = "{0} {1}/{2} → {3}")
  @CsvSource({
    "2023-11-30, 220.79, 245.75, 243.83, 4",
    "2023-11-23, 220.85, 245.98, 243.56, 5",
    "2023-11-23, 172.03, 191.15, 189.31, 5",
    "2023-11-30, 171.94, 190.86, 189.40, 4"
  })
  void fromCalendarYears_tvVal5Yardeni_publishedToTheCent(
      LocalDate asOf, double cy1, double cy2, double published, int weeks) {
    NtmEarnings ntm = CALC.fromCalendarYears(asOf, cy1, cy2, YARDENI_WEEKS);

    assertThat(cents(ntm.value())).isEqualTo(published);
    assertThat(ntm.value()).isCloseTo((weeks * cy1 + (52 - weeks) * cy2) / 52, within(TOL));
    assertThat(ntm.currentYearWeight()).isCloseTo(weeks / 52.0, within(TOL));
    assertThat(ntm.method()).isEqualTo(NtmEarnings.Method.YARDENI_WEEKS);
    assertThat(ntm.description()).startsWith("Yardeni weekly blend: " + weeks + "/52 × CY2023");
  }

  @Test
  void fromCalendarYears_lastDayOfYear_allWeightOnNextYear() {
    // 2025-12-31: 0 days left → w = 0 under both rules, NTM = CY2
    for (BlendRule rule : BlendRule.values()) {
      NtmEarnings ntm = CALC.fromCalendarYears(LocalDate.of(2025, 12, 31), 268.30, 304.88, rule);
      assertThat(ntm.currentYearWeight()).isZero();
      assertThat(ntm.value()).isCloseTo(304.88, within(TOL));
    }
  }

  @Test
  void fromCalendarYears_firstDayOfYear_nearlyAllWeightOnCurrentYear() {
    // 2025-01-01: 364 of 365 days left; Yardeni ⌊364 / 7⌋ = 52 → 52/52 = 1
    // 2024-01-01 (leap): 365 of 366; Yardeni ⌊365 / 7⌋ = 52 → 1
    LocalDate jan1 = LocalDate.of(2025, 1, 1);
    LocalDate leapJan1 = LocalDate.of(2024, 1, 1);
    assertThat(CALC.fromCalendarYears(jan1, 1, 2, FACTSET_CALENDAR_DAYS).currentYearWeight())
        .isCloseTo(364.0 / 365, within(TOL));
    assertThat(CALC.fromCalendarYears(leapJan1, 1, 2, FACTSET_CALENDAR_DAYS).currentYearWeight())
        .isCloseTo(365.0 / 366, within(TOL));
    assertThat(CALC.fromCalendarYears(jan1, 1, 2, YARDENI_WEEKS).currentYearWeight()).isEqualTo(1);
    assertThat(CALC.fromCalendarYears(leapJan1, 1, 2, YARDENI_WEEKS).currentYearWeight())
        .isEqualTo(1);
  }

  @Test
  void fromCalendarYears_nanEstimate_illegalArgumentNamingField() {
    assertThatThrownBy(
            () -> CALC.fromCalendarYears(LocalDate.of(2025, 1, 1), 1, Double.NaN, YARDENI_WEEKS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cy2 must be finite: NaN");
  }

  /**
   * TV-VAL2 (docs/methods.md; S&P DJI file, quarter 2025-09-30): TTM operating EPS = 61.21 + 57.51
   * + 64.01 + 72.03 = 254.76; P/E = 6688.459 / 254.76 = 26.25396 → 26.254. As reported: 57.69 +
   * 53.89 + 58.96 + 63.52 = 234.06; P/E = 6688.459 / 234.06 = 28.57583 → 28.576.
   */
  @Test
  void trailingFourQuarters_tvVal2_operatingAndAsReportedPe() {
    LocalDate asOf = LocalDate.of(2025, 9, 30);
    TrailingEarnings op = ttm(asOf, SpDjiQuarters.ALL, OPERATING);
    TrailingEarnings ar = ttm(asOf, SpDjiQuarters.ALL, AS_REPORTED);

    assertThat(op.value()).isCloseTo(254.76, within(TOL));
    assertThat(ar.value()).isCloseTo(234.06, within(TOL));
    assertThat(OUTLOOK.priceEarnings(6688.459, op.value()).getAsDouble())
        .isCloseTo(26.254, within(0.0005));
    assertThat(OUTLOOK.priceEarnings(6688.459, ar.value()).getAsDouble())
        .isCloseTo(28.576, within(0.0005));
    assertThat(op.quarters())
        .containsExactly(
            SpDjiQuarters.Q2024_4,
            SpDjiQuarters.Q2025_1,
            SpDjiQuarters.Q2025_2,
            SpDjiQuarters.Q2025_3);
    assertThat(op.includesEstimates()).isFalse();
    assertThat(op.basis()).isEqualTo(OPERATING);
    assertThat(op.description())
        .isEqualTo(
            "operating EPS, four quarters to 2025-09-30: 2024-12-31 61.21 + 2025-03-31 57.51"
                + " + 2025-06-30 64.01 + 2025-09-30 72.03 = 254.76");
  }

  @Test
  void trailingFourQuarters_asOfBetweenQuarterEnds_usesLastFourReported() {
    TrailingEarnings op = ttm(LocalDate.of(2025, 10, 29), SpDjiQuarters.ALL, OPERATING);

    assertThat(op.value()).isCloseTo(254.76, within(TOL));
    assertThat(op.quarters().get(3)).isEqualTo(SpDjiQuarters.Q2025_3);
  }

  @Test
  void trailingFourQuarters_includesPartialQuarter_flagsEstimates() {
    // file row 2025-12-31: operating_eps_ttm 265.42 = 57.51 + 64.01 + 72.03 + 71.87
    TrailingEarnings op = ttm(LocalDate.of(2025, 12, 31), SpDjiQuarters.ALL, OPERATING);

    assertThat(op.value()).isCloseTo(265.42, within(TOL));
    assertThat(op.includesEstimates()).isTrue();
    assertThat(op.description()).contains("2025-12-31 71.87 (partial)");
  }

  /**
   * S&P DJI file, next four quarters after 2025-09-30: 71.87 (2025Q4, partial) + 69.65 + 76.01 +
   * 81.27 = 298.80 (the file's 2026-09-30 operating_eps_ttm); forward P/E = 6688.459 / 298.80 =
   * 22.38440 → 22.384.
   */
  @Test
  void fromQuarters_nextFourAfterSep2025_sum298point80AndPe22point384() {
    NtmEarnings ntm = ntm(LocalDate.of(2025, 9, 30), SpDjiQuarters.ALL, OPERATING);

    assertThat(ntm.value()).isCloseTo(298.80, within(TOL));
    assertThat(OUTLOOK.priceEarnings(6688.459, ntm.value()).getAsDouble())
        .isCloseTo(22.384, within(0.0005));
    assertThat(ntm.method()).isEqualTo(NtmEarnings.Method.NEXT_FOUR_QUARTERS);
    assertThat(ntm.currentYearWeight()).isZero();
    assertThat(ntm.description())
        .isEqualTo(
            "operating EPS, next four quarters after 2025-09-30: 2025-12-31 71.87 (partial)"
                + " + 2026-03-31 69.65 (estimate) + 2026-06-30 76.01 (estimate)"
                + " + 2026-09-30 81.27 (estimate) = 298.80");
  }

  @Test
  void fromQuarters_asReported_matchesFileTtmColumn() {
    // file row 2026-09-30: as_reported_eps_ttm 282.7263772891474
    NtmEarnings ntm = ntm(LocalDate.of(2025, 9, 30), SpDjiQuarters.ALL, AS_REPORTED);

    assertThat(ntm.value()).isCloseTo(282.7263772891474, within(TOL));
  }

  @Test
  void fromQuarters_asOfInsideQuarter_currentQuarterIsFirstOfFour() {
    // 2025-10-29: quarter ends after it are 2025-12-31, 2026-03-31, -06-30, -09-30 → 298.80
    NtmEarnings ntm = ntm(LocalDate.of(2025, 10, 29), SpDjiQuarters.ALL, OPERATING);

    assertThat(ntm.value()).isCloseTo(298.80, within(TOL));
  }

  @Test
  void fromQuarters_lastQuarterMissing_failureNamesIt() {
    List<QuarterlyEarnings> quarters = new ArrayList<>(SpDjiQuarters.ALL);
    quarters.remove(SpDjiQuarters.Q2026_3);

    assertThat(CALC.fromQuarters(LocalDate.of(2025, 9, 30), quarters, OPERATING).failureReason())
        .hasValue("next four quarters after 2025-09-30 incomplete: no quarter ending 2026-09-30");
  }

  @Test
  void fromQuarters_noAsReportedEps_missingOnThatBasisOnly() {
    QuarterlyEarnings opOnly =
        new QuarterlyEarnings(
            LocalDate.of(2026, 6, 30),
            QuarterlyEarnings.Status.ESTIMATE,
            OptionalDouble.empty(),
            OptionalDouble.of(76.01),
            OptionalDouble.empty());
    List<QuarterlyEarnings> quarters = new ArrayList<>(SpDjiQuarters.ALL);
    quarters.set(quarters.indexOf(SpDjiQuarters.Q2026_2), opOnly);
    LocalDate asOf = LocalDate.of(2025, 9, 30);

    assertThat(ntm(asOf, quarters, OPERATING).value()).isCloseTo(298.80, within(TOL));
    assertThat(CALC.fromQuarters(asOf, quarters, AS_REPORTED).failureReason().orElseThrow())
        .contains("no as-reported EPS for 2026-06-30");
  }

  @Test
  void trailingFourQuarters_beforeFirstQuarter_missingListsAllFour() {
    assertThat(
            CALC.trailingFourQuarters(LocalDate.of(2000, 5, 1), SpDjiQuarters.ALL, OPERATING)
                .failureReason())
        .hasValue(
            "four quarters to 2000-03-31 incomplete: no quarter ending 1999-06-30; no quarter"
                + " ending 1999-09-30; no quarter ending 1999-12-31; no quarter ending 2000-03-31");
  }

  @Test
  void fromQuarters_identicalDuplicateRows_accepted() {
    // the file repeats its 2026 rows verbatim
    List<QuarterlyEarnings> quarters = new ArrayList<>(SpDjiQuarters.ALL);
    quarters.addAll(List.of(SpDjiQuarters.Q2026_1, SpDjiQuarters.Q2026_3));

    assertThat(ntm(LocalDate.of(2025, 9, 30), quarters, OPERATING).value())
        .isCloseTo(298.80, within(TOL));
  }

  @Test
  void fromQuarters_conflictingDuplicateRows_illegalArgumentNamingDate() {
    List<QuarterlyEarnings> quarters = new ArrayList<>(SpDjiQuarters.ALL);
    quarters.add(SpDjiQuarters.estimate("2026-03-31", 70.00, 65.0));

    assertThatThrownBy(() -> CALC.fromQuarters(LocalDate.of(2025, 9, 30), quarters, OPERATING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quarters has two different entries for quarter end 2026-03-31");
  }

  /** Rounds half up to cents, as published figures are. */
  private static double cents(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  private static NtmEarnings ntm(LocalDate asOf, List<QuarterlyEarnings> q, EpsBasis basis) {
    return CALC.fromQuarters(asOf, q, basis).toOptional().orElseThrow();
  }

  private static TrailingEarnings ttm(LocalDate asOf, List<QuarterlyEarnings> q, EpsBasis basis) {
    return CALC.trailingFourQuarters(asOf, q, basis).toOptional().orElseThrow();
  }
}
