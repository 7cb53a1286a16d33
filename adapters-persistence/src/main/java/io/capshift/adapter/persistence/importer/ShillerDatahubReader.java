package io.capshift.adapter.persistence.importer;

import io.capshift.adapter.persistence.importer.SeriesTable.Cell;
import io.capshift.adapter.persistence.importer.SeriesTable.Column;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import java.util.List;

/**
 * The datahub.io copy of Shiller's table ({@code datasets/s-and-p-500}): {@code Date} as
 * YYYY-MM-DD, {@code SP500}, {@code Dividend}, {@code Earnings}, {@code Consumer Price Index},
 * {@code Long Interest Rate} (percent) and {@code PE10}. The copy writes 0 where it has no value
 * (every column but SP500 from 2023-07, PE10 in 1871–1880), so a 0 is read as missing in every
 * column and never stored. The as-of date is the last month with a price.
 */
final class ShillerDatahubReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.SHILLER_DATAHUB,
          Detection.byColumns("date", "sp500", "pe10"),
          false,
          ShillerDatahubReader::new);

  static final String DEFAULT_TARGET = "shiller-datahub";
  static final SeriesTable.Spec SPEC =
      new SeriesTable.Spec(
          "Date",
          List.of(DateStyle.ISO),
          List.of(
              new Column(
                  "SP500",
                  "price",
                  "index points (S&P Composite monthly average; FRED SP500 from 2023-07)",
                  Cell.PLAIN),
              new Column("Dividend", "dividend", Units.USD_PER_SHARE_TTM, Cell.PLAIN),
              new Column("Earnings", "earnings", Units.USD_PER_SHARE_TTM, Cell.PLAIN),
              new Column("Consumer Price Index", "cpi", "index (CPI-U, 1982-84 = 100)", Cell.PLAIN),
              new Column("Long Interest Rate", "gs10", Units.DECIMAL_RATE, Cell.PERCENT),
              new Column(
                  "PE10",
                  "cape",
                  Units.MULTIPLE + ", real price / 10-year average of real earnings",
                  Cell.PLAIN)),
          List.of(),
          List.of(),
          true);

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.SHILLER_DATAHUB);
    List<String> required = SPEC.requiredHeaders();
    Header header = Header.of(csv, Records.requireHeader(csv, required.toString()), required);
    SeriesTable table = SeriesTable.read(csv, header, SPEC, target, tally);
    table.note(tally);
    tally.note("Long Interest Rate is in percent: stored as decimal rates");
    return Records.series(
        target,
        tally.asOf(source, table.lastDate("price")),
        "Robert Shiller via datahub.io s-and-p-500, " + Targets.baseName(csv.fileName()),
        table,
        tally);
  }
}
