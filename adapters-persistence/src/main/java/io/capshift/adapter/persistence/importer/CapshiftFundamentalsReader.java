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
import java.util.OptionalLong;
import java.util.Set;

/**
 * capshift's own company fundamentals CSV (docs/data-formats.md): {@code # id:} and {@code #
 * as_of:} comment lines, then a header naming {@code ticker} and {@code market_cap_usd} and any of
 * {@code cik, name, sector, country, net_income_usd, eps_usd, forward_eps_usd, price_usd, shares,
 * book_equity_usd, total_debt_usd, dividend_per_share_usd}. Amounts in USD (net income trailing
 * twelve months), per-share figures in USD per share, shares as a count; an empty cell is no data
 * (and an empty {@code dividend_per_share_usd} is not a non-payer: write 0 for one).
 */
final class CapshiftFundamentalsReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.CAPSHIFT_FUNDAMENTALS,
          Detection.byColumns("ticker", "market_cap_usd"),
          true,
          CapshiftFundamentalsReader::new);

  static final String DEFAULT_TARGET = "fundamentals";
  static final List<String> REQUIRED = List.of("ticker", "market_cap_usd");
  static final Set<String> KNOWN =
      Set.of(
          "ticker",
          "cik",
          "name",
          "sector",
          "country",
          "market_cap_usd",
          "net_income_usd",
          "eps_usd",
          "forward_eps_usd",
          "price_usd",
          "shares",
          "book_equity_usd",
          "total_debt_usd",
          "dividend_per_share_usd");
  private static final Set<String> KEYS = Set.of("id", "as_of");

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    ImportTally tally = new ImportTally(ImportFormat.CAPSHIFT_FUNDAMENTALS);
    CapshiftPreamble pre = CapshiftPreamble.read(csv, KEYS);
    if (pre.header() == null) {
      throw csv.malformed(0, 0, "the file has no header (expected " + KNOWN + ")");
    }
    Header header = Header.exact(csv, pre.header(), REQUIRED, KNOWN);
    String target =
        Targets.fromSource(source).or(() -> Targets.fromPreamble(csv, pre)).orElse(DEFAULT_TARGET);
    LocalDate asOf = tally.asOf(source, new CapshiftMetadata(csv, pre).asOf());
    FundamentalsRows rows = new FundamentalsRows(tally);
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      String ticker = row.text("ticker");
      if (ticker.isEmpty()) {
        tally.skip(row.line(), "?", "no ticker");
        continue;
      }
      if (rows.add(row, "ticker", company(row, ticker))) {
        tally.stored();
      }
    }
    if (rows.isEmpty()) {
      throw csv.malformed(0, 0, "no usable row: every data row was skipped or there were none");
    }
    String text = "capshift fundamentals, " + Targets.baseName(csv.fileName());
    return Records.one(
        new ParsedDataset(
            target, asOf, text, new DatasetContent.Fundamentals(FundamentalsTable.of(rows.list()))),
        tally);
  }

  private static CompanyFundamentals company(Row row, String ticker) {
    return CompanyFundamentals.builder(ticker)
        .cik(cik(row))
        .name(row.text("name"))
        .sector(row.text("sector"))
        .country(row.text("country"))
        .marketCap(FundamentalsRows.notNegative(row, "market_cap_usd", 1))
        .netIncome(row.number("net_income_usd", NumberStyle.PLAIN))
        .eps(row.number("eps_usd", NumberStyle.PLAIN))
        .forwardEps(row.number("forward_eps_usd", NumberStyle.PLAIN))
        .price(FundamentalsRows.notNegative(row, "price_usd", 1))
        .shares(FundamentalsRows.notNegative(row, "shares", 1))
        .bookEquity(row.number("book_equity_usd", NumberStyle.PLAIN))
        .totalDebt(FundamentalsRows.notNegative(row, "total_debt_usd", 1))
        .dividendPerShare(FundamentalsRows.notNegative(row, "dividend_per_share_usd", 1))
        .build();
  }

  private static OptionalLong cik(Row row) {
    String text = row.text("cik");
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    if (!text.matches("\\d{1,10}") || Long.parseLong(text) == 0) {
      throw row.error("cik", "expected a CIK of 1-10 digits, found " + Text.quote(text));
    }
    return OptionalLong.of(Long.parseLong(text));
  }
}
