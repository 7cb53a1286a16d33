package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.rates.FuturesStrip;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * capshift's futures strip CSV (docs/data-formats.md): '#' comment lines with {@code # as_of:
 * YYYY-MM-DD} (and an optional {@code # id:}), then {@code contract_month,price}, one contract a
 * row, {@code contract_month} as YYYY-MM and {@code price} the 30-day fed funds futures price (e.g.
 * 96.23). Unknown or repeated columns and repeated months are errors. The as-of date is the user's,
 * else the file's, else the import date.
 */
final class FuturesStripReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.CAPSHIFT_FUTURES_STRIP,
          Detection.byColumns("contract_month", "price"),
          true,
          FuturesStripReader::new);

  static final String DEFAULT_TARGET = "fed-funds-futures";
  static final List<String> COLUMNS = List.of("contract_month", "price");

  /** The domain's bound: a price above 100 would imply a negative average rate. */
  private static final double MAX_PRICE = 100;

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    ImportTally tally = new ImportTally(ImportFormat.CAPSHIFT_FUTURES_STRIP);
    CapshiftPreamble pre = CapshiftPreamble.read(csv, Set.of("as_of", "id"));
    if (pre.header() == null) {
      throw csv.malformed(0, 0, "the file has no header (expected " + COLUMNS + ")");
    }
    Header header = Header.exact(csv, pre.header(), COLUMNS, Set.copyOf(COLUMNS));
    String target =
        Targets.fromSource(source).or(() -> Targets.fromPreamble(csv, pre)).orElse(DEFAULT_TARGET);
    Optional<LocalDate> fileAsOf = new CapshiftMetadata(csv, pre).asOf();
    Map<YearMonth, Double> prices = new TreeMap<>();
    Map<YearMonth, Long> seen = new HashMap<>();
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      YearMonth month = YearMonth.from(row.date("contract_month", DateStyle.YEAR_MONTH));
      Long earlier = seen.putIfAbsent(month, row.line());
      if (earlier != null) {
        throw row.error(
            "contract_month", "contract month " + month + " is already given on line " + earlier);
      }
      prices.put(month, price(row, "price"));
      tally.stored();
    }
    if (prices.isEmpty()) {
      throw csv.malformed(0, 0, "the file lists no contracts");
    }
    LocalDate asOf = tally.asOf(source, fileAsOf);
    ParsedDataset dataset =
        new ParsedDataset(
            target,
            asOf,
            "capshift futures strip, " + Targets.baseName(csv.fileName()),
            new DatasetContent.Futures(FuturesStrip.of(asOf, prices)));
    return Records.one(dataset, tally);
  }

  /**
   * The futures price in column {@code name}: a number in (0, 100].
   *
   * @throws io.capshift.domain.error.MalformedFileException if blank, not a number or out of range
   */
  static double price(Row row, String name) {
    OptionalDouble price = row.number(name, NumberStyle.PLAIN);
    if (price.isEmpty() || !(price.getAsDouble() > 0) || !(price.getAsDouble() <= MAX_PRICE)) {
      throw row.error(
          name,
          "expected a futures price above 0 and at most 100 in column '"
              + name
              + "', found "
              + Text.quote(row.text(name)));
    }
    return price.getAsDouble();
  }
}
