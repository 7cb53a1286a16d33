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
import java.util.TreeMap;

/**
 * Barchart's 30-day fed funds futures contract list: {@code "Exp Date",Symbol,"Contract
 * Name",Last,…}, one contract a row (expiry YYYY-MM-DD, the contract's last trading day), then a
 * one-cell "Downloaded from Barchart.com …" line, which ends the table. The contract month is the
 * symbol's ({@code ZQ} + CME month code + 2-digit year, 80–99 being the 1900s): Barchart dates some
 * expired contracts on the next month's first business day, so {@code Exp Date} must fall in that
 * month or the first week of the next; the price is {@code Last}. The stored strip is the live one
 * at the as-of date: contracts expiring before the as-of month are skipped. The as-of date is the
 * user's, else {@code asof_YYYY-MM-DD} in the file name, else the import date.
 */
final class BarchartFedFundsReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.BARCHART_FED_FUNDS_CONTRACTS,
          Detection.byColumns("expdate", "symbol", "contractname", "last"),
          false,
          BarchartFedFundsReader::new);

  static final String DEFAULT_TARGET = "fed-funds-futures";
  static final List<String> COLUMNS = List.of("Exp Date", "Symbol", "Contract Name", "Last");

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.BARCHART_FED_FUNDS_CONTRACTS);
    Header header = Header.of(csv, Records.requireHeader(csv, COLUMNS.toString()), COLUMNS);
    LocalDate asOf = asOf(source, csv.fileName(), tally);
    YearMonth asOfMonth = YearMonth.from(asOf);
    Map<YearMonth, Double> prices = new TreeMap<>();
    Map<YearMonth, Long> seen = new HashMap<>();
    // The contracts end at the first single-cell line: Barchart's "Downloaded from …" footer.
    for (CsvRecord r = Records.nextContent(csv);
        r != null && r.size() > 1;
        r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      YearMonth month = contractMonth(row);
      if (month.isBefore(asOfMonth)) {
        tally.skip(row.line(), row.text("Symbol"), "expired before the as-of month");
        continue;
      }
      Long earlier = seen.putIfAbsent(month, row.line());
      if (earlier != null) {
        throw row.error(
            "Symbol", "contract month " + month + " is already given on line " + earlier);
      }
      prices.put(month, FuturesStripReader.price(row, "Last"));
      tally.stored();
    }
    if (prices.isEmpty()) {
      throw csv.malformed(
          0, 0, "no live contract: every contract expired before the as-of month " + asOfMonth);
    }
    FuturesStrip strip = FuturesStrip.of(asOf, prices);
    tally.note(
        "stored the live strip "
            + strip.firstMonth()
            + " … "
            + strip.lastMonth()
            + " ("
            + prices.size()
            + " contract months)");
    ParsedDataset dataset =
        new ParsedDataset(
            target,
            asOf,
            "Barchart 30-day fed funds futures (CME ZQ), " + Targets.baseName(csv.fileName()),
            new DatasetContent.Futures(strip));
    return Records.one(dataset, tally);
  }

  private static final java.util.regex.Pattern SYMBOL =
      java.util.regex.Pattern.compile("ZQ([FGHJKMNQUVXZ])(\\d{2})");
  private static final String MONTH_CODES = "FGHJKMNQUVXZ";

  /** The month the symbol names, checked against the expiry date. */
  private static YearMonth contractMonth(Row row) {
    String symbol = row.text("Symbol");
    java.util.regex.Matcher m = SYMBOL.matcher(symbol);
    if (!m.matches()) {
      throw row.error(
          "Symbol",
          "expected a 30-day fed funds symbol such as ZQZ25, found " + Text.quote(symbol));
    }
    int yy = Integer.parseInt(m.group(2));
    YearMonth month =
        YearMonth.of(
            yy >= 80 ? 1900 + yy : 2000 + yy, MONTH_CODES.indexOf(m.group(1).charAt(0)) + 1);
    LocalDate expiry = row.date("Exp Date");
    boolean inMonth = YearMonth.from(expiry).equals(month);
    boolean earlyNext =
        YearMonth.from(expiry).equals(month.plusMonths(1)) && expiry.getDayOfMonth() <= 7;
    if (!inMonth && !earlyNext) {
      throw row.error(
          "Exp Date", symbol + " is the " + month + " contract but expires on " + expiry);
    }
    return month;
  }

  private static LocalDate asOf(ImportSource source, String fileName, ImportTally tally) {
    Optional<LocalDate> inName = SpdjiIndexPeTableReader.dateInName(Targets.baseName(fileName));
    if (source.asOf().isEmpty() && inName.isPresent()) {
      tally.note("as-of date " + inName.get() + " taken from the file name");
    }
    return tally.asOf(source, inName);
  }
}
