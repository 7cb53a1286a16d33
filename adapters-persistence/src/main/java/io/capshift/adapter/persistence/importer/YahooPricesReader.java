package io.capshift.adapter.persistence.importer;

import io.capshift.adapter.persistence.importer.SeriesTable.Cell;
import io.capshift.adapter.persistence.importer.SeriesTable.Column;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yahoo Finance daily prices, {@code Date,Open,High,Low,Close[,Adj Close],Volume} in any column
 * order: series {@code close} and, where the file has it, {@code adj_close} (split- and
 * dividend-adjusted, the one to compute returns from). The target is {@code <ticker>-price} from a
 * file name {@code yf_<TICKER>_…}, else the user's id. As-of: the last date with a close.
 */
final class YahooPricesReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.YAHOO_DAILY_PRICES,
          Detection.byColumns("date", "close", "open", "high", "low"),
          false,
          YahooPricesReader::new);

  private static final Pattern FILE = Pattern.compile("yf_([A-Za-z0-9]+)_.*");
  private static final String NO_ADJUSTED =
      "price as published; without an Adj Close column, the"
          + " source may have adjusted Close for splits and dividends (yfinance auto_adjust)";
  private static final Column ADJ_CLOSE =
      new Column("Adj Close", "adj_close", "price adjusted for splits and dividends", Cell.PLAIN);

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source).orElseGet(() -> targetOf(csv.fileName()));
    ImportTally tally = new ImportTally(ImportFormat.YAHOO_DAILY_PRICES);
    CsvRecord first = Records.requireHeader(csv, "Date,Open,High,Low,Close,Volume");
    Header header = Header.of(csv, first, List.of("Date", "Close"));
    boolean adjusted = header.has("Adj Close");
    Column close =
        new Column(
            "Close",
            "close",
            adjusted ? "price as published, not adjusted" : NO_ADJUSTED,
            Cell.PLAIN);
    SeriesTable.Spec spec =
        new SeriesTable.Spec(
            "Date",
            List.of(DateStyle.ISO),
            List.of(close),
            List.of(ADJ_CLOSE),
            List.of("null"),
            false);
    SeriesTable table = SeriesTable.read(csv, header, spec, target, tally);
    table.note(tally);
    return Records.series(
        target,
        tally.asOf(source, table.lastDate("close")),
        "Yahoo Finance daily prices, " + Targets.baseName(csv.fileName()),
        table,
        tally);
  }

  private static String targetOf(String fileName) {
    Matcher m = FILE.matcher(Targets.baseName(fileName));
    if (!m.matches()) {
      throw InvalidInputException.of(
          "target_id",
          "cannot tell the ticker from the file name "
              + Text.quote(Targets.baseName(fileName))
              + ": give a target id (--id spy-price)");
    }
    return m.group(1).toLowerCase(Locale.US) + "-price";
  }
}
