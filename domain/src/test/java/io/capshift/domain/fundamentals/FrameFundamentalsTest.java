package io.capshift.domain.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameFundamentalsTest {
  private static final long ACME = 1111;
  private static final long BOLT = 2222;
  private static final long CORE = 3333;

  private static XbrlFrame netIncome(String period, FrameFact... facts) {
    return new XbrlFrame(
        "us-gaap", "NetIncomeLoss", "USD", FramePeriod.parse(period), List.of(facts));
  }

  private static FrameFact fact(long cik, String end, double value) {
    return new FrameFact(cik, "Company " + cik, LocalDate.parse(end), value, "");
  }

  /**
   * ACME (calendar fiscal year): CY2024 net income 1,000; quarters 2024: Q1 200, Q2 250; 2025: Q1
   * 300, Q2 350. TTM to 2025-06-30 = 1,000 + (300 + 350) − (200 + 250) = 1,000 + 650 − 450 = 1,200.
   * BOLT has CY2024 = 400 and CY2025Q1 = 90 but no CY2024Q1: the roll-forward lacks a part, so its
   * annual frame stands (400, ending 2024-12-31). CORE has CY2023 = 70 and CY2024 = 80: the later
   * year, 80.
   */
  private static List<XbrlFrame> frames() {
    return List.of(
        netIncome("CY2023", fact(CORE, "2023-12-31", 70)),
        netIncome(
            "CY2024",
            fact(ACME, "2024-12-31", 1_000),
            fact(BOLT, "2024-12-31", 400),
            fact(CORE, "2024-12-31", 80)),
        netIncome("CY2024Q1", fact(ACME, "2024-03-31", 200)),
        netIncome("CY2024Q2", fact(ACME, "2024-06-30", 250)),
        netIncome("CY2025Q1", fact(ACME, "2025-03-31", 300), fact(BOLT, "2025-03-31", 90)),
        netIncome("CY2025Q2", fact(ACME, "2025-06-30", 350)));
  }

  @Test
  void trailing_rollsTheAnnualFrameForwardByTheYearToDate() {
    Map<Long, FrameFundamentals.Trailing> ttm = FrameFundamentals.trailing(frames());

    assertThat(ttm.get(ACME).value()).isCloseTo(1_200, within(1e-9));
    assertThat(ttm.get(ACME).end()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(ttm.get(ACME).formula()).isEqualTo("CY2024 + CY2025Q1..Q2 - CY2024Q1..Q2");
  }

  @Test
  void trailing_aMissingPartLeavesTheLatestAnnualFrame() {
    Map<Long, FrameFundamentals.Trailing> ttm = FrameFundamentals.trailing(frames());

    assertThat(ttm.get(BOLT).value()).isEqualTo(400);
    assertThat(ttm.get(BOLT).formula()).isEqualTo("CY2024");
    assertThat(ttm.get(CORE).value()).isEqualTo(80);
    assertThat(ttm.get(CORE).end()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void trailing_oneQuarterIntoTheYear() {
    // ACME at Q1: 1,000 + 300 - 200 = 1,100
    List<XbrlFrame> toQ1 = new ArrayList<>(frames().subList(0, 5));
    assertThat(FrameFundamentals.trailing(toQ1).get(ACME).value()).isCloseTo(1_100, within(1e-9));
  }

  @Test
  void table_combinesConceptsPerCompanyAndListsFramesItCannotUse() {
    List<XbrlFrame> all = new ArrayList<>(frames());
    all.add(
        new XbrlFrame(
            "us-gaap",
            "StockholdersEquity",
            "USD",
            FramePeriod.parse("CY2025Q2I"),
            List.of(fact(ACME, "2025-06-30", 5_000))));
    all.add(
        new XbrlFrame(
            "us-gaap",
            "StockholdersEquity",
            "USD",
            FramePeriod.parse("CY2024Q4I"),
            List.of(fact(ACME, "2024-12-31", 4_000))));
    all.add(
        new XbrlFrame(
            "us-gaap",
            "EarningsPerShareDiluted",
            "USD",
            FramePeriod.parse("CY2024"),
            List.of(fact(ACME, "2024-12-31", 2.5))));
    List<String> unused = new ArrayList<>();

    FundamentalsTable table = FrameFundamentals.table(all, unused);

    CompanyFundamentals acme = table.byCik(ACME).orElseThrow();
    assertThat(acme.netIncome().getAsDouble()).isCloseTo(1_200, within(1e-9));
    assertThat(acme.bookEquity().getAsDouble()).isEqualTo(5_000); // the latest instant
    assertThat(acme.eps()).isEmpty(); // EPS came in USD, not USD/shares
    assertThat(unused)
        .containsExactly(
            "us-gaap/EarningsPerShareDiluted/USD/CY2024: EarningsPerShareDiluted is read in"
                + " USD/shares");
    assertThat(table.size()).isEqualTo(3);
  }

  @Test
  void trailing_refusesMixedUnits() {
    List<XbrlFrame> mixed =
        List.of(
            netIncome("CY2024", fact(ACME, "2024-12-31", 1)),
            new XbrlFrame(
                "us-gaap",
                "NetIncomeLoss",
                "EUR",
                FramePeriod.parse("CY2025Q1"),
                List.of(fact(ACME, "2025-03-31", 1))));

    assertThatThrownBy(() -> FrameFundamentals.trailing(mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share concept and unit");
  }

  @Test
  void framePeriod_parsesTheApiNames() {
    assertThat(FramePeriod.parse("CY2024").annual()).isTrue();
    assertThat(FramePeriod.parse("CY2025Q2")).isEqualTo(new FramePeriod(2025, 2, false));
    assertThat(FramePeriod.parse("CY2025Q2I")).isEqualTo(new FramePeriod(2025, 2, true));
    assertThat(FramePeriod.parse("CY2025Q2I").toString()).isEqualTo("CY2025Q2I");
    assertThatThrownBy(() -> FramePeriod.parse("FY2025"))
        .hasMessageContaining("expected a frame period");
  }

  @Test
  void tickers_normaliseShareClassSpellings() {
    assertThat(Tickers.normalise("MOG-A")).isEqualTo("MOGA");
    assertThat(Tickers.normalise("mog.a")).isEqualTo("MOGA");
    assertThat(Tickers.normalise(" BRK/B ")).isEqualTo("BRKB");
    assertThat(Tickers.normalise(null)).isEmpty();
  }
}
