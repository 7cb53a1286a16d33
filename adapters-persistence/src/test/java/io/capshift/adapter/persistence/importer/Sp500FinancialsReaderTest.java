package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.in.ImportStats;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.MalformedFileException;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class Sp500FinancialsReaderTest {
  private static final double TOL = 1e-6;
  static final String HEADER =
      "Symbol,Name,Sector,Price,Price/Earnings,Dividend Yield,Earnings/Share,52 Week Low,"
          + "52 Week High,Market Cap,EBITDA,Price/Sales,Price/Book,SEC Filings\r\n";
  // AAA: MC 1e9, P/E 25 -> E = 1e9/25 = 4e7; D = 0.02 x 1e9 = 2e7; B = 1e9/-8 = -1.25e8;
  //      S = 1e9/4 = 2.5e8.
  // BBB: no P/E -> E = MC x EPS / Price = 5e8 x -2.5 / 50 = -2.5e7; P/B 0 -> no book;
  //      S = 5e8/2 = 2.5e8; blank yield -> a non-payer, dividends 0.
  // CCC: no market cap -> skipped. DDD: value only, kept without earnings.
  private static final String FILE =
      "\uFEFF"
          + HEADER
          + "AAA,\"Alpha, Inc.\",Application"
          + " Software,100,25,0.02,4,1,2,1000000000,5,4,-8,http://a\r\n"
          + "BBB,Beta Corp,Banks,50,,,-2.5,1,2,500000000,5,2,0,http://b\r\n"
          + "CCC,Gamma,Retail,,,,,1,2,,5,,,http://c\r\n"
          + "DDD,Delta,Utilities,,,,,,,200000000,,,,\r\n";

  @Test
  void parse_smallFile_derivesEarningsDividendsBookAndSalesByTheDocumentedRules() {
    ParseResult r =
        Sources.parse("constituents-financials.csv", ImportFormat.SP500_FINANCIALS, FILE);
    assertThat(r.datasets())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.targetId()).isEqualTo("sp500");
              assertThat(d.asOf()).isEqualTo(Sources.IMPORT_DATE);
              assertThat(d.kind()).isEqualTo(DatasetKind.INDEX_CONSTITUENTS);
            });
    ConstituentSnapshot s = Sources.snapshot(r);
    assertThat(s.type()).isEqualTo(SnapshotType.INDEX);
    Constituent a = s.constituent(0);
    assertThat(a.name()).isEqualTo("Alpha, Inc.");
    assertThat(a.sector()).isEqualTo("Application Software");
    assertThat(a.value()).isEqualTo(1e9);
    assertThat(a.earnings().getAsDouble()).isCloseTo(4e7, org.assertj.core.data.Offset.offset(TOL));
    assertThat(a.dividends().getAsDouble())
        .isCloseTo(2e7, org.assertj.core.data.Offset.offset(TOL));
    assertThat(a.bookValue().getAsDouble()).isEqualTo(-1.25e8);
    assertThat(a.sales().getAsDouble()).isEqualTo(2.5e8);
    Constituent b = s.constituent(1);
    assertThat(b.earnings().getAsDouble()).isEqualTo(-2.5e7);
    assertThat(b.dividends()).hasValue(0); // blank yield: a non-payer
    assertThat(b.bookValue()).isEmpty();
    assertThat(b.sales().getAsDouble()).isEqualTo(2.5e8);
    Constituent d = s.constituent(2);
    assertThat(d.symbol()).isEqualTo("DDD");
    assertThat(d.earnings()).isEqualTo(OptionalDouble.empty());
    ImportStats st = r.stats();
    assertThat(st.format()).isEqualTo(ImportFormat.SP500_FINANCIALS);
    assertThat(new long[] {st.rowsRead(), st.rowsStored(), st.rowsSkipped()})
        .containsExactly(4, 3, 1);
    assertThat(st.firstSkipReasons()).containsExactly("line 4 (CCC): no market cap");
    assertThat(st.notes())
        .contains(
            "as-of date not in file: stored as undated, under the import date 2026-11-24 (pass"
                + " --as-of to date it)")
        .anyMatch(n -> n.endsWith("(by P/E: 1, by EPS: 1, no earnings data: 1)"));
  }

  @Test
  void parse_givenTargetAndAsOf_areUsedWithoutANote() {
    var source =
        Sources.withAsOf(
            Sources.withTarget(Sources.of("f.csv", ImportFormat.SP500_FINANCIALS, FILE), "SPX"),
            LocalDate.of(2026, 8, 22));
    ParseResult r = Sources.PARSER.parse(source);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("SPX");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 8, 22));
    assertThat(r.stats().notes()).noneMatch(n -> n.startsWith("as-of"));
  }

  @Test
  void parse_malformedMarketCap_failsAtItsLineAndColumn() {
    // "EEE,Eps,Sec,10,,,,1,2,abc": Market Cap is the 10th field and starts at column 23.
    String file = HEADER + "AAA,A,S,1,1,,1,1,1,10,,,,x\r\nEEE,Eps,Sec,10,,,,1,2,abc,,,,x\r\n";
    assertThatThrownBy(() -> Sources.parse("f.csv", ImportFormat.SP500_FINANCIALS, file))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(23);
              assertThat(e.problem())
                  .isEqualTo("expected a number in column 'Market Cap', found 'abc'");
            });
  }

  @Test
  void parse_missingColumnOrWrongFieldCount_isMalformed() {
    assertThatThrownBy(
            () -> Sources.parse("f.csv", ImportFormat.SP500_FINANCIALS, "Symbol,Name\nA,B\n"))
        .isInstanceOf(MalformedFileException.class)
        .hasMessageContaining("no column 'Sector'");
    assertThatThrownBy(
            () -> Sources.parse("f.csv", ImportFormat.SP500_FINANCIALS, HEADER + "A,B\n"))
        .isInstanceOfSatisfying(
            MalformedFileException.class, e -> assertThat(e.line()).isEqualTo(2))
        .hasMessageContaining("expected 14 fields");
  }

  @Test
  void parse_manySkips_keepsOnlyTheFirstReasons() {
    StringBuilder file = new StringBuilder(HEADER).append("AAA,A,S,1,1,,1,1,1,10,,,,x\n");
    for (int i = 0; i < 12; i++) {
      file.append("S").append(i).append(",N,S,1,1,,1,1,1,,,,,x\n");
    }
    ImportStats st = Sources.parse("f.csv", ImportFormat.SP500_FINANCIALS, file.toString()).stats();
    assertThat(st.rowsSkipped()).isEqualTo(12);
    assertThat(st.firstSkipReasons())
        .hasSize(ImportStats.MAX_SKIP_REASONS)
        .startsWith("line 3 (S0): no market cap");
  }

  @Test
  void parse_everyRowSkipped_isMalformedNotAnEmptyDataset() {
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "f.csv", ImportFormat.SP500_FINANCIALS, HEADER + "A,N,S,,,,,,,,,,,\n"))
        .isInstanceOf(MalformedFileException.class)
        .hasMessageContaining("no usable row");
  }
}
