package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.CreditFigures;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * capshift's own constituents CSV (docs/data-formats.md): {@code # id:}, {@code # as_of:}, {@code #
 * type:} and {@code # shares_outstanding:} comment lines, then a header naming {@code symbol} and
 * {@code value_usd} and any of {@code name, sector, earnings_usd, dividends_usd, book_value_usd,
 * sales_usd} and the debt service columns {@code ebit_usd, interest_expense_usd, total_debt_usd,
 * floating_debt_share}. Amounts are USD (a year for flows); an empty cell is no data.
 */
final class CapshiftConstituentsReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.CAPSHIFT_CONSTITUENTS,
          Detection.byColumns("symbol", "value_usd"),
          true,
          CapshiftConstituentsReader::new);

  static final List<String> REQUIRED = List.of("symbol", "value_usd");
  static final Set<String> KNOWN =
      Set.of(
          "symbol",
          "name",
          "sector",
          "value_usd",
          "earnings_usd",
          "dividends_usd",
          "book_value_usd",
          "sales_usd",
          "ebit_usd",
          "interest_expense_usd",
          "total_debt_usd",
          "floating_debt_share");
  private static final Set<String> KEYS = Set.of("id", "as_of", "type", "shares_outstanding");

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    ImportTally tally = new ImportTally(ImportFormat.CAPSHIFT_CONSTITUENTS);
    CapshiftPreamble pre = CapshiftPreamble.read(csv, KEYS);
    if (pre.header() == null) {
      throw csv.malformed(0, 0, "the file has no header (expected " + KNOWN + ")");
    }
    Header header = Header.exact(csv, pre.header(), REQUIRED, KNOWN);
    String target =
        Targets.fromSource(source)
            .or(() -> Targets.fromPreamble(csv, pre))
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "target_id",
                        "the file has no '# id:' line: give the index or fund id to store under"));
    CapshiftMetadata meta = new CapshiftMetadata(csv, pre);
    LocalDate asOf = tally.asOf(source, meta.asOf());
    SnapshotType type = meta.type(tally);
    FundFacts facts = meta.facts();
    List<Constituent> rows = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      Constituent c = constituent(row, tally);
      if (c != null) {
        Records.requireNewSymbol(row, "symbol", seen, c.symbol());
        rows.add(c);
        tally.stored();
      }
    }
    String sourceText = "capshift constituents, " + Targets.baseName(csv.fileName());
    return Records.constituents(csv, target, asOf, type, facts, rows, sourceText, tally);
  }

  private static Constituent constituent(Row row, ImportTally tally) {
    String symbol = row.text("symbol");
    OptionalDouble value = row.number("value_usd", NumberStyle.PLAIN);
    if (symbol.isEmpty() || value.isEmpty()) {
      tally.skip(
          row.line(),
          symbol.isEmpty() ? "?" : symbol,
          symbol.isEmpty() ? "no symbol" : "no value_usd");
      return null;
    }
    if (value.getAsDouble() < 0) {
      throw row.error("value_usd", "value_usd cannot be negative, found " + value.getAsDouble());
    }
    OptionalDouble dividends = notNegative(row, "dividends_usd");
    return new Constituent(
        symbol,
        row.text("name"),
        row.text("sector"),
        value.getAsDouble(),
        row.number("earnings_usd", NumberStyle.PLAIN),
        dividends,
        row.number("book_value_usd", NumberStyle.PLAIN),
        row.number("sales_usd", NumberStyle.PLAIN),
        credit(row));
  }

  private static CreditFigures credit(Row row) {
    OptionalDouble floating = notNegative(row, "floating_debt_share");
    if (floating.isPresent() && floating.getAsDouble() > 1) {
      throw row.error(
          "floating_debt_share",
          "floating_debt_share is a decimal share in [0, 1], found " + floating.getAsDouble());
    }
    return new CreditFigures(
        row.number("ebit_usd", NumberStyle.PLAIN),
        notNegative(row, "interest_expense_usd"),
        notNegative(row, "total_debt_usd"),
        floating);
  }

  private static OptionalDouble notNegative(Row row, String column) {
    OptionalDouble v = row.number(column, NumberStyle.PLAIN);
    if (v.isPresent() && v.getAsDouble() < 0) {
      throw row.error(column, column + " cannot be negative, found " + v.getAsDouble());
    }
    return v;
  }
}
