package io.capshift.adapter.persistence.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The comment lines before a capshift CSV header. A line {@code # key: value} with a known key is
 * metadata; any other comment is free text.
 *
 * @param values metadata by key
 * @param header the first record that is neither blank nor a comment, or null
 */
record CapshiftPreamble(Map<String, Value> values, CsvRecord header) {

  /**
   * A metadata value and where it stands.
   *
   * @param column 1-based position of the value in its line
   */
  record Value(String text, long line, int column) {}

  /** Reads up to and including the header, keeping the values of {@code keys}. */
  static CapshiftPreamble read(CsvReader csv, Set<String> keys) {
    Map<String, Value> values = new HashMap<>();
    CsvRecord r = csv.next();
    for (; r != null && (r.isComment() || r.isBlank()); r = csv.next()) {
      if (!r.isComment()) {
        continue;
      }
      String text = r.comment();
      int colon = text.indexOf(':');
      String key = colon < 0 ? "" : text.substring(0, colon).strip().toLowerCase(Locale.US);
      if (!keys.contains(key)) {
        continue;
      }
      String raw = text.substring(colon + 1);
      String value = Text.clean(raw);
      // '#' is column 1, so text index i is column i + 2.
      int column = colon + 1 + raw.indexOf(value.isEmpty() ? raw : value) + 2;
      if (values.put(key, new Value(value, r.line(), column)) != null) {
        throw csv.malformed(r.line(), 1, "'# " + key + ":' is given twice");
      }
    }
    return new CapshiftPreamble(Map.copyOf(values), r);
  }
}
