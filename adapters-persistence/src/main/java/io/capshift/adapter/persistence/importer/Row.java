package io.capshift.adapter.persistence.importer;

import io.capshift.domain.error.MalformedFileException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * A data record read through its header: cells by column name, parsed strictly, with errors that
 * name the line, the column position and the column name.
 */
final class Row {
  /** Longest cell capshift keeps; a longer one is a broken file, not data. */
  static final int MAX_TEXT_CHARS = 512;

  /** Rates outside ±100% are typos (425 for 4.25), not rates. */
  private static final double MAX_PERCENT = 100;

  private final CsvReader csv;
  private final Header header;
  private final CsvRecord record;

  Row(CsvReader csv, Header header, CsvRecord record) {
    this.csv = csv;
    this.header = header;
    this.record = record;
    if (record.size() != header.size()) {
      throw csv.malformed(
          record.line(),
          1,
          "expected " + header.size() + " fields as in the header, found " + record.size());
    }
  }

  long line() {
    return record.line();
  }

  /** The trimmed text of column {@code name}; empty when the header lacks it. */
  String text(String name) {
    int i = header.indexOf(name);
    String text = i < 0 ? "" : Text.clean(record.get(i));
    if (text.length() > MAX_TEXT_CHARS) {
      throw error(
          name,
          "more than "
              + MAX_TEXT_CHARS
              + " characters in column '"
              + name
              + "' ("
              + text.length()
              + "); no ticker, name, sector or number is that long");
    }
    return text;
  }

  /** The number in column {@code name}; empty when blank (or one of {@code noData}). */
  OptionalDouble number(String name, NumberStyle style, String... noData) {
    String text = text(name);
    if (text.isEmpty() || Arrays.asList(noData).contains(text)) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(style.parse(text));
    } catch (NumberFormatException e) {
      throw error(
          name,
          "expected a number in column '" + name + "', found " + Text.quote(text) + e.getMessage());
    }
  }

  /**
   * The percent in column {@code name} as a decimal rate (4.25 gives exactly 0.0425); empty when
   * blank (or one of {@code noData}).
   *
   * @throws MalformedFileException if it is not a number or lies outside ±100
   */
  OptionalDouble percent(String name, String... noData) {
    OptionalDouble pct = number(name, NumberStyle.PLAIN, noData);
    if (pct.isEmpty()) {
      return pct;
    }
    if (Math.abs(pct.getAsDouble()) > MAX_PERCENT) {
      throw error(
          name,
          "expected a percent between -100 and 100 in column '"
              + name
              + "', found "
              + Text.quote(text(name)));
    }
    return OptionalDouble.of(NumberStyle.PLAIN.parsePercent(text(name)));
  }

  /** The ISO date (YYYY-MM-DD) in column {@code name}. */
  LocalDate date(String name) {
    return date(name, DateStyle.ISO);
  }

  /** The date in column {@code name}, written in {@code style}. */
  LocalDate date(String name, DateStyle style) {
    String text = text(name);
    try {
      return style.parse(text);
    } catch (DateTimeException e) {
      throw error(
          name,
          "expected "
              + style.description()
              + " in column '"
              + name
              + "', found "
              + Text.quote(text));
    }
  }

  /** The date in column {@code name}, written in the first of {@code styles} that fits. */
  LocalDate date(String name, DateStyle first, DateStyle second) {
    try {
      return first.parse(text(name));
    } catch (DateTimeException e) {
      try {
        return second.parse(text(name));
      } catch (DateTimeException again) {
        throw error(
            name,
            "expected "
                + first.description()
                + " or "
                + second.description()
                + " in column '"
                + name
                + "', found "
                + Text.quote(text(name)));
      }
    }
  }

  /** {@code true} or {@code false} (any case) in column {@code name}. */
  boolean bool(String name) {
    String text = text(name);
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return text.equalsIgnoreCase("true");
    }
    throw error(name, "expected true or false in column '" + name + "', found " + Text.quote(text));
  }

  /** An error located at the cell of column {@code name}. */
  MalformedFileException error(String name, String problem) {
    int i = Math.max(header.indexOf(name), 0);
    return csv.malformed(record.lines()[i], record.columns()[i], problem);
  }
}
