package io.capshift.domain.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.fundamentals.FundamentalsJoin;
import io.capshift.domain.fundamentals.JoinFixturesAccess;
import io.capshift.domain.fundamentals.JoinRules;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import org.junit.jupiter.api.Test;

/** Figures of the five-holding fixture fund, worked by hand (see JoinFixtures). */
class HoldingsValuationCalculatorTest {
  private static final double TOL = 1e-12;

  private static HoldingsValuation valuation() {
    return HoldingsValuationCalculator.DEFAULT.calculate(
        FundamentalsJoin.DEFAULT.join(
            JoinFixturesAccess.holdings(),
            JoinFixturesAccess.AT,
            JoinFixturesAccess.sources(),
            JoinRules.DEFAULT));
  }

  @Test
  void calculate_peUnderEachPolicy() {
    HoldingsValuation v = valuation();

    // INCLUDE: (100 + 50 + 30) / (5 - 5 + 3) = 180 / 3 = 60
    assertThat(pe(v, NegativeEarningsPolicy.INCLUDE)).isCloseTo(60, within(TOL));
    // EXCLUDE_NEGATIVE: (100 + 30) / (5 + 3) = 16.25
    assertThat(pe(v, NegativeEarningsPolicy.EXCLUDE_NEGATIVE)).isCloseTo(16.25, within(TOL));
    // FUND_HARMONIC_CAPPED: P/Es 20 and 10, under the cap: 130 / 8 = 16.25
    assertThat(pe(v, NegativeEarningsPolicy.FUND_HARMONIC_CAPPED)).isCloseTo(16.25, within(TOL));
  }

  @Test
  void calculate_dividendYieldCountsNonPayersAsZero() {
    // (3 + 0 + 0.1) / (100 + 50 + 10) = 3.1 / 160
    assertThat(valuation().valuation(NegativeEarningsPolicy.INCLUDE).dividendYield().getAsDouble())
        .isCloseTo(3.1 / 160, within(TOL));
  }

  @Test
  void calculate_forwardPeAndGrowthWithCoverage() {
    HoldingsValuation v = valuation();

    // forward: (100 + 30 + 10) / (12.5 + 4.5 + 0.5) = 140 / 17.5 = 8
    assertThat(v.forwardPriceEarnings().getAsDouble()).isCloseTo(8, within(TOL));
    assertThat(v.forwardCoverage().used()).isEqualTo(3);
    assertThat(v.forwardCoverage().usedWeight()).isCloseTo(0.7, within(TOL));
    // growth over AAA and CCCX, which have both: (12.5 + 4.5) / (5 + 3) - 1 = 1.125
    assertThat(v.earningsGrowth().getAsDouble()).isCloseTo(1.125, within(TOL));
    assertThat(v.growthCoverage().used()).isEqualTo(2);
  }

  @Test
  void calculate_nonPositiveEarnersRoeAndLeverage() {
    HoldingsValuation v = valuation();

    NonPositiveEarners np = v.nonPositive();
    assertThat(np.count()).isEqualTo(1); // BBBB
    assertThat(np.withEarnings()).isEqualTo(3);
    assertThat(np.nameShare()).isCloseTo(1.0 / 3, within(TOL));
    assertThat(np.weight()).isCloseTo(50.0 / 200, within(TOL));
    assertThat(np.coveredWeight()).isCloseTo(50.0 / 180, within(TOL));
    // ROE -0.2 (50), 0.1 (100), 0.3 (30): half of 180 is reached at 0.1
    assertThat(v.medianReturnOnEquity().getAsDouble()).isCloseTo(0.1, within(TOL));
    // debt / book: (20 + 12.5 + 0) / (50 + 25 + 10) = 32.5 / 85
    assertThat(v.debtToEquity().getAsDouble()).isCloseTo(32.5 / 85, within(TOL));
    assertThat(v.fundCoverage().getAsDouble()).isCloseTo(0.95, within(TOL));
  }

  private static double pe(HoldingsValuation v, NegativeEarningsPolicy p) {
    return v.valuation(p).priceEarnings().getAsDouble();
  }
}
