package io.capshift.domain.fundamentals;

import static io.capshift.domain.fundamentals.JoinFixtures.AT;
import static io.capshift.domain.fundamentals.JoinFixtures.FUNDAMENTALS_DATE;
import static io.capshift.domain.fundamentals.JoinFixtures.holdings;
import static io.capshift.domain.fundamentals.JoinFixtures.screener;
import static io.capshift.domain.fundamentals.JoinFixtures.tickerMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.valuation.Constituent;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FundamentalsJoinTest {
  private static final double TOL = 1e-12;

  private static JoinedHoldings join(List<FundamentalsSource> sources) {
    return FundamentalsJoin.DEFAULT.join(holdings(), AT, sources, JoinRules.DEFAULT);
  }

  @Test
  void join_attributesEachCompanysFiguresByTheShareHeld() {
    JoinedHoldings j = join(List.of(screener(FUNDAMENTALS_DATE), tickerMap(FUNDAMENTALS_DATE)));

    Constituent aaa = j.snapshot().constituent(0);
    assertThat(aaa.earnings().getAsDouble()).isCloseTo(5, within(TOL)); // 100 x 50 / 1000
    assertThat(aaa.dividends().getAsDouble()).isCloseTo(3, within(TOL)); // 100 x 0.30 / 10
    assertThat(aaa.bookValue().getAsDouble()).isCloseTo(50, within(TOL)); // 100 x 500 / 1000
    assertThat(j.forwardEarnings(0).getAsDouble()).isCloseTo(12.5, within(TOL)); // 100 x 1.25/10
    assertThat(j.debt(0).getAsDouble()).isCloseTo(20, within(TOL));
    assertThat(j.returnOnEquity(0).getAsDouble()).isCloseTo(0.1, within(TOL));
    Constituent bbb = j.snapshot().constituent(1);
    assertThat(bbb.earnings().getAsDouble()).isCloseTo(-5, within(TOL)); // 50 x -40 / 400
    assertThat(bbb.dividends()).isEqualTo(OptionalDouble.of(0)); // a non-payer counts as 0
  }

  @Test
  void join_matchesShareClassesByNormalisedTickerThenByCik() {
    JoinedHoldings j = join(List.of(screener(FUNDAMENTALS_DATE), tickerMap(FUNDAMENTALS_DATE)));

    JoinReport r = j.report();
    assertThat(r.matched()).isEqualTo(4);
    assertThat(r.matchedByCik()).isEqualTo(1); // CCCX -> CIK 7 -> CCC
    assertThat(r.matchedWeight()).isCloseTo(190.0 / 200, within(TOL));
    assertThat(j.snapshot().constituent(2).earnings().getAsDouble()).isCloseTo(3, within(TOL));
    assertThat(j.snapshot().constituent(2).sector()).isEqualTo("Materials"); // filled from the row
    assertThat(r.unmatched()).extracting(JoinReport.Miss::symbol).containsExactly("ZZZ");
    assertThat(r.unmatched().get(0).weight()).isCloseTo(0.05, within(TOL));
  }

  @Test
  void join_withoutTheTickerMapLeavesTheRenamedClassUnmatched() {
    JoinedHoldings j = join(List.of(screener(FUNDAMENTALS_DATE)));

    assertThat(j.report().unmatched())
        .extracting(JoinReport.Miss::symbol)
        .containsExactly("CCCX", "ZZZ");
  }

  @Test
  void join_keepsAWrongMarketCapInTheHoldingsButOutOfItsScaledFigures() {
    JoinedHoldings j = join(List.of(screener(FUNDAMENTALS_DATE)));

    Constituent hex = j.snapshot().constituent(3);
    assertThat(hex.value()).isEqualTo(10);
    assertThat(hex.earnings()).isEmpty();
    assertThat(hex.bookValue()).isEmpty();
    assertThat(hex.dividends().getAsDouble()).isCloseTo(0.1, within(TOL)); // by price: 10 x 0.2/20
    assertThat(j.forwardEarnings(3).getAsDouble()).isCloseTo(0.5, within(TOL));
    assertThat(j.report().capMismatch())
        .singleElement()
        .satisfies(m -> assertThat(m.reason()).contains("by 100%").contains("0.75"));
  }

  @Test
  void join_reportsTheAgesAndLeavesOutFundamentalsOverTheLimit() {
    LocalDate old = LocalDate.of(2024, 8, 1);
    JoinedHoldings j = join(List.of(screener(old), screener(FUNDAMENTALS_DATE)));

    List<JoinReport.SourceUse> uses = j.report().sources();
    assertThat(uses).hasSize(2);
    JoinReport.SourceUse recent = uses.get(0);
    assertThat(recent.asOf()).isEqualTo(FUNDAMENTALS_DATE);
    assertThat(recent.used()).isTrue();
    assertThat(recent.ageDays()).isEqualTo(79); // 2025-08-19 to 2025-11-06
    assertThat(recent.gapDays()).isEqualTo(-78); // 78 days before the holdings of 2025-11-05
    JoinReport.SourceUse stale = uses.get(1);
    assertThat(stale.used()).isFalse();
    assertThat(stale.note()).isEqualTo("462 days old at 2025-11-06, over the limit of 365 days");
  }

  @Test
  void join_withOnlyStaleFundamentalsMatchesNothingAndSaysWhy() {
    JoinedHoldings j =
        FundamentalsJoin.DEFAULT.join(
            holdings(), AT, List.of(screener(FUNDAMENTALS_DATE)), new JoinRules(30, 0.5));

    assertThat(j.report().matched()).isZero();
    assertThat(j.report().anyUsed()).isFalse();
    assertThat(j.report().unmatched().get(0).reason()).isEqualTo("no usable fundamentals");
    assertThat(j.snapshot().constituent(0).earnings()).isEmpty();
  }

  @Test
  void join_fillsAFigureFromANewerSourceOfTheSameCompany() {
    FundamentalsSource frames =
        new FundamentalsSource(
            "frames@2025-09-30",
            "frames",
            LocalDate.of(2025, 9, 30),
            false,
            FundamentalsTable.of(
                List.of(
                    CompanyFundamentals.builder("")
                        .cik(7)
                        .netIncome(OptionalDouble.of(36))
                        .build())));

    JoinedHoldings j =
        join(List.of(screener(FUNDAMENTALS_DATE), tickerMap(FUNDAMENTALS_DATE), frames));

    // the newer net income, over the screener's market cap: 30 x 36 / 300
    assertThat(j.snapshot().constituent(2).earnings().getAsDouble()).isCloseTo(3.6, within(TOL));
    assertThat(j.report().filled()).isEqualTo(1);
  }
}
