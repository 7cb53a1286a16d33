package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Steps the importers share. */
final class Records {
  private Records() {}

  /** The next record that is neither blank nor a comment, or null at the end. */
  static CsvRecord nextContent(CsvReader csv) {
    CsvRecord r = csv.next();
    while (r != null && (r.isComment() || r.isBlank())) {
      r = csv.next();
    }
    return r;
  }

  /** The next content record, which must exist: the header. */
  static CsvRecord requireHeader(CsvReader csv, String expected) {
    CsvRecord r = nextContent(csv);
    if (r == null) {
      throw csv.malformed(0, 0, "the file has no header (expected " + expected + ")");
    }
    return r;
  }

  /**
   * Records {@code symbol} as given on {@code row}'s line.
   *
   * @throws MalformedFileException at {@code column} when an earlier line gave the same symbol
   */
  static void requireNewSymbol(Row row, String column, Map<String, Long> seen, String symbol) {
    Long earlier = seen.putIfAbsent(symbol, row.line());
    if (earlier != null) {
      throw row.error(
          column,
          "symbol "
              + Text.quote(symbol)
              + " is already given on line "
              + earlier
              + "; each constituent may appear once");
    }
  }

  /** {@code v} if finite, else empty: a ratio of extreme inputs must not become infinity. */
  static OptionalDouble finite(double v) {
    return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
  }

  /** One dataset of the series {@code table} read. */
  static ParseResult series(
      String targetId, LocalDate asOf, String source, SeriesTable table, ImportTally tally) {
    DatasetContent content = new DatasetContent.SeriesSet(table.series());
    return one(new ParsedDataset(targetId, asOf, source, content), tally);
  }

  /** A result of one dataset. */
  static ParseResult one(ParsedDataset dataset, ImportTally tally) {
    return new ParseResult(List.of(dataset), tally.stats());
  }

  /**
   * One constituents dataset from the rows kept.
   *
   * @throws io.capshift.domain.error.MalformedFileException if no row was kept
   */
  static ParseResult constituents(
      CsvReader csv,
      String targetId,
      LocalDate asOf,
      SnapshotType type,
      FundFacts facts,
      List<Constituent> rows,
      String source,
      ImportTally tally) {
    if (rows.isEmpty()) {
      throw csv.malformed(0, 0, "no usable row: every data row was skipped or there were none");
    }
    ConstituentSnapshot snapshot = ConstituentSnapshot.of(targetId, asOf, type, facts, rows);
    ParsedDataset dataset =
        new ParsedDataset(targetId, asOf, source, new DatasetContent.Constituents(snapshot));
    return new ParseResult(List.of(dataset), tally.stats());
  }
}
