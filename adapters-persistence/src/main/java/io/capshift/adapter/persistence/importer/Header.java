package io.capshift.adapter.persistence.importer;

import io.capshift.domain.error.MalformedFileException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    return Text.clean(name).toLowerCase(Locale.ROOT);
  }
}
