package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The S&amp;P 500 "constituents-financials" table (datahub.io, figures from Yahoo Finance): one row
 * per company, Market Cap in USD, ratios as multiples, Dividend Yield as a decimal. Rows become an
 * INDEX snapshot; the file states no date, so the as-of is the user's or the import date (noted).
 *
 * <p>Earnings, USD a year: {@code Market Cap / (Price/Earnings)} where P/E is present and above
 * zero; else {@code Market Cap × (Earnings/Share) / Price}, which keeps loss makers, whose P/E the
 * file leaves blank. Dividends {@code = Dividend Yield × Market Cap}, 0 where the yield is blank (a
 * non-payer); book {@code = Market Cap / (Price/Book)} where P/B ≠ 0; sales {@code = Market Cap /
 * (Price/Sales)} where P/S &gt; 0.
 */
final class Sp500FinancialsReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.SP500_FINANCIALS,
          Detection.byColumns("symbol", "marketcap", "price/earnings"),
          false,
          Sp500FinancialsReader::new);

  static final String DEFAULT_TARGET = "sp500";
  static final List<String> COLUMNS =
      List.of(
          "Symbol",
          "Name",
          "Sector",
          "Price",
          "Price/Earnings",
          "Dividend Yield",
          "Earnings/Share",
          "Market Cap",
          "Price/Sales",
          "Price/Book");

  private final int[] earningsRoutes = new int[3]; // by P/E, by EPS and price, none

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.SP500_FINANCIALS);
    Header header = Header.of(csv, Records.requireHeader(csv, COLUMNS.toString()), COLUMNS);
    List<Constituent> rows = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      if (r.isBlank()) {
        continue;
      }
      tally.read();
      Row row = new Row(csv, header, r);
      Constituent c = constituent(row, tally);
      if (c != null) {
        Records.requireNewSymbol(row, "Symbol", seen, c.symbol());
        rows.add(c);
        tally.stored();
      }
    }
    var asOf = tally.asOf(source, Optional.empty());
    tally.note(
        "earnings = Market Cap / (Price/Earnings) where P/E > 0, else Market Cap x Earnings/Share"
            + " / Price, which keeps loss makers (by P/E: "
            + earningsRoutes[0]
            + ", by EPS: "
            + earningsRoutes[1]
            + ", no earnings data: "
            + earningsRoutes[2]
            + ")");
    String sourceText =
        "S&P 500 constituents-financials (datahub.io, Yahoo Finance figures), "
            + Targets.baseName(csv.fileName());
    return Records.constituents(
        csv, target, asOf, SnapshotType.INDEX, FundFacts.NONE, rows, sourceText, tally);
  }

  /** The constituent of {@code row}, or null when skipped (counted in {@code tally}). */
  private Constituent constituent(Row row, ImportTally tally) {
    String symbol = row.text("Symbol");
    if (symbol.isEmpty()) {
      tally.skip(row.line(), "?", "no symbol");
      return null;
    }
    OptionalDouble cap = row.number("Market Cap", NumberStyle.PLAIN);
    if (cap.isEmpty() || cap.getAsDouble() < 0) {
      tally.skip(row.line(), symbol, cap.isEmpty() ? "no market cap" : "negative market cap");
      return null;
    }
    double mc = cap.getAsDouble();
    return new Constituent(
        symbol,
        row.text("Name"),
        row.text("Sector"),
        mc,
        earnings(row, mc),
        dividends(mc, row.number("Dividend Yield", NumberStyle.PLAIN)),
        divide(mc, row.number("Price/Book", NumberStyle.PLAIN), false),
        divide(mc, row.number("Price/Sales", NumberStyle.PLAIN), true));
  }

  private OptionalDouble earnings(Row row, double mc) {
    OptionalDouble pe = row.number("Price/Earnings", NumberStyle.PLAIN);
    OptionalDouble eps = row.number("Earnings/Share", NumberStyle.PLAIN);
    OptionalDouble price = row.number("Price", NumberStyle.PLAIN);
    if (pe.isPresent() && pe.getAsDouble() > 0) {
      earningsRoutes[0]++;
      return Records.finite(mc / pe.getAsDouble());
    }
    if (eps.isPresent() && price.isPresent() && price.getAsDouble() > 0) {
      earningsRoutes[1]++;
      return Records.finite(mc * (eps.getAsDouble() / price.getAsDouble()));
    }
    earningsRoutes[2]++;
    return OptionalDouble.empty();
  }

  /**
   * {@code mc × yield}; a blank yield is a company that pays none (0), so that the index's yield
   * counts non-payers as the index does; a negative yield is no data.
   */
  private static OptionalDouble dividends(double mc, OptionalDouble yield) {
    if (yield.isEmpty()) {
      return OptionalDouble.of(0);
    }
    return yield.getAsDouble() >= 0
        ? Records.finite(mc * yield.getAsDouble())
        : OptionalDouble.empty();
  }

  /** {@code mc / multiple}, for a multiple above zero (or any non-zero one). */
  private static OptionalDouble divide(double mc, OptionalDouble multiple, boolean positiveOnly) {
    if (multiple.isEmpty()
        || multiple.getAsDouble() == 0
        || (positiveOnly && multiple.getAsDouble() < 0)) {
      return OptionalDouble.empty();
    }
    return Records.finite(mc / multiple.getAsDouble());
  }
}
