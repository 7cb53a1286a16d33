package io.capshift.adapter.persistence.importer;

import io.capshift.adapter.persistence.importer.SeriesTable.Cell;
import io.capshift.adapter.persistence.importer.SeriesTable.Column;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import java.util.List;

/**
 * The monthly sheet of Welch and Goyal's equity-premium predictors ({@code PredictorData<year>}):
 * {@code yyyymm} (stored as the first of the month), the S&amp;P 500 level at month end (quoted
 * with thousands separators from 1998), trailing dividends and earnings, and the predictors, all
 * already decimals. {@code NaN} or a blank cell is an absent point. The as-of date is the last
 * month with a price.
 */
final class GoyalWelchReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.GOYAL_WELCH_MONTHLY,
          Detection.byColumns("yyyymm", "e12"),
          false,
          GoyalWelchReader::new);

  static final String DEFAULT_TARGET = "goyal-welch";
  private static final String MONTHLY_RETURN = "decimal return per month";
  static final SeriesTable.Spec SPEC =
      new SeriesTable.Spec(
          "yyyymm",
          List.of(DateStyle.YYYYMM),
          List.of(
              new Column("Index", "price", "index points (S&P 500 at month end)", Cell.GROUPED),
              new Column("D12", "dividend", Units.USD_PER_SHARE_TTM, Cell.PLAIN),
              new Column("E12", "earnings", Units.USD_PER_SHARE_TTM, Cell.PLAIN),
              new Column("tbl", "tbl", Units.DECIMAL_RATE + ", 3-month T-bill", Cell.PLAIN),
              new Column(
                  "lty", "lty", Units.DECIMAL_RATE + ", long-term government yield", Cell.PLAIN)),
          List.of(
              new Column(
                  "b/m", "bm", "ratio, book-to-market of the Dow Jones Industrials", Cell.PLAIN),
              new Column("AAA", "aaa", Units.DECIMAL_RATE + ", Moody's Aaa yield", Cell.PLAIN),
              new Column("BAA", "baa", Units.DECIMAL_RATE + ", Moody's Baa yield", Cell.PLAIN),
              new Column(
                  "ntis",
                  "ntis",
                  "decimal, 12-month net equity expansion of NYSE stocks",
                  Cell.PLAIN),
              new Column("Rfree", "rfree", MONTHLY_RETURN + ", risk-free rate", Cell.PLAIN),
              new Column("infl", "infl", "decimal change per month, CPI inflation", Cell.PLAIN),
              new Column("ltr", "ltr", MONTHLY_RETURN + ", long-term government bonds", Cell.PLAIN),
              new Column(
                  "corpr", "corpr", MONTHLY_RETURN + ", long-term corporate bonds", Cell.PLAIN),
              new Column(
                  "svar", "svar", "variance per month, sum of squared daily returns", Cell.PLAIN),
              new Column("csp", "csp", "decimal, cross-sectional beta premium", Cell.PLAIN),
              new Column(
                  "CRSP_SPvw",
                  "crsp_spvw",
                  MONTHLY_RETURN + ", CRSP S&P 500 value-weighted",
                  Cell.PLAIN),
              new Column(
                  "CRSP_SPvwx",
                  "crsp_spvwx",
                  MONTHLY_RETURN + ", CRSP S&P 500 value-weighted, without dividends",
                  Cell.PLAIN)),
          List.of("NaN"),
          false);

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.GOYAL_WELCH_MONTHLY);
    List<String> required = SPEC.requiredHeaders();
    Header header = Header.of(csv, Records.requireHeader(csv, required.toString()), required);
    SeriesTable table = SeriesTable.read(csv, header, SPEC, target, tally);
    table.note(tally);
    tally.note("yields and returns are decimals in this file and are stored as given");
    return Records.series(
        target,
        tally.asOf(source, table.lastDate("price")),
        "Welch and Goyal monthly predictors (Amit Goyal), " + Targets.baseName(csv.fileName()),
        table,
        tally);
  }
}
