package io.capshift.adapter.persistence.importer;

import io.capshift.adapter.persistence.importer.SeriesTable.Cell;
import io.capshift.adapter.persistence.importer.SeriesTable.Column;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import java.util.List;

/**
 * Robert Shiller's monthly table ({@code ie_data.xls}, sheet Data) converted to CSV: {@code date}
 * as YYYY-MM (stored as the first of the month), the S&amp;P Composite price (monthly average of
 * daily closes), trailing dividends and earnings, CPI, the 10-year Treasury yield in percent and
 * CAPE. A blank cell is an absent point. The as-of date is the last month with a price.
 */
final class ShillerMonthlyReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.SHILLER_MONTHLY,
          Detection.byColumns("date", "sp_comp_price"),
          false,
          ShillerMonthlyReader::new);

  static final String DEFAULT_TARGET = "shiller";
  static final SeriesTable.Spec SPEC =
      new SeriesTable.Spec(
          "date",
          List.of(DateStyle.YEAR_MONTH),
          List.of(
              new Column(
                  "sp_comp_price",
                  "price",
                  "index points (S&P Composite, monthly average of daily closes)",
                  Cell.PLAIN),
              new Column("dividend", "dividend", Units.USD_PER_SHARE_TTM, Cell.PLAIN),
              new Column("earnings", "earnings", Units.USD_PER_SHARE_TTM, Cell.PLAIN),
              new Column("cpi", "cpi", "index (CPI-U, 1982-84 = 100)", Cell.PLAIN),
              new Column("gs10_long_rate", "gs10", Units.DECIMAL_RATE, Cell.PERCENT),
              new Column(
                  "cape",
                  "cape",
                  Units.MULTIPLE + ", real price / 10-year average of real earnings",
                  Cell.PLAIN)),
          List.of(),
          List.of(),
          false);

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.SHILLER_MONTHLY);
    List<String> required = SPEC.requiredHeaders();
    Header header = Header.of(csv, Records.requireHeader(csv, required.toString()), required);
    SeriesTable table = SeriesTable.read(csv, header, SPEC, target, tally);
    table.note(tally);
    tally.note("gs10_long_rate is in percent: stored as decimal rates");
    return Records.series(
        target,
        tally.asOf(source, table.lastDate("price")),
        "Robert Shiller, ie_data (S&P Composite monthly), " + Targets.baseName(csv.fileName()),
        table,
        tally);
  }
}
