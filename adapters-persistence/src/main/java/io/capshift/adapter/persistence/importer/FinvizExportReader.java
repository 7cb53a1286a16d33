package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.fundamentals.CompanyFundamentals;
import io.capshift.domain.fundamentals.FundamentalsTable;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A Finviz screener export (every US-listed stock and ETF, one row each): company fundamentals at
 * the export's date. Market Cap, Income and Shares Outstanding are in millions (USD, shares); EPS
 * (ttm), Book/sh, Dividend TTM and Price are per share; Total Debt/Equity is a ratio.
 *
 * <p>Read as: forward EPS {@code = Price / Forward P/E} (the screener leaves Forward P/E blank for
 * a negative or missing estimate); book equity {@code = Book/sh × shares}; total debt {@code =
 * Total Debt/Equity × book equity} where book equity is positive; a blank Dividend TTM is a company
 * that pays none. ETFs (industry "Exchange Traded Fund") are skipped: capshift reads funds from
 * their holdings. A negative market cap or price, a value that is not a number (NaN included) and a
 * ticker given twice (after normalising share classes, so {@code MOG-A} and {@code MOG.A} are one)
 * are errors at their line and column. The export states no date: {@code --as-of}, else a {@code
 * YYYY-MM-DD} in the file name, else the import date (undated).
 */
final class FinvizExportReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.FINVIZ_EXPORT,
          Detection.byColumns("ticker", "marketcap", "forwardp/e", "eps(ttm)"),
          false,
          FinvizExportReader::new);

  static final String DEFAULT_TARGET = "finviz";
  static final List<String> REQUIRED = List.of("Ticker", "Market Cap", "Price");
  private static final double MILLION = 1e6;
  private static final String ETF = "Exchange Traded Fund";

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.FINVIZ_EXPORT);
    Header header = Header.of(csv, Records.requireHeader(csv, REQUIRED.toString()), REQUIRED);
    FundamentalsRows rows = new FundamentalsRows(tally);
    int etfs = 0;
    int noDividend = 0;
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      if (r.isBlank()) {
        continue;
      }
      tally.read();
      Row row = new Row(csv, header, r);
      String ticker = row.text("Ticker");
      if (ticker.isEmpty()) {
        tally.skip(row.line(), "?", "no ticker");
        continue;
      }
      if (row.text("Industry").equals(ETF)) {
        etfs++;
        continue;
      }
      CompanyFundamentals c = company(row, ticker);
      noDividend += row.text("Dividend TTM").isEmpty() ? 1 : 0;
      if (rows.add(row, "Ticker", c)) {
        tally.stored();
      }
    }
    if (rows.isEmpty()) {
      throw csv.malformed(0, 0, "no company row: every data row was an ETF or had no ticker");
    }
    LocalDate asOf = tally.asOf(source, FundamentalsRows.dateInName(csv.fileName(), source, tally));
    tally.note(
        etfs
            + " ETF rows skipped (capshift reads funds from their holdings); "
            + noDividend
            + " companies without a Dividend TTM read as paying none");
    tally.note(
        "Market Cap, Income and Shares Outstanding read in millions; forward EPS = Price /"
            + " Forward P/E; book equity = Book/sh x shares");
    String text = "Finviz screener export, " + Targets.baseName(csv.fileName());
    return Records.one(
        new ParsedDataset(
            target, asOf, text, new DatasetContent.Fundamentals(FundamentalsTable.of(rows.list()))),
        tally);
  }

  private static CompanyFundamentals company(Row row, String ticker) {
    OptionalDouble price = FundamentalsRows.notNegative(row, "Price", 1);
    OptionalDouble shares = FundamentalsRows.notNegative(row, "Shares Outstanding", MILLION);
    OptionalDouble bookPerShare = row.number("Book/sh", NumberStyle.PLAIN);
    OptionalDouble book =
        bookPerShare.isPresent() && shares.isPresent()
            ? Records.finite(bookPerShare.getAsDouble() * shares.getAsDouble())
            : OptionalDouble.empty();
    OptionalDouble debtToEquity = FundamentalsRows.notNegative(row, "Total Debt/Equity", 1);
    OptionalDouble debt =
        debtToEquity.isPresent() && book.isPresent() && book.getAsDouble() > 0
            ? Records.finite(debtToEquity.getAsDouble() * book.getAsDouble())
            : OptionalDouble.empty();
    OptionalDouble forwardPe = row.number("Forward P/E", NumberStyle.PLAIN);
    OptionalDouble forwardEps =
        forwardPe.isPresent() && forwardPe.getAsDouble() > 0 && price.isPresent()
            ? Records.finite(price.getAsDouble() / forwardPe.getAsDouble())
            : OptionalDouble.empty();
    OptionalDouble dividend = FundamentalsRows.notNegative(row, "Dividend TTM", 1);
    return CompanyFundamentals.builder(ticker)
        .name(row.text("Company"))
        .sector(row.text("Sector"))
        .country(row.text("Country"))
        .marketCap(FundamentalsRows.notNegative(row, "Market Cap", MILLION))
        .netIncome(scaled(row.number("Income", NumberStyle.PLAIN), MILLION))
        .eps(row.number("EPS (ttm)", NumberStyle.PLAIN))
        .forwardEps(forwardEps)
        .price(price)
        .shares(shares)
        .bookEquity(book)
        .totalDebt(debt)
        .dividendPerShare(dividend.isPresent() ? dividend : OptionalDouble.of(0))
        .build();
  }

  private static OptionalDouble scaled(OptionalDouble v, double by) {
    return v.isPresent() ? Records.finite(v.getAsDouble() * by) : v;
  }
}
