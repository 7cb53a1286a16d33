package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.rates.FuturesStrip;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Barchart fed funds contract list and capshift's futures strip CSV. */
class FuturesReadersTest {
  private static final String BARCHART_HEADER =
      "\"Exp Date\",Symbol,\"Contract Name\",Last,\"52W High\",\"52W High Date\",\"52W Low\","
          + "\"52W Low Date\",\"52W %Chg\",Time\n";
  private static final String BARCHART =
      BARCHART_HEADER
          + "2025-09-30,ZQU25,\"30-Day Fed Funds September 2025 Futures\",95.7,95.9,2025-09-01,"
          + "95.5,2025-01-02,+0.10%,2025-09-30\n"
          + "2025-10-31,ZQV25,\"30-Day Fed Funds October 2025 Futures\",95.9,96,2025-10-01,"
          + "95.6,2025-01-02,0.00%,2025-10-31\n"
          + "2025-11-28,ZQX25,\"30-Day Fed Funds November 2025 Futures\",96.1175,96.2,"
          + "2025-10-16,95.7,2025-01-10,+0.01%,16:59 CT\n"
          + "2025-12-31,ZQZ25,\"30-Day Fed Funds December 2025 Futures\",96.23,96.3,2025-10-16,"
          + "95.8,2025-01-10,0.00%,16:59 CT\n"
          + "2026-01-30,ZQF26,\"30-Day Fed Funds January 2026 Futures\",96.30,96.4,2025-10-16,"
          + "95.9,2025-01-10,-0.01%,16:59 CT\n"
          + "\"Downloaded from Barchart.com as of 11-02-2025 10:55pm CST\"\n";
  private static final String SHORT_HEADER = "\"Exp Date\",Symbol,\"Contract Name\",Last\n";
  private static final String STRIP =
      "# capshift-futures-strip v1\n"
          + "# id: zq\n"
          + "# as_of: 2025-11-02\n"
          + "contract_month,price\n"
          + "2025-11,96.1175\n"
          + "# a comment between rows is fine\n"
          + "2026-03,96.41\n"
          + "2025-12,96.23\n";

  @Test
  void barchart_keepsLiveContracts_skipsExpired_asOfFromFileName() {
    ParseResult r =
        Sources.parse(
            "dl/barchart_ZQ_asof_2025-11-02.csv",
            ImportFormat.BARCHART_FED_FUNDS_CONTRACTS,
            BARCHART);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("fed-funds-futures");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2025, 11, 2));
    assertThat(r.datasets().get(0).kind()).isEqualTo(DatasetKind.FUTURES_STRIP);
    FuturesStrip s = strip(r);
    assertThat(s.asOf()).isEqualTo(LocalDate.of(2025, 11, 2));
    assertThat(s.prices())
        .containsExactly(
            java.util.Map.entry(YearMonth.of(2025, 11), 96.1175),
            java.util.Map.entry(YearMonth.of(2025, 12), 96.23),
            java.util.Map.entry(YearMonth.of(2026, 1), 96.30));
    assertThat(r.stats().rowsRead()).isEqualTo(5);
    assertThat(r.stats().rowsStored()).isEqualTo(3);
    assertThat(r.stats().rowsSkipped()).isEqualTo(2);
    assertThat(r.stats().firstSkipReasons())
        .containsExactly(
            "line 2 (ZQU25): expired before the as-of month",
            "line 3 (ZQV25): expired before the as-of month");
    assertThat(r.stats().notes())
        .contains(
            "prices of 2025-11-02, Barchart's download date",
            "as-of date 2025-11-02, the prices' date");
  }

  /**
   * A strip dated before its prices would read final settlements of the contracts expired since:
   * refused, unless the user states the prices are of that date.
   */
  @Test
  void barchart_asOfBeforeThePricesDate_refusedUnlessThePricesDateIsStated() {
    ImportSource early =
        Sources.withAsOf(
            Sources.of("zq.csv", ImportFormat.BARCHART_FED_FUNDS_CONTRACTS, BARCHART),
            LocalDate.of(2025, 9, 15));

    assertThatThrownBy(() -> Sources.PARSER.parse(early))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("as_of"))
        .hasMessageContaining(
            "zq.csv: the prices in this file are of 2025-11-02: each contract expired since then"
                + " shows its final settlement, so a strip as of 2025-09-15 would see the future")
        .hasMessageContaining("--prices-as-of");

    ParseResult stated =
        Sources.PARSER.parse(
            new ImportSource(
                "zq.csv",
                ImportFormat.BARCHART_FED_FUNDS_CONTRACTS,
                Optional.empty(),
                Optional.of(LocalDate.of(2025, 9, 15)),
                Sources.IMPORT_DATE,
                new java.io.ByteArrayInputStream(
                    BARCHART.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Optional.of(LocalDate.of(2025, 9, 15))));
    assertThat(strip(stated).firstMonth()).isEqualTo(YearMonth.of(2025, 9));
    assertThat(stated.stats().notes())
        .contains("prices taken to be of 2025-09-15, as the user states");
  }

  @Test
  void barchart_userAsOfAndTarget_win_elseImportDateWithANote() {
    ParseResult mine =
        Sources.PARSER.parse(
            Sources.withTarget(
                Sources.withAsOf(
                    Sources.of(
                        "zq_asof_2025-11-02.csv",
                        ImportFormat.BARCHART_FED_FUNDS_CONTRACTS,
                        BARCHART),
                    LocalDate.of(2025, 12, 15)),
                "zq"));
    assertThat(mine.datasets().get(0).targetId()).isEqualTo("zq");
    assertThat(strip(mine).firstMonth()).isEqualTo(YearMonth.of(2025, 12));
    assertThat(mine.stats().rowsSkipped()).isEqualTo(3);
    assertThat(mine.stats().notes()).noneMatch(n -> n.contains("file name"));
    // No date in the name: the footer's download date.
    assertThat(
            Sources.parse("zq.csv", ImportFormat.BARCHART_FED_FUNDS_CONTRACTS, BARCHART)
                .datasets()
                .get(0)
                .asOf())
        .isEqualTo(LocalDate.of(2025, 11, 2));
    ParseResult fallback =
        Sources.parse(
            "zq.csv",
            ImportFormat.BARCHART_FED_FUNDS_CONTRACTS,
            SHORT_HEADER + "2026-12-31,ZQZ26,Dec,96.9\n");
    assertThat(fallback.datasets().get(0).asOf()).isEqualTo(Sources.IMPORT_DATE);
    assertThat(fallback.stats().notes())
        .anyMatch(
            n ->
                n.startsWith(
                    "as-of date not in file: stored as undated, under the import date 2026-11-24"));
    // No date anywhere: the import date 2026-11-24 is after every contract.
    Sources.assertMalformedAt(
        0,
        0,
        "no live contract",
        () ->
            Sources.parse(
                "zq.csv",
                ImportFormat.BARCHART_FED_FUNDS_CONTRACTS,
                BARCHART.substring(0, BARCHART.indexOf("\"Downloaded"))));
  }

  /**
   * Barchart dates some expired contracts on the next month's first business day: ZQN24 (July)
   * "expires" 2024-08-01 and ZQQ24 (August) 2024-08-30. The month comes from the symbol.
   */
  @Test
  void barchart_expiryOnNextMonthsFirstDays_monthFromTheSymbol() {
    var r =
        Sources.PARSER.parse(
            Sources.withAsOf(
                Sources.of(
                    "zq.csv",
                    ImportFormat.BARCHART_FED_FUNDS_CONTRACTS,
                    SHORT_HEADER + "2024-08-01,ZQN24,Jul,94.67\n2024-08-30,ZQQ24,Aug,94.67\n"),
                java.time.LocalDate.of(2024, 6, 3)));

    var strip =
        ((io.capshift.application.port.out.DatasetContent.Futures) r.datasets().get(0).content())
            .strip();
    assertThat(strip.prices().keySet())
        .containsExactly(java.time.YearMonth.of(2024, 7), java.time.YearMonth.of(2024, 8));
  }

  @Test
  void barchart_malformedCells_areReportedAtTheirLineAndColumn() {
    // "2025-11-28,ZQX25,Nov," is 21 characters: Last starts at column 22.
    Sources.assertMalformedAt(
        3,
        22,
        "expected a number in column 'Last'",
        () -> parseBarchart(SHORT_HEADER + "2025-11-28,ZQX25,Nov,96.1\n2025-12-31,ZQZ25,Dec,x\n"));
    Sources.assertMalformedAt(
        2,
        22,
        "expected a futures price above 0 and at most 100",
        () -> parseBarchart(SHORT_HEADER + "2025-11-28,ZQX25,Nov,0\n"));
    Sources.assertMalformedAt(
        2,
        1,
        "expected a date YYYY-MM-DD in column 'Exp Date'",
        () -> parseBarchart(SHORT_HEADER + "2025-13-28,ZQX25,Nov,96.1\n"));
    // "2025-11-30," is 11 characters: Symbol starts at column 12.
    Sources.assertMalformedAt(
        3,
        12,
        "contract month 2025-11 is already given on line 2",
        () -> parseBarchart(SHORT_HEADER + "2025-11-28,ZQX25,Nov,96\n2025-11-30,ZQX25,Nov,96\n"));
    Sources.assertMalformedAt(
        2,
        12,
        "expected a 30-day fed funds symbol such as ZQZ25, found 'ESZ25'",
        () -> parseBarchart(SHORT_HEADER + "2025-12-19,ESZ25,Dec,96\n"));
    Sources.assertMalformedAt(
        2,
        1,
        "ZQX25 is the 2025-11 contract but expires on 2025-12-31",
        () -> parseBarchart(SHORT_HEADER + "2025-12-31,ZQX25,Nov,96\n"));
    Sources.assertMalformedAt(
        2, 1, "expected 4 fields", () -> parseBarchart(SHORT_HEADER + "2025-11-28,ZQX25,96\n"));
    Sources.assertMalformedAt(
        1, 1, "no column 'Last'", () -> parseBarchart("\"Exp Date\",Symbol,\"Contract Name\"\n"));
  }

  @Test
  void strip_readsMetadataAndRows_inMonthOrder() {
    ParseResult r = Sources.parse("strip.csv", ImportFormat.CAPSHIFT_FUTURES_STRIP, STRIP);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("zq");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2025, 11, 2));
    FuturesStrip s = strip(r);
    assertThat(s.prices().keySet())
        .containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 3));
    assertThat(s.prices().get(YearMonth.of(2026, 3))).isEqualTo(96.41);
    assertThat(s.impliedRate(YearMonth.of(2025, 12)).getAsDouble()).isCloseTo(0.0377, within());
    assertThat(r.stats().rowsRead()).isEqualTo(3);
    assertThat(r.stats().rowsStored()).isEqualTo(3);
    assertThat(r.stats().notes()).isEmpty();
  }

  @Test
  void strip_withoutMetadata_usesDefaultTargetAndImportDate() {
    ParseResult r =
        Sources.parse(
            "s.csv", ImportFormat.CAPSHIFT_FUTURES_STRIP, "contract_month,price\n2027-01,97\n");
    assertThat(r.datasets().get(0).targetId()).isEqualTo("fed-funds-futures");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(Sources.IMPORT_DATE);
    assertThat(r.stats().notes())
        .anyMatch(
            n ->
                n.startsWith(
                    "as-of date not in file: stored as undated, under the import date 2026-11-24"));
  }

  @Test
  void strip_malformedInput_isReportedWhereItStands() {
    String h = "contract_month,price\n";
    Sources.assertMalformedAt(
        2, 1, "expected a month YYYY-MM", () -> parseStrip(h + "2025-13,96\n"));
    Sources.assertMalformedAt(
        2, 1, "expected a month YYYY-MM", () -> parseStrip(h + "2025-11-02,96\n"));
    // "2025-11," is 8 characters: the price starts at column 9.
    Sources.assertMalformedAt(
        2,
        9,
        "expected a futures price above 0 and at most 100",
        () -> parseStrip(h + "2025-11,100.5\n"));
    Sources.assertMalformedAt(
        2,
        9,
        "expected a futures price above 0 and at most 100",
        () -> parseStrip(h + "2025-11,\n"));
    Sources.assertMalformedAt(
        3,
        9,
        "expected a number in column 'price'",
        () -> parseStrip(h + "2025-11,96\n2025-12,9x\n"));
    Sources.assertMalformedAt(
        4,
        1,
        "contract month 2025-11 is already given on line 2",
        () -> parseStrip(h + "2025-11,96\n2025-12,96\n2025-11,97\n"));
    // "contract_month," is 15 characters: the misspelt column starts at 16.
    Sources.assertMalformedAt(
        1, 16, "unknown column 'prise'", () -> parseStrip("contract_month,prise,price\n"));
    // "# as_of: " is 9 characters: the value starts at column 10.
    Sources.assertMalformedAt(
        1,
        10,
        "'# as_of:' must be a date",
        () -> parseStrip("# as_of: 2025-11-31\n" + h + "2025-11,96\n"));
    Sources.assertMalformedAt(
        1, 7, "'# id:' must be", () -> parseStrip("# id: not an id\n" + h + "2025-11,96\n"));
    Sources.assertMalformedAt(0, 0, "no contracts", () -> parseStrip(h));
    Sources.assertMalformedAt(0, 0, "no header", () -> parseStrip("# as_of: 2025-11-02\n"));
  }

  @Test
  void autoDetection_tellsBothFormatsByHeader() {
    ParseResult barchart =
        Sources.parse("zq_asof_2025-11-02.csv", ImportFormat.AUTO, "\uFEFF" + BARCHART);
    assertThat(barchart.stats().format()).isEqualTo(ImportFormat.BARCHART_FED_FUNDS_CONTRACTS);
    assertThat(barchart.stats().rowsStored()).isEqualTo(3);
    ParseResult strip = Sources.parse("s.csv", ImportFormat.AUTO, STRIP);
    assertThat(strip.stats().format()).isEqualTo(ImportFormat.CAPSHIFT_FUTURES_STRIP);
    assertThat(strip.stats().rowsStored()).isEqualTo(3);
  }

  private static ParseResult parseBarchart(String text) {
    return Sources.parse("zq_asof_2025-11-02.csv", ImportFormat.BARCHART_FED_FUNDS_CONTRACTS, text);
  }

  private static ParseResult parseStrip(String text) {
    return Sources.parse("s.csv", ImportFormat.CAPSHIFT_FUTURES_STRIP, text);
  }

  private static FuturesStrip strip(ParseResult r) {
    return ((DatasetContent.Futures) r.datasets().get(0).content()).strip();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-12);
  }
}
