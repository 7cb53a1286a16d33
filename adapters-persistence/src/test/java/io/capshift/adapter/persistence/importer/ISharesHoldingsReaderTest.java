package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.MalformedFileException;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ISharesHoldingsReaderTest {
  private static final String PREAMBLE =
      "\uFEFFiShares Russell 2000 ETF\n"
          + "Fund Holdings as of,\"Apr 10, 2026\"\n"
          + "Inception Date,\"May 22, 2000\"\n"
          + "Shares Outstanding,\"280,200,000.00\"\n"
          + "Stock,\"-\"\n"
          + "\u00A0\n";
  private static final String HEADER = "Ticker,Name,Sector,Asset Class,Market Value,Weight (%)\n";
  // Lines 8-11 are holdings; line 12 the blank line; line 13 opens a footer paragraph whose
  // quote never closes, so reading past the blank line would fail.
  private static final String FILE =
      PREAMBLE
          + HEADER
          + "\"BE\",\"BLOOM ENERGY CLASS A"
          + " CORP\",\"Industrials\",\"Equity\",\"860,855,470.00\",\"1.18\"\n"
          + "\"-\",\"OMNIAB INC $12.50 VESTING Prvt\",\"Health"
          + " Care\",\"Equity\",\"1.31\",\"0.00\"\n"
          + "\"XTSLA\",\"BLK CSH FND TREASURY SL AGENCY\",\"Cash and/or Derivatives\",\"Money"
          + " Market\",\"1,035,670,000.00\",\"1.47\"\n"
          + "\"RTYM6\",\"RUSSELL 2000 EMINI CME JUN 26\",\"Cash and/or"
          + " Derivatives\",\"Futures\",\"0.00\",\"0.00\"\n"
          + "\u00A0\n"
          + "\"A legal footer paragraph whose quote never closes\n";

  /** IJR holds swaps on stocks it also owns; IWM a stock and its CVR under one ticker. */
  @Test
  void parse_repeatedTicker_summedIntoOneHoldingWithANote() {
    String file =
        PREAMBLE
            + HEADER
            + "\"M\",\"MACYS INC\",\"Consumer Discretionary\",\"Equity\",\"300.00\",\"0.40\"\n"
            + "\"BE\",\"BLOOM ENERGY\",\"Industrials\",\"Equity\",\"100.00\",\"0.10\"\n"
            + "\"M\",\"MACYS INC SWAP\",\"Consumer Discretionary\",\"Equity\",\"25.50\",\"0.04\"\n";

    ParseResult r = Sources.parse("IWM_holdings.csv", ImportFormat.ISHARES_HOLDINGS, file);

    ConstituentSnapshot s = Sources.snapshot(r);
    assertThat(s.constituents())
        .extracting(c -> c.symbol() + " " + c.name() + " " + c.value())
        .containsExactly("M MACYS INC 325.5", "BE BLOOM ENERGY 100.0");
    assertThat(r.stats().notes())
        .contains(
            "1 rows repeat a ticker already held (e.g. M): each is"
                + " added to that ticker's holding, as the fund's exposure to the company");
  }

  @Test
  void parse_smallFile_keepsEquityRowsAsAFundWithItsDateAndShares() {
    ParseResult r =
        Sources.parse("downloads/IWM_holdings.csv", ImportFormat.ISHARES_HOLDINGS, FILE);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("IWM");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(r.datasets().get(0).kind()).isEqualTo(DatasetKind.FUND_HOLDINGS);
    ConstituentSnapshot s = Sources.snapshot(r);
    assertThat(s.type()).isEqualTo(SnapshotType.FUND);
    assertThat(s.fundFacts().sharesOutstanding().getAsDouble()).isEqualTo(280_200_000.0);
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.constituent(0).symbol()).isEqualTo("BE");
    assertThat(s.constituent(0).value()).isEqualTo(860_855_470.00);
    assertThat(s.constituent(0).sector()).isEqualTo("Industrials");
    assertThat(s.constituent(0).earnings()).isEmpty();
    assertThat(s.constituent(1).symbol()).isEqualTo("OMNIAB INC $12.50 VESTING Prvt");
    assertThat(r.stats().rowsRead()).isEqualTo(4);
    assertThat(r.stats().rowsStored()).isEqualTo(2);
    assertThat(r.stats().firstSkipReasons())
        .containsExactly(
            "line 10 (XTSLA): not an equity holding (Money Market)",
            "line 11 (RTYM6): not an equity holding (Futures)");
    assertThat(r.stats().notes())
        .contains("1 equity holdings without a ticker ('-') are stored under their name");
  }

  @Test
  void parse_userTargetAndAsOf_overrideTheFile() {
    var source =
        Sources.withAsOf(
            Sources.withTarget(Sources.of("x.csv", ImportFormat.ISHARES_HOLDINGS, FILE), "R2K"),
            LocalDate.of(2026, 4, 13));
    ParseResult r = Sources.PARSER.parse(source);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("R2K");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 4, 13));
  }

  @Test
  void parse_noTargetAndNoTickerInFileName_asksForTheTargetId() {
    assertThatThrownBy(() -> Sources.parse("holdings.csv", ImportFormat.ISHARES_HOLDINGS, FILE))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("target_id"))
        .hasMessageContaining("'holdings.csv'");
  }

  @Test
  void parse_badHoldingsDate_failsAtTheDateCell() {
    String file = FILE.replace("\"Apr 10, 2026\"", "\"10/04/2026\"");
    // "Fund Holdings as of," is 20 characters: the date cell starts at column 21.
    assertThatThrownBy(() -> Sources.parse("IWM_holdings.csv", ImportFormat.ISHARES_HOLDINGS, file))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 21));
  }

  @Test
  void parse_badGrouping_failsAtTheMarketValueCell() {
    String file = FILE.replace("\"860,855,470.00\"", "\"86,0855,470.00\"");
    // "BE","BLOOM ENERGY CLASS A CORP","Industrials","Equity", is 56 characters.
    assertThatThrownBy(() -> Sources.parse("IWM_holdings.csv", ImportFormat.ISHARES_HOLDINGS, file))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> {
              assertThat(new long[] {e.line(), e.column()}).containsExactly(8, 57);
              assertThat(e.problem()).startsWith("expected a number in column 'Market Value'");
            });
  }

  @Test
  void parse_fileWithoutPreamble_usesTheImportDateWithANote() {
    ParseResult r =
        Sources.parse(
            "IJR_holdings.csv",
            ImportFormat.ISHARES_HOLDINGS,
            HEADER
                + "\"GME\",\"GAMESTOP\",\"Consumer"
                + " Discretionary\",\"Equity\",\"975,402,725.00\",\"1.38\"\n");
    assertThat(r.datasets().get(0).targetId()).isEqualTo("IJR");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(Sources.IMPORT_DATE);
    assertThat(r.stats().notes()).anyMatch(n -> n.startsWith("as-of date not in file"));
    assertThat(Sources.snapshot(r).fundFacts().sharesOutstanding()).isEmpty();
  }

  @Test
  void parse_noHeader_isMalformed() {
    assertThatThrownBy(
            () -> Sources.parse("IWM_holdings.csv", ImportFormat.ISHARES_HOLDINGS, PREAMBLE))
        .isInstanceOf(MalformedFileException.class)
        .hasMessageContaining("no holdings header");
  }
}
