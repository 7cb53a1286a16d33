package io.capshift.adapter.persistence.importer;

import io.capshift.domain.error.MalformedFileException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A header record: column names (matched ignoring case and surrounding spaces) to positions. */
final class Header {
  private final CsvRecord record;
  private final Map<String, Integer> index = new HashMap<>();

  private Header(CsvRecord record) {
    this.record = record;
    for (int i = 0; i < record.size(); i++) {
      index.putIfAbsent(key(record.get(i)), i);
    }
  }

  /**
   * Reads {@code record} as a header that must name every column of {@code required}.
   *
   * @throws MalformedFileException naming the first missing column
   */
  static Header of(CsvReader csv, CsvRecord record, List<String> required) {
    Header h = new Header(record);
    for (String name : required) {
      if (!h.has(name)) {
        throw csv.malformed(
            record.line(),
            1,
            "the header has no column '" + name + "' (expected " + required + ")");
      }
    }
    return h;
  }

  /**
   * Reads {@code record} as the header of a capshift format: it must name every column of {@code
   * required}, and each column once and from {@code known}, so that a misspelt column cannot drop
   * data without a word.
   *
   * @throws MalformedFileException at the first missing, unknown or repeated column
   */
  static Header exact(CsvReader csv, CsvRecord record, List<String> required, Set<String> known) {
    Header header = of(csv, record, required);
    for (int i = 0; i < record.size(); i++) {
      String name = key(record.get(i));
      if (!known.contains(name) || header.indexOf(name) != i) {
        throw csv.malformed(
            record.lines()[i],
            record.columns()[i],
            (known.contains(name) ? "column named twice: " : "unknown column ")
                + Text.quote(record.get(i))
                + " (known: "
                + known
                + ")");
      }
    }
    return header;
  }

  boolean has(String name) {
    return index.containsKey(key(name));
  }

  /** Position of {@code name}, or -1. */
  int indexOf(String name) {
    return index.getOrDefault(key(name), -1);
  }

  int size() {
    return record.size();
  }

  /** The column names as written. */
  List<String> names() {
    return record.fields();
  }

  static String key(String name) {
    return Text.clean(name).toLowerCase(Locale.US);
  }
}
