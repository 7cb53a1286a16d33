package io.capshift.domain.valuation;

import static io.capshift.domain.valuation.NegativeEarningsPolicy.EXCLUDE_NEGATIVE;
import static io.capshift.domain.valuation.NegativeEarningsPolicy.FUND_HARMONIC_CAPPED;
import static io.capshift.domain.valuation.NegativeEarningsPolicy.INCLUDE;
import static io.capshift.domain.valuation.ValuationFixtures.AS_OF;
import static io.capshift.domain.valuation.ValuationFixtures.earner;
import static io.capshift.domain.valuation.ValuationFixtures.full;
import static io.capshift.domain.valuation.ValuationFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.Figure;
import io.capshift.domain.common.SkipCount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IndexValuationCalculatorTest {
  private static final double TOL = 1e-9;
  private static final double NAN = Double.NaN;
  private static final IndexValuationCalculator CALC = IndexValuationCalculator.DEFAULT;

  /**
   * TV-VAL1, S&P DJI Indexology ("P/E ratios and negative earnings"): 1,000 sh ABC at $40, EPS $3
   * (value 40,000, E 3,000); 1,000 sh XYZ at $2, EPS -$1.40 (value 2,000, E -1,400).
   */
  private static final ConstituentSnapshot TV_VAL1 =
      snapshot(earner("ABC", 40_000, 3_000), earner("XYZ", 2_000, -1_400));

  @Test
  void calculate_tvVal1Include_aggregatePeIs26point25() {
    // 42,000 / (3,000 - 1,400) = 42,000 / 1,600 = 26.25; yield 1,600 / 42,000 = 0.0380952...
    IndexValuation v = CALC.calculate(TV_VAL1, INCLUDE);

    assertThat(v.totalValue()).isEqualTo(42_000.0);
    assertThat(value(v.priceEarnings())).isCloseTo(26.25, within(TOL));
    assertThat(value(v.earningsYield())).isCloseTo(1_600.0 / 42_000.0, within(TOL));
    assertThat(v.earningsCoverage().used()).isEqualTo(2);
    assertThat(v.earningsCoverage().usedWeight()).isCloseTo(1.0, within(TOL));
    assertThat(v.earningsCoverage().skipped()).isEmpty();
    assertThat(v.policy()).isEqualTo(INCLUDE);
    assertThat(v.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void calculate_tvVal1ExcludeNegative_peIs13point33AndLoserIsSkipped() {
    // 40,000 / 3,000 = 13.333...; XYZ skipped with weight 2,000 / 42,000 = 0.047619...
    IndexValuation v = CALC.calculate(TV_VAL1, EXCLUDE_NEGATIVE);

    assertThat(value(v.priceEarnings())).isCloseTo(40_000.0 / 3_000.0, within(TOL));
    assertThat(value(v.earningsYield())).isCloseTo(3_000.0 / 40_000.0, within(TOL));
    Coverage c = v.earningsCoverage();
    assertThat(c.used()).isEqualTo(1);
    assertThat(c.usedWeight()).isCloseTo(40_000.0 / 42_000.0, within(TOL));
    assertThat(c.skipped()).hasSize(1);
    assertSkip(
        c.skipped().get(0),
        "negative earnings excluded by policy EXCLUDE_NEGATIVE",
        1,
        2_000.0 / 42_000.0);
  }

  @Test
  void calculate_tvVal1FundHarmonicCapped_peIs13point33() {
    // ABC's P/E 13.33 is under the cap: 40,000 / max(3,000, 40,000 / 60) = 40,000 / 3,000.
    IndexValuation v = CALC.calculate(TV_VAL1, FUND_HARMONIC_CAPPED);

    assertThat(value(v.priceEarnings())).isCloseTo(13.333_333_333_333, within(1e-9));
  }

  @ParameterizedTest
  @EnumSource(NegativeEarningsPolicy.class)
  void calculate_tvVal1AnyPolicy_reportsOneNegativeEarnerAndMedianOfPositiveEarners(
      NegativeEarningsPolicy policy) {
    // Negative earners: XYZ, weight 2,000 / 42,000. Median over E > 0: ABC alone, 13.333...
    IndexValuation v = CALC.calculate(TV_VAL1, policy);

    assertThat(v.negativeEarners().count()).isEqualTo(1);
    assertThat(v.negativeEarners().weight()).isCloseTo(2_000.0 / 42_000.0, within(TOL));
    assertThat(value(v.weightedMedianPriceEarnings())).isCloseTo(40_000.0 / 3_000, within(TOL));
  }

  @Test
  void calculate_tvVal6FundHarmonicCapped_isWeightedHarmonicMean21point4422() {
    // TV-VAL6 (perplexus.info cid 62067): weights 40/35/15/10 %, P/E 35/20/16/12.
    // With total value 1,000: E = 400/35 + 350/20 + 150/16 + 100/12 = 7,835/168,
    // P/E = 1,000 / (7,835/168) = 168,000/7,835 = 33,600/1,567 = 21.44224...
    ConstituentSnapshot s = tvVal6();

    IndexValuation v = CALC.calculate(s, FUND_HARMONIC_CAPPED);

    assertThat(value(v.priceEarnings())).isCloseTo(33_600.0 / 1_567.0, within(TOL));
    assertThat(value(v.priceEarnings())).isCloseTo(21.4422, within(5e-5));
    assertThat(value(v.earningsYield())).isCloseTo(1_567.0 / 33_600.0, within(TOL));
  }

  @Test
  void calculate_tvVal6_weightedMedianIs20() {
    // Sorted P/E 12 (10 %), 16 (15 %), 20 (35 %), 35 (40 %): cumulative 10, 25, 60 % -> 20.
    IndexValuation v = CALC.calculate(tvVal6(), INCLUDE);

    assertThat(value(v.weightedMedianPriceEarnings())).isCloseTo(20.0, within(TOL));
  }

  @Test
  void calculate_fundPolicyWithPeAboveSixty_capsThatPeAt60() {
    // A: value 200, E 1 (P/E 200 -> 60, capped E = 200/60 = 10/3); B: value 100, E 10 (P/E 10).
    // FUND_HARMONIC_CAPPED = 300 / (10/3 + 10) = 300 / (40/3) = 22.5;
    // EXCLUDE_NEGATIVE (no cap) = 300 / 11 = 27.2727...
    ConstituentSnapshot s = snapshot(earner("A", 200, 1), earner("B", 100, 10));

    assertThat(value(CALC.calculate(s, FUND_HARMONIC_CAPPED).priceEarnings()))
        .isCloseTo(22.5, within(TOL));
    assertThat(value(CALC.calculate(s, EXCLUDE_NEGATIVE).priceEarnings()))
        .isCloseTo(300.0 / 11.0, within(TOL));
  }

  @Test
  void calculate_fundPolicyWithZeroEarner_skipsItWithReason() {
    // A: 100, E 5; Z: 50, E 0. EXCLUDE_NEGATIVE keeps Z: 150 / 5 = 30.
    // FUND_HARMONIC_CAPPED drops Z: 100 / 5 = 20, Z skipped with weight 50 / 150.
    ConstituentSnapshot s = snapshot(earner("A", 100, 5), earner("Z", 50, 0));

    assertThat(value(CALC.calculate(s, EXCLUDE_NEGATIVE).priceEarnings()))
        .isCloseTo(30.0, within(TOL));
    IndexValuation fund = CALC.calculate(s, FUND_HARMONIC_CAPPED);
    assertThat(value(fund.priceEarnings())).isCloseTo(20.0, within(TOL));
    assertSkip(
        fund.earningsCoverage().skipped().get(0),
        "zero earnings excluded by policy FUND_HARMONIC_CAPPED",
        1,
        50.0 / 150.0);
  }

  @Test
  void calculate_includeWithEarningsSumNotPositive_peUndefinedYieldNegative() {
    // A: 100, E 1; B: 100, E -5. Σ E = -4 <= 0: P/E undefined; yield -4 / 200 = -0.02.
    // EXCLUDE_NEGATIVE still defined: 100 / 1 = 100.
    ConstituentSnapshot s = snapshot(earner("A", 100, 1), earner("B", 100, -5));

    IndexValuation v = CALC.calculate(s, INCLUDE);

    assertThat(v.priceEarnings().isDefined()).isFalse();
    assertThat(v.priceEarnings().undefinedReason())
        .hasValueSatisfying(r -> assertThat(r).startsWith("sum of earnings <= 0 under INCLUDE ("));
    assertThat(value(v.earningsYield())).isCloseTo(-0.02, within(TOL));
    assertThat(value(CALC.calculate(s, EXCLUDE_NEGATIVE).priceEarnings()))
        .isCloseTo(100.0, within(TOL));
  }

  @Test
  void calculate_onlyNegativeEarnersUnderFundPolicy_peUndefined() {
    ConstituentSnapshot s = snapshot(earner("A", 100, -1), earner("B", 100, -5));

    IndexValuation v = CALC.calculate(s, FUND_HARMONIC_CAPPED);

    assertThat(v.priceEarnings().undefinedReason())
        .hasValueSatisfying(
            r -> assertThat(r).startsWith("sum of earnings <= 0 under FUND_HARMONIC_CAPPED"));
    assertThat(v.earningsYield().isDefined()).isFalse();
    assertThat(v.weightedMedianPriceEarnings().undefinedReason())
        .hasValue("no constituent has positive earnings");
  }

  @Test
  void calculate_noEarningsData_earningsFiguresUndefinedAndAllSkipped() {
    ConstituentSnapshot s =
        snapshot(full("A", 100, NAN, 1, NAN, NAN), full("B", 300, NAN, 2, NAN, NAN));

    IndexValuation v = CALC.calculate(s, INCLUDE);

    assertThat(v.priceEarnings().undefinedReason()).hasValue("no constituent has earnings data");
    assertThat(v.earningsYield().undefinedReason()).hasValue("no constituent has earnings data");
    assertThat(v.weightedMedianPriceEarnings().isDefined()).isFalse();
    assertThat(v.earningsCoverage().used()).isZero();
    assertSkip(v.earningsCoverage().skipped().get(0), "no earnings data", 2, 1.0);
    assertThat(value(v.dividendYield())).isCloseTo(3.0 / 400.0, within(TOL));
  }

  @ParameterizedTest
  @EnumSource(NegativeEarningsPolicy.class)
  void calculate_emptySnapshot_everyFigureUndefinedWithoutException(NegativeEarningsPolicy p) {
    IndexValuation v = CALC.calculate(snapshot(List.of()), p);

    assertThat(v.totalValue()).isZero();
    for (Figure f :
        List.of(
            v.priceEarnings(),
            v.earningsYield(),
            v.weightedMedianPriceEarnings(),
            v.dividendYield(),
            v.priceBook(),
            v.priceSales(),
            v.concentration().top10Weight(),
            v.concentration().herfindahl(),
            v.concentration().effectiveNumber())) {
      assertThat(f.isDefined()).isFalse();
      assertThat(f.undefinedReason()).isPresent();
    }
    assertThat(v.concentration().constituents()).isZero();
    assertThat(v.negativeEarners().count()).isZero();
    assertThat(v.negativeEarners().weight()).isZero();
    assertThat(v.earningsCoverage()).isEqualTo(new Coverage(0, 0, 0.0, List.of()));
  }

  @Test
  void calculate_threeNames_concentrationByHand() {
    // weights 0.5, 0.3, 0.2: H = 0.25 + 0.09 + 0.04 = 0.38; 1/H = 2.631578947...; top 10 = 1.
    ConstituentSnapshot s = snapshot(earner("A", 50, 1), earner("B", 30, 1), earner("C", 20, 1));

    Concentration c = CALC.calculate(s, INCLUDE).concentration();

    assertThat(c.constituents()).isEqualTo(3);
    assertThat(value(c.herfindahl())).isCloseTo(0.38, within(TOL));
    assertThat(value(c.effectiveNumber())).isCloseTo(1 / 0.38, within(TOL));
    assertThat(value(c.top10Weight())).isCloseTo(1.0, within(TOL));
  }

  @Test
  void calculate_twelveNames_top10WeightLeavesOutTheTwoSmallest() {
    // values 1..12 (shuffled), total 78; ten largest 3..12 sum to 75 -> 75 / 78 = 0.961538...
    int[] order = {7, 1, 12, 3, 9, 2, 11, 5, 10, 4, 8, 6};
    List<Constituent> rows = new ArrayList<>();
    for (int x : order) {
      rows.add(earner("N" + x, x, 1));
    }

    Concentration c = CALC.calculate(snapshot(rows), INCLUDE).concentration();

    assertThat(value(c.top10Weight())).isCloseTo(75.0 / 78.0, within(TOL));
  }

  @Test
  void calculate_weightedMedian_firstPeWhereCumulativeWeightReachesHalf() {
    // Positive earners, by P/E: 8 (w 20), 10 (w 25), 20 (w 10), 40 (w 45); total 100.
    // Cumulative 20, 45, 55 -> 20. The loser and the name without earnings do not count.
    ConstituentSnapshot s =
        snapshot(
            earner("P40", 45, 1.125),
            earner("LOSS", 1_000, -10),
            earner("P10", 25, 2.5),
            full("NOE", 500, NAN, NAN, NAN, NAN),
            earner("P20", 10, 0.5),
            earner("P8", 20, 2.5));

    assertThat(value(CALC.calculate(s, INCLUDE).weightedMedianPriceEarnings()))
        .isCloseTo(20.0, within(TOL));
  }

  @Test
  void calculate_weightedMedianExactlyHalf_takesTheLowerPe() {
    // P/E 10 (w 50) and 20 (w 50): cumulative 50 reaches 50 % at P/E 10.
    ConstituentSnapshot s = snapshot(earner("B", 50, 2.5), earner("A", 50, 5));

    assertThat(value(CALC.calculate(s, INCLUDE).weightedMedianPriceEarnings()))
        .isCloseTo(10.0, within(TOL));
  }

  @Test
  void calculate_mixedFields_coverageCountsAndWeightsPerPolicy() {
    // values 100 (E 10), 200 (E -5), 300 (E 0), 400 (no E); total 1,000.
    ConstituentSnapshot s =
        snapshot(
            earner("POS", 100, 10),
            earner("NEG", 200, -5),
            earner("ZERO", 300, 0),
            full("NOE", 400, NAN, NAN, NAN, NAN));

    Coverage include = CALC.calculate(s, INCLUDE).earningsCoverage();
    Coverage exclude = CALC.calculate(s, EXCLUDE_NEGATIVE).earningsCoverage();
    Coverage fund = CALC.calculate(s, FUND_HARMONIC_CAPPED).earningsCoverage();

    // INCLUDE: 3 used (0.6), 1 without data (0.4). Σ E = 5 -> P/E 600 / 5 = 120.
    assertThat(include.total()).isEqualTo(4);
    assertThat(include.used()).isEqualTo(3);
    assertThat(include.usedWeight()).isCloseTo(0.6, within(TOL));
    assertThat(include.skipped()).containsExactly(new SkipCount("no earnings data", 1, 0.4));
    // EXCLUDE_NEGATIVE: POS + ZERO used (0.4); NEG skipped (0.2).
    assertThat(exclude.used()).isEqualTo(2);
    assertThat(exclude.usedWeight()).isCloseTo(0.4, within(TOL));
    assertThat(exclude.skipped())
        .containsExactly(
            new SkipCount("no earnings data", 1, 0.4),
            new SkipCount("negative earnings excluded by policy EXCLUDE_NEGATIVE", 1, 0.2));
    // FUND_HARMONIC_CAPPED: POS only (0.1); ZERO skipped too (0.3).
    assertThat(fund.used()).isEqualTo(1);
    assertThat(fund.usedWeight()).isCloseTo(0.1, within(TOL));
    assertThat(fund.skipped())
        .containsExactly(
            new SkipCount("no earnings data", 1, 0.4),
            new SkipCount("negative earnings excluded by policy FUND_HARMONIC_CAPPED", 1, 0.2),
            new SkipCount("zero earnings excluded by policy FUND_HARMONIC_CAPPED", 1, 0.3));
  }

  @Test
  void calculate_dividendsBookSales_ratiosOverNamesWithData() {
    // A: value 100, D 2, book 50, sales 200; B: value 300, D 6, no book, sales 400.
    // Dividend yield 8 / 400 = 0.02; P/B 100 / 50 = 2 (B skipped, weight 0.75);
    // P/S 400 / 600 = 0.6667.
    ConstituentSnapshot s = snapshot(full("A", 100, 5, 2, 50, 200), full("B", 300, 5, 6, NAN, 400));

    IndexValuation v = CALC.calculate(s, INCLUDE);

    assertThat(value(v.dividendYield())).isCloseTo(0.02, within(TOL));
    assertThat(value(v.priceBook())).isCloseTo(2.0, within(TOL));
    assertThat(value(v.priceSales())).isCloseTo(400.0 / 600.0, within(TOL));
    assertThat(v.bookCoverage().used()).isEqualTo(1);
    assertThat(v.bookCoverage().usedWeight()).isCloseTo(0.25, within(TOL));
    assertThat(v.bookCoverage().skipped())
        .containsExactly(new SkipCount("no book value data", 1, 0.75));
    assertThat(v.dividendCoverage().skipped()).isEmpty();
    assertThat(v.salesCoverage().usedWeight()).isCloseTo(1.0, within(TOL));
  }

  @Test
  void calculate_bookSumNotPositiveOrNoData_undefinedWithReason() {
    ConstituentSnapshot s =
        snapshot(full("A", 100, 5, NAN, -50, NAN), full("B", 300, 5, NAN, 20, NAN));

    IndexValuation v = CALC.calculate(s, INCLUDE);

    assertThat(v.priceBook().undefinedReason())
        .hasValueSatisfying(r -> assertThat(r).startsWith("sum of book value <= 0 ("));
    assertThat(v.dividendYield().undefinedReason()).hasValue("no constituent has dividend data");
    assertThat(v.priceSales().undefinedReason()).hasValue("no constituent has sales data");
    assertSkip(v.dividendCoverage().skipped().get(0), "no dividend data", 2, 1.0);
  }

  @Test
  void calculate_allValuesZero_weightsZeroAndConcentrationUndefined() {
    ConstituentSnapshot s = snapshot(earner("A", 0, 2), earner("B", 0, -1));

    IndexValuation v = CALC.calculate(s, INCLUDE);

    assertThat(value(v.priceEarnings())).isZero();
    assertThat(v.earningsYield().isDefined()).isFalse();
    assertThat(v.negativeEarners().weight()).isZero();
    assertThat(v.concentration().herfindahl().undefinedReason()).hasValue("total value is 0");
    assertThat(v.weightedMedianPriceEarnings().isDefined()).isFalse();
  }

  @Test
  void calculate_positiveSideTinyNextToHugeLosers_sumsStayExact() {
    // The only profitable name is 0.3 of 2e9 + 0.3 USD, so "total minus the rest" would keep
    // only ~7 digits; the calculator must sum that side directly. P/E = 0.3 / 0.03 = 10 under
    // EXCLUDE_NEGATIVE and the fund policy; dividend yield = 0.006 / 0.3 = 0.02 (the big names
    // have no dividend data, so their value must not leak in).
    ConstituentSnapshot s =
        snapshot(
            full("BIGLOSS", 1e9, -1e7, NAN, NAN, NAN),
            full("TINY", 0.3, 0.03, 0.006, NAN, NAN),
            full("BIGNODATA", 1e9, NAN, NAN, NAN, NAN));

    IndexValuation exclude = CALC.calculate(s, EXCLUDE_NEGATIVE);
    IndexValuation fund = CALC.calculate(s, FUND_HARMONIC_CAPPED);

    assertThat(value(exclude.priceEarnings())).isCloseTo(10.0, within(1e-12));
    assertThat(value(fund.priceEarnings())).isCloseTo(10.0, within(1e-12));
    assertThat(value(fund.earningsYield())).isCloseTo(0.1, within(1e-15));
    assertThat(value(fund.weightedMedianPriceEarnings())).isCloseTo(10.0, within(1e-12));
    assertThat(value(fund.dividendYield())).isCloseTo(0.02, within(1e-15));
    assertThat(fund.earningsCoverage().usedWeight()).isCloseTo(0.3 / (2e9 + 0.3), within(1e-20));
  }

  private static ConstituentSnapshot tvVal6() {
    double[] weight = {0.40, 0.35, 0.15, 0.10};
    double[] pe = {35, 20, 16, 12};
    List<Constituent> rows = new ArrayList<>();
    for (int i = 0; i < weight.length; i++) {
      double value = weight[i] * 1_000;
      rows.add(earner("H" + i, value, value / pe[i]));
    }
    return snapshot(rows);
  }

  private static double value(Figure f) {
    assertThat(f.isDefined()).as("defined: %s", f).isTrue();
    return f.getAsDouble();
  }

  private static void assertSkip(SkipCount s, String reason, int count, double weight) {
    assertThat(s.reason()).isEqualTo(reason);
    assertThat(s.count()).isEqualTo(count);
    assertThat(s.weight()).isCloseTo(weight, within(TOL));
  }
}
