package io.capshift.adapter.persistence.importer;

import static io.capshift.adapter.persistence.importer.Sources.assertMalformedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.fundamentals.CompanyFundamentals;
import io.capshift.domain.fundamentals.FrameFundamentals;
import io.capshift.domain.fundamentals.FundamentalsTable;
import io.capshift.domain.fundamentals.XbrlFrame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The four company fundamentals formats on small files written here, every derived figure worked by
 * hand; and the hostile rows each refuses at its line and column.
 */
class FundamentalsReadersTest {
  private static final double TOL = 1e-6;

  // A Finviz export cut to the columns capshift reads, plus two it ignores (P/E, PEG), in the
  // publisher's quoting. Amounts in millions.
  private static final String FINVIZ_HEADER =
      "\"No.\",\"Ticker\",\"Company\",\"Sector\",\"Industry\",\"Country\",\"Market Cap\","
          + "\"P/E\",\"Forward P/E\",\"PEG\",\"Book/sh\",\"Dividend TTM\",\"EPS (ttm)\","
          + "\"Income\",\"Shares Outstanding\",\"Total Debt/Equity\",\"Price\"\n";
  // AAA: cap 1,500 M = 1.5e9; income 60 M = 6e7; fwd EPS = 30 / 20 = 1.5; shares 50 M = 5e7;
  //      book = 4 x 5e7 = 2e8; debt = 0.35 x 2e8 = 7e7; dividend 0.40.
  // MOG-A: no Forward P/E -> no forward EPS; loss -207.5 M; blank Dividend TTM -> pays none (0);
  //      book/sh -2 -> book -6.4e7, not positive -> debt unknown although D/E is given.
  // IWM: an ETF -> skipped. BLANK: no ticker -> skipped.
  private static final String FINVIZ =
      FINVIZ_HEADER
          + "1,\"AAA\",\"Alpha Inc\",\"Technology\",\"Software - Application\",\"USA\",1500.00,"
          + "25.00,20.00,1.5,4.00,0.40,1.20,60.00,50.00,0.35,30.00\n"
          + "2,\"MOG-A\",\"Moog Inc\",\"Industrials\",\"Aerospace & Defense\",\"USA\",7100.00,"
          + ",,,-2.00,,-6.50,-207.50,32.00,0.50,221.40\n"
          + "3,\"IWM\",\"iShares Russell 2000 ETF\",\"Financial\",\"Exchange Traded Fund\","
          + "\"USA\",,,,,,,,,,,230.00\n"
          + "4,\"\",\"No Ticker Corp\",\"Technology\",\"Software\",\"USA\",1.00,,,,,,,,,,1.00\n";

  @Test
  void finviz_readsMillionsDerivesForwardEpsBookAndDebt_skipsEtfs() {
    ParseResult r = Sources.parse("finviz_export_2025-08-19.csv", ImportFormat.AUTO, FINVIZ);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.FINVIZ_EXPORT);
    var d = r.datasets().get(0);
    assertThat(d.targetId()).isEqualTo("finviz");
    assertThat(d.asOf()).isEqualTo(LocalDate.of(2025, 8, 19));
    assertThat(d.kind()).isEqualTo(DatasetKind.COMPANY_FUNDAMENTALS);
    assertThat(new long[] {r.stats().rowsRead(), r.stats().rowsStored()}).containsExactly(4, 2);
    assertThat(r.stats().firstSkipReasons()).containsExactly("line 5 (?): no ticker");
    assertThat(r.stats().notes())
        .anyMatch(n -> n.startsWith("1 ETF rows skipped"))
        .anyMatch(n -> n.contains("1 companies without a Dividend TTM read as paying none"))
        .contains("as-of date 2025-08-19 read from the file name");
    FundamentalsTable t = table(r);
    CompanyFundamentals a = t.byKey("AAA").orElseThrow();
    assertThat(a.name()).isEqualTo("Alpha Inc");
    assertThat(a.marketCap().getAsDouble()).isCloseTo(1.5e9, within(TOL));
    assertThat(a.netIncome().getAsDouble()).isCloseTo(6e7, within(TOL));
    assertThat(a.eps()).hasValue(1.20);
    assertThat(a.forwardEps().getAsDouble()).isCloseTo(1.5, within(1e-12));
    assertThat(a.shares().getAsDouble()).isCloseTo(5e7, within(TOL));
    assertThat(a.bookEquity().getAsDouble()).isCloseTo(2e8, within(TOL));
    assertThat(a.totalDebt().getAsDouble()).isCloseTo(7e7, within(TOL));
    assertThat(a.dividendPerShare()).hasValue(0.40);
    assertThat(a.cik()).isEqualTo(OptionalLong.empty());
    CompanyFundamentals m = t.byKey("MOGA").orElseThrow();
    assertThat(m.forwardEps()).isEmpty();
    assertThat(m.netIncome().getAsDouble()).isCloseTo(-2.075e8, within(TOL));
    assertThat(m.dividendPerShare()).hasValue(0);
    assertThat(m.bookEquity().getAsDouble()).isCloseTo(-6.4e7, within(TOL));
    assertThat(m.totalDebt()).isEmpty();
    assertThat(t.byKey("IWM")).isEmpty();
  }

  @Test
  void finviz_hostileRows_refusedAtLineAndColumn() {
    String dup =
        FINVIZ_HEADER
            + "1,\"AAA\",\"A\",\"T\",\"S\",\"USA\",1,,,,,,,,,,1\n"
            + "2,\"aaa\",\"A again\",\"T\",\"S\",\"USA\",1,,,,,,,,,,1\n";
    assertMalformedAt(
        3,
        3,
        "ticker 'aaa' is already given on line 2",
        () -> Sources.parse("finviz.csv", ImportFormat.FINVIZ_EXPORT, dup));
    String negative = FINVIZ_HEADER + "1,\"AAA\",\"A\",\"T\",\"S\",\"USA\",-5,,,,,,,,,,1\n";
    assertMalformedAt(
        2,
        27,
        "'Market Cap' cannot be negative",
        () -> Sources.parse("finviz.csv", ImportFormat.FINVIZ_EXPORT, negative));
    String nan = FINVIZ_HEADER + "1,\"AAA\",\"A\",\"T\",\"S\",\"USA\",1,,,,,,,NaN,,,1\n";
    assertMalformedAt(
        2, 35, "found 'NaN'", () -> Sources.parse("finviz.csv", ImportFormat.FINVIZ_EXPORT, nan));
  }

  @Test
  void capshiftFundamentals_readsEveryColumn_andRefusesUnknownOnes() {
    String file =
        "# capshift-fundamentals v1\n# id: mine\n# as_of: 2025-09-30\n"
            + "ticker,cik,name,sector,country,market_cap_usd,net_income_usd,eps_usd,"
            + "forward_eps_usd,price_usd,shares,book_equity_usd,total_debt_usd,"
            + "dividend_per_share_usd\n"
            + "MOG.A,67887,\"Moog, Inc.\",Industrials,USA,7.1e9,2.075e8,6.5,9.25,221.4,3.2e7,"
            + "2.2e9,1.1e9,1.16\n"
            + "BBB,,Beta,,,2e9,-1e8,,,,,,,\n";

    ParseResult r = Sources.parse("mine.csv", ImportFormat.AUTO, file);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.CAPSHIFT_FUNDAMENTALS);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("mine");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
    FundamentalsTable t = table(r);
    CompanyFundamentals m = t.byKey("MOGA").orElseThrow(); // MOG.A and MOG-A normalise to MOGA
    assertThat(m.cik()).hasValue(67887);
    assertThat(m.name()).isEqualTo("Moog, Inc.");
    assertThat(m.marketCap()).hasValue(7.1e9);
    assertThat(m.netIncome()).hasValue(2.075e8);
    assertThat(m.forwardEps()).hasValue(9.25);
    assertThat(m.bookEquity()).hasValue(2.2e9);
    assertThat(m.totalDebt()).hasValue(1.1e9);
    assertThat(m.dividendPerShare()).hasValue(1.16);
    CompanyFundamentals b = t.byKey("BBB").orElseThrow();
    assertThat(b.netIncome()).hasValue(-1e8);
    assertThat(b.dividendPerShare()).isEmpty(); // empty is no data, not a non-payer
    assertThat(t.byCik(67887)).contains(m);

    assertMalformedAt(
        1,
        23,
        "unknown column",
        () ->
            Sources.parse(
                "mine.csv",
                ImportFormat.CAPSHIFT_FUNDAMENTALS,
                "ticker,market_cap_usd,pe\nAAA,1,2\n"));
    assertMalformedAt(
        3,
        5,
        "cannot be negative",
        () ->
            Sources.parse(
                "mine.csv",
                ImportFormat.CAPSHIFT_FUNDAMENTALS,
                "ticker,market_cap_usd\nAAA,1\nBBB,-2\n"));
  }

  @Test
  void secTickers_bothShapes_identitiesByCik() {
    String plain =
        "{\"0\":{\"cik_str\":320193,\"ticker\":\"AAPL\",\"title\":\"Apple Inc.\"},\n"
            + " \"1\":{\"cik_str\":67887,\"ticker\":\"MOG-B\",\"title\":\"MOOG INC.\"}}";
    String exchange =
        "{\"fields\":[\"cik\",\"name\",\"ticker\",\"exchange\"],\"data\":[\n"
            + "[320193,\"Apple Inc.\",\"AAPL\",\"Nasdaq\"],\n"
            + "[67887,\"MOOG INC.\",\"MOG-B\",\"NYSE\"]]}";

    for (String json : List.of(plain, exchange)) {
      ParseResult r = Sources.parse("company_tickers.json", ImportFormat.AUTO, json);
      assertThat(r.stats().format()).isEqualTo(ImportFormat.SEC_COMPANY_TICKERS);
      assertThat(r.datasets().get(0).targetId()).isEqualTo("sec-tickers");
      FundamentalsTable t = table(r);
      assertThat(t.size()).isEqualTo(2);
      assertThat(t.byCik(67887).orElseThrow().ticker()).isEqualTo("MOG-B");
      assertThat(t.cikOf("AAPL")).hasValue(320193);
      assertThat(t.hasFigures()).isFalse();
    }

    assertMalformedAt(
        2,
        27,
        "ticker 'AAPL' is already given on line 1",
        () ->
            Sources.parse(
                "company_tickers.json",
                ImportFormat.SEC_COMPANY_TICKERS,
                "{\"0\":{\"cik_str\":320193,\"ticker\":\"AAPL\",\"title\":\"A\"},\n"
                    + "\"1\":{\"cik_str\":1,\"ticker\":\"AAPL\",\"title\":\"B\"}}"));
  }

  /**
   * Net income of three companies in five frames, combined into trailing twelve months:
   *
   * <pre>
   *             CY2024   CY2024Q1  CY2024Q2  CY2025Q1  CY2025Q2
   * Alpha 1001   100       20        30        25        45      TTM to 2025-06-30 = 100 + (25 + 45)
   *                                                              − (20 + 30) = 120 (million USD)
   * Beta  1002   −10       −2         –         5         –      TTM to 2025-03-31 = −10 + 5 − (−2)
   *                                                              = −3 (no Q2 pair)
   * Gamma 1003    –         –        30         –        40      no annual frame: none
   * </pre>
   */
  @Test
  void secFrames_fiveNetIncomeFrames_combineIntoTrailingTwelveMonths() {
    List<XbrlFrame> frames = new ArrayList<>();
    frames.add(frame("CY2024", Map.of(1001L, 100e6, 1002L, -10e6), "2024-01-01", "2024-12-31"));
    frames.add(frame("CY2024Q1", Map.of(1001L, 20e6, 1002L, -2e6), "2024-01-01", "2024-03-31"));
    frames.add(frame("CY2024Q2", Map.of(1001L, 30e6, 1003L, 30e6), "2024-04-01", "2024-06-30"));
    frames.add(frame("CY2025Q1", Map.of(1001L, 25e6, 1002L, 5e6), "2025-01-01", "2025-03-31"));
    frames.add(frame("CY2025Q2", Map.of(1001L, 45e6, 1003L, 40e6), "2025-04-01", "2025-06-30"));

    Map<Long, FrameFundamentals.Trailing> ttm = FrameFundamentals.trailing(frames);

    assertThat(ttm.get(1001L).value()).isCloseTo(120e6, within(TOL));
    assertThat(ttm.get(1001L).end()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(ttm.get(1001L).formula()).isEqualTo("CY2024 + CY2025Q1..Q2 - CY2024Q1..Q2");
    assertThat(ttm.get(1002L).value()).isCloseTo(-3e6, within(TOL));
    assertThat(ttm.get(1002L).formula()).isEqualTo("CY2024 + CY2025Q1 - CY2024Q1");
    assertThat(ttm).doesNotContainKey(1003L);

    FundamentalsTable t = FrameFundamentals.table(frames, new ArrayList<>());
    assertThat(t.byCik(1001).orElseThrow().netIncome().getAsDouble()).isCloseTo(120e6, within(TOL));
    assertThat(t.byCik(1001).orElseThrow().name()).isEqualTo("Company 1001");
  }

  @Test
  void secFrames_readStrictly_pathDatesAndIds() {
    ParseResult r =
        Sources.parse(
            "NetIncomeLoss_USD_CY2025Q2_2025-09-30.json",
            ImportFormat.AUTO,
            frameJson("CY2025Q2", Map.of(1001L, 45e6), "2025-04-01", "2025-06-30", "USD"));

    assertThat(r.stats().format()).isEqualTo(ImportFormat.SEC_XBRL_FRAME);
    var d = r.datasets().get(0);
    assertThat(d.targetId()).isEqualTo("sec-netincomeloss-cy2025q2");
    assertThat(d.asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
    XbrlFrame f = ((DatasetContent.Frame) d.content()).frame();
    assertThat(f.path()).isEqualTo("us-gaap/NetIncomeLoss/USD/CY2025Q2");
    assertThat(f.facts().get(0).value()).isEqualTo(45e6);
    assertThat(f.facts().get(0).end()).isEqualTo(LocalDate.of(2025, 6, 30));
  }

  @Test
  void secFrames_mixedUnitsAndRepeatedCompanies_refusedAtLineAndColumn() {
    String wrongUnit = frameJson("CY2024", Map.of(1001L, 1.0), "2024-01-01", "2024-12-31", "EUR");
    assertMalformedAt(
        1,
        66,
        "mixed units: NetIncomeLoss is read in USD, this frame is in 'EUR'",
        () -> Sources.parse("f.json", ImportFormat.SEC_XBRL_FRAME, wrongUnit));
    String valueUnit =
        "{\"taxonomy\":\"us-gaap\",\"tag\":\"NetIncomeLoss\",\"ccp\":\"CY2024\",\"uom\":\"USD\","
            + "\"pts\":1,\"data\":[\n"
            + "{\"cik\":1001,\"entityName\":\"A\",\"start\":\"2024-01-01\",\"end\":\"2024-12-31\","
            + "\"val\":1,\"uom\":\"shares\"}]}";
    assertMalformedAt(
        2,
        84,
        "mixed units",
        () -> Sources.parse("f.json", ImportFormat.SEC_XBRL_FRAME, valueUnit));
    String twice =
        "{\"taxonomy\":\"us-gaap\",\"tag\":\"NetIncomeLoss\",\"ccp\":\"CY2024\",\"uom\":\"USD\","
            + "\"pts\":2,\"data\":[\n"
            + "{\"cik\":1001,\"entityName\":\"A\",\"start\":\"2024-01-01\",\"end\":\"2024-12-31\","
            + "\"val\":1},\n"
            + "{\"cik\":1001,\"entityName\":\"A\",\"start\":\"2024-01-01\",\"end\":\"2024-12-31\","
            + "\"val\":2}]}";
    assertMalformedAt(
        3,
        1,
        "CIK 1001 is already given on line 2",
        () -> Sources.parse("f.json", ImportFormat.SEC_XBRL_FRAME, twice));
  }

  /** Found by the fuzzer: an empty taxonomy, concept or unit is refused where it stands. */
  @Test
  void secFrames_emptyTaxonomy_refusedAtItsValue() {
    String empty =
        "{\"taxonomy\":\"\",\"tag\":\"NetIncomeLoss\",\"ccp\":\"CY2024\",\"uom\":\"USD\","
            + "\"pts\":0,\"data\":[]}";
    assertMalformedAt(
        1,
        13,
        "'taxonomy' must not be empty",
        () -> Sources.parse("f.json", ImportFormat.SEC_XBRL_FRAME, empty));
  }

  private static FundamentalsTable table(ParseResult r) {
    return ((DatasetContent.Fundamentals) r.datasets().get(0).content()).table();
  }

  private static XbrlFrame frame(
      String period, Map<Long, Double> values, String start, String end) {
    ParseResult r =
        Sources.parse(
            "NetIncomeLoss_" + period + ".json",
            ImportFormat.SEC_XBRL_FRAME,
            frameJson(period, values, start, end, "USD"));
    return ((DatasetContent.Frame) r.datasets().get(0).content()).frame();
  }

  /** A frames API document in the documented shape, one value a line, CIKs in order. */
  private static String frameJson(
      String period, Map<Long, Double> values, String start, String end, String unit) {
    StringBuilder s =
        new StringBuilder(
            "{\"taxonomy\":\"us-gaap\",\"tag\":\"NetIncomeLoss\",\"ccp\":\""
                + period
                + "\",\"uom\":\""
                + unit
                + "\",\"label\":\"Net Income (Loss)\",\"description\":\"d\",\"pts\":"
                + values.size()
                + ",\"data\":[");
    String sep = "\n";
    for (long cik : new java.util.TreeSet<>(values.keySet())) {
      s.append(sep)
          .append("{\"accn\":\"0000000000-25-000001\",\"cik\":")
          .append(cik)
          .append(",\"entityName\":\"Company ")
          .append(cik)
          .append("\",\"loc\":\"US-DE\",\"start\":\"")
          .append(start)
          .append("\",\"end\":\"")
          .append(end)
          .append("\",\"val\":")
          .append(OptionalDouble.of(values.get(cik)).getAsDouble())
          .append('}');
      sep = ",\n";
    }
    return s.append("]}").toString();
  }
}
