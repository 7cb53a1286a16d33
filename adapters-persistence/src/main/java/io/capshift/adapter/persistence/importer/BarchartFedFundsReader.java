package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.rates.FuturesStrip;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * at the as-of date: contracts expiring before the as-of month are skipped. The prices are of the
 * download day: Barchart's footer line, else {@code asof_YYYY-MM-DD} in the file name, else the day
 * the user states ({@code --prices-as-of}). The as-of date is the user's, else the prices' date,
 * else the import date; an as-of date before the prices' date is refused, since the prices of the
 * contracts expired in between are their final settlements.
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
    CsvRecord headerRecord = Records.requireHeader(csv, COLUMNS.toString());
    Header header = Header.of(csv, headerRecord, COLUMNS);
    List<Row> rows = new ArrayList<>();
    Optional<LocalDate> downloaded = Optional.empty();
    // The contracts end at the first single-cell line: Barchart's "Downloaded from …" footer.
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      if (r.size() <= 1) {
        downloaded = downloadDate(r.size() == 1 ? r.get(0) : "");
        break;
      }
      tally.read();
      rows.add(new Row(csv, header, r));
    }
    LocalDate asOf = asOf(source, csv.fileName(), downloaded, tally);
    YearMonth asOfMonth = YearMonth.from(asOf);
    Map<YearMonth, Double> prices = new TreeMap<>();
    Map<YearMonth, Long> seen = new HashMap<>();
    for (Row row : rows) {
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

  /** "Downloaded from Barchart.com as of 11-02-2025 10:55pm CST": the day, MM-DD-YYYY. */
  private static final java.util.regex.Pattern DOWNLOADED =
      java.util.regex.Pattern.compile("as of (\\d{2})-(\\d{2})-(\\d{4})");

  private static Optional<LocalDate> downloadDate(String footer) {
    java.util.regex.Matcher m = DOWNLOADED.matcher(footer);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The strip's date: the user's, else the day the prices are of. The prices are of the download
   * day (Barchart's footer, else {@code asof_YYYY-MM-DD} in the file name) unless the user states
   * another ({@code --prices-as-of}); a strip dated before its prices would read, for each contract
   * expired in between, its final settlement: the future. That is refused.
   */
  private static LocalDate asOf(
      ImportSource source, String fileName, Optional<LocalDate> downloaded, ImportTally tally) {
    Optional<LocalDate> inName = SpdjiIndexPeTableReader.dateInName(Targets.baseName(fileName));
    Optional<LocalDate> pricesOf = source.pricesAsOf().or(() -> downloaded).or(() -> inName);
    if (source.pricesAsOf().isPresent()) {
      tally.note("prices taken to be of " + source.pricesAsOf().get() + ", as the user states");
    } else if (downloaded.isPresent()) {
      tally.note("prices of " + downloaded.get() + ", Barchart's download date");
    } else if (inName.isPresent()) {
      tally.note("prices of " + inName.get() + ", the date in the file name");
    }
    if (source.asOf().isPresent()
        && pricesOf.isPresent()
        && source.asOf().get().isBefore(pricesOf.get())) {
      throw InvalidInputException.of(
          "as_of",
          Targets.baseName(fileName)
              + ": the prices in this file are of "
              + pricesOf.get()
              + ": each contract expired since then shows its final settlement, so a strip as of "
              + source.asOf().get()
              + " would see the future. Import it as of "
              + pricesOf.get()
              + " (without --as-of), or state the prices' date with --prices-as-of if they are"
              + " of "
              + source.asOf().get());
    }
    if (source.asOf().isEmpty() && pricesOf.isPresent()) {
      tally.note("as-of date " + pricesOf.get() + ", the prices' date");
    }
    return tally.asOf(source, pricesOf);
  }
}
