package io.capshift.adapter.persistence.importer;

import io.capshift.domain.error.MalformedFileException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalDouble;

/**
 * A data record read through its header: cells by column name, parsed strictly, with errors that
 * name the line, the column position and the column name.
 */
final class Row {
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
    return i < 0 ? "" : Text.clean(record.get(i));
  }

  /** The number in column {@code name}; empty when blank (or one of {@code noData}). */
  OptionalDouble number(String name, NumberStyle style, String... noData) {
    String text = text(name);
    if (text.isEmpty() || java.util.Arrays.asList(noData).contains(text)) {
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

  /** The ISO date (YYYY-MM-DD) in column {@code name}. */
  LocalDate date(String name) {
    String text = text(name);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(
          name, "expected a date YYYY-MM-DD in column '" + name + "', found " + Text.quote(text));
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
