package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.out.ImportSource;
import io.capshift.domain.error.MalformedFileException;
import io.capshift.domain.fundamentals.CompanyFundamentals;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The companies a fundamentals file gives, each ticker once after normalising share classes; and
 * the checks every fundamentals reader makes.
 */
final class FundamentalsRows {
  private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  private final Map<String, Integer> byKey = new HashMap<>();
  private final Map<String, Long> lineOfTicker = new HashMap<>();
  private final List<CompanyFundamentals> rows = new ArrayList<>();
  private final List<Long> lines = new ArrayList<>();
  private final ImportTally tally;

  FundamentalsRows(ImportTally tally) {
    this.tally = tally;
  }

  /**
   * Adds {@code c}, read from {@code row}; false when it took the place of, or gave way to, a row
   * of the same normalised ticker (counted as skipped).
   *
   * @throws MalformedFileException at {@code column} when an earlier row gave the same ticker
   */
  boolean add(Row row, String column, CompanyFundamentals c) {
    Long earlier = repeated(c, row.line());
    if (earlier != null) {
      throw row.error(column, repeatedMessage(c, earlier));
    }
    return keep(c, row.line());
  }

  /** Adds {@code c} read from a JSON value at {@code line}:{@code column}. */
  boolean add(String fileName, long line, int column, CompanyFundamentals c) {
    Long earlier = repeated(c, line);
    if (earlier != null) {
      throw new MalformedFileException(fileName, line, column, repeatedMessage(c, earlier));
    }
    return keep(c, line);
  }

  /** The line an identical ticker (ignoring case) was first given on, if any. */
  private Long repeated(CompanyFundamentals c, long line) {
    return c.ticker().isEmpty()
        ? null
        : lineOfTicker.putIfAbsent(c.ticker().toUpperCase(java.util.Locale.US), line);
  }

  private static String repeatedMessage(CompanyFundamentals c, long earlier) {
    return "ticker "
        + Text.quote(c.ticker())
        + " is already given on line "
        + earlier
        + "; each company may appear once";
  }

  /**
   * Keeps {@code c}; of two tickers that are one after normalising (SEC's {@code BC-PC}, a
   * preferred share, and {@code BCPC}, another company's common), the plain one is kept and the
   * other skipped with the reason, as holdings files write share classes without separators.
   */
  private boolean keep(CompanyFundamentals c, long line) {
    String key = c.key();
    Integer at = key.isEmpty() ? null : byKey.get(key);
    if (at == null) {
      if (!key.isEmpty()) {
        byKey.put(key, rows.size());
      }
      rows.add(c);
      lines.add(line);
      return true;
    }
    CompanyFundamentals other = rows.get(at);
    boolean plain = c.ticker().equalsIgnoreCase(key) && !other.ticker().equalsIgnoreCase(key);
    CompanyFundamentals dropped = plain ? other : c;
    long droppedLine = plain ? lines.get(at) : line;
    if (plain) {
      rows.set(at, c);
      lines.set(at, line);
    }
    tally.skip(
        droppedLine,
        dropped.ticker(),
        "joins like "
            + (plain ? c : other).ticker()
            + " once '-', '.' and '/' are dropped; the plain ticker is kept");
    return false;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  List<CompanyFundamentals> list() {
    return rows;
  }

  /**
   * The number in {@code column} times {@code scale}; empty when blank.
   *
   * @throws MalformedFileException if it is negative or not a number
   */
  static OptionalDouble notNegative(Row row, String column, double scale) {
    OptionalDouble v = row.number(column, NumberStyle.PLAIN);
    if (v.isEmpty()) {
      return v;
    }
    if (v.getAsDouble() < 0) {
      throw row.error(column, "'" + column + "' cannot be negative, found " + v.getAsDouble());
    }
    OptionalDouble scaled = Records.finite(v.getAsDouble() * scale);
    if (scaled.isEmpty()) {
      throw row.error(column, "'" + column + "' is out of range: " + v.getAsDouble());
    }
    return scaled;
  }

  /**
   * A {@code YYYY-MM-DD} in the file's name, noted as the date used, if there is one and the user
   * gave none.
   */
  static Optional<LocalDate> dateInName(String fileName, ImportSource source, ImportTally tally) {
    if (source.asOf().isPresent()) {
      return Optional.empty();
    }
    Matcher m = DATE_IN_NAME.matcher(Targets.baseName(fileName));
    LocalDate found = null;
    while (m.find()) {
      try {
        found = LocalDate.parse(m.group(1));
      } catch (DateTimeException e) {
        // not a date: keep looking
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    tally.note("as-of date " + found + " read from the file name");
    return Optional.of(found);
  }
}
