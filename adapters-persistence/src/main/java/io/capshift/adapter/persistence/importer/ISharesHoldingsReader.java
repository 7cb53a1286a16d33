package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.SnapshotType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An iShares "Detailed Holdings and Analytics" CSV as the fund site exports it: metadata lines
 * ("Fund Holdings as of", "Shares Outstanding"), a header starting with "Ticker", one quoted row
 * per holding with thousands separators, then a blank line and a legal footer, which is never read.
 * Equity rows become a FUND snapshot (value = Market Value, USD); cash, money-market, futures and
 * collateral rows are skipped. The files carry no earnings or other fundamentals.
 */
final class ISharesHoldingsReader implements FormatReader {
  /** Its format, told by its first lines. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.ISHARES_HOLDINGS,
          Detection.byLine(
              l ->
                  l.text().startsWith("ticker,") && l.text().contains("assetclass")
                      || l.text().startsWith("fundholdingsasof,")),
          false,
          ISharesHoldingsReader::new);

  static final List<String> COLUMNS =
      List.of("Ticker", "Name", "Sector", "Asset Class", "Market Value");
  private static final Pattern TICKER_FILE =
      Pattern.compile("([A-Za-z][A-Za-z0-9]{0,9})_holdings([_.-].*)?", Pattern.CASE_INSENSITIVE);

  private int named;

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source).orElseGet(() -> tickerOf(csv.fileName()));
    ImportTally tally = new ImportTally(ImportFormat.ISHARES_HOLDINGS);
    ISharesPreamble preamble = ISharesPreamble.read(csv);
    Header header = Header.of(csv, preamble.header(), COLUMNS);
    List<Constituent> rows = new ArrayList<>();
    // The holdings end at the first blank or single-cell line: the footer, one quoted paragraph.
    for (CsvRecord r = csv.next(); r != null && !r.isBlank() && r.size() > 1; r = csv.next()) {
      tally.read();
      Constituent c = holding(new Row(csv, header, r), tally);
      if (c != null) {
        rows.add(c);
        tally.stored();
      }
    }
    if (named > 0) {
      tally.note(named + " equity holdings without a ticker ('-') are stored under their name");
    }
    rows = mergeRepeatedTickers(rows, tally);
    tally.note("the file has no earnings, dividends, book or sales: those ratios stay undefined");
    String sourceText = "iShares holdings, " + Targets.baseName(csv.fileName());
    return Records.constituents(
        csv,
        target,
        tally.asOf(source, preamble.asOf()),
        SnapshotType.FUND,
        preamble.facts(),
        rows,
        sourceText,
        tally);
  }

  private Constituent holding(Row row, ImportTally tally) {
    String ticker = row.text("Ticker");
    String name = row.text("Name");
    boolean noTicker = ticker.isEmpty() || ticker.equals("-");
    String symbol = noTicker ? name : ticker;
    String assetClass = row.text("Asset Class");
    if (!assetClass.equalsIgnoreCase("Equity")) {
      tally.skip(row.line(), label(symbol), "not an equity holding (" + assetClass + ")");
      return null;
    }
    if (symbol.isEmpty()) {
      tally.skip(row.line(), "?", "no ticker or name");
      return null;
    }
    OptionalDouble value = row.number("Market Value", NumberStyle.GROUPED, "-");
    if (value.isEmpty() || value.getAsDouble() < 0) {
      tally.skip(row.line(), symbol, value.isEmpty() ? "no market value" : "negative market value");
      return null;
    }
    named += noTicker ? 1 : 0;
    return Constituent.valueOnly(symbol, name, row.text("Sector"), value.getAsDouble());
  }

  /**
   * One holding per ticker: rows that repeat a ticker (a fund's swap on a stock it also holds, a
   * stock and its CVR) are summed into the first, as the fund's exposure to that company.
   */
  private static List<Constituent> mergeRepeatedTickers(List<Constituent> rows, ImportTally tally) {
    Map<String, Constituent> bySymbol = new LinkedHashMap<>();
    int merged = 0;
    String example = null;
    for (Constituent c : rows) {
      Constituent first = bySymbol.get(c.symbol());
      if (first == null) {
        bySymbol.put(c.symbol(), c);
      } else {
        merged++;
        example = example == null ? c.symbol() : example;
        bySymbol.put(
            c.symbol(),
            Constituent.valueOnly(
                c.symbol(), first.name(), first.sector(), first.value() + c.value()));
      }
    }
    if (merged > 0) {
      tally.note(
          merged
              + " rows repeat a ticker already held (e.g. "
              + example
              + "): each is"
              + " added to that ticker's holding, as the fund's exposure to the company");
    }
    return merged == 0 ? rows : new ArrayList<>(bySymbol.values());
  }

  private static String label(String symbol) {
    return symbol.isEmpty() ? "?" : symbol;
  }

  /** The fund ticker leading the file name, as in {@code IWM_holdings_2026-04-10.csv}. */
  private static String tickerOf(String fileName) {
    Matcher m = TICKER_FILE.matcher(Targets.baseName(fileName));
    if (!m.matches()) {
      throw InvalidInputException.of(
          "target_id",
          "cannot tell the fund from the file name "
              + Text.quote(Targets.baseName(fileName))
              + ": give the fund's ticker as the target id (--id IWM on the command line)");
    }
    return m.group(1).toUpperCase(Locale.US);
  }
}
