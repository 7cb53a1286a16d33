package io.capshift.adapter.persistence.importer;

import java.util.List;

/**
 * One record of a CSV file, or one comment line.
 *
 * @param line 1-based line where the record starts
 * @param fields the fields, unquoted; empty for a comment line
 * @param lines 1-based line of each field (a quoted field may span lines)
 * @param columns 1-based column (character position in its line) where each field starts
 * @param comment the text after '#' for a comment line, else null
 */
record CsvRecord(long line, List<String> fields, long[] lines, int[] columns, String comment) {

  boolean isComment() {
    return comment != null;
  }

  /** Whether this is an empty line, or one holding only spaces (NBSP included). */
  boolean isBlank() {
    return !isComment() && fields.size() == 1 && Text.clean(fields.get(0)).isEmpty();
  }

  int size() {
    return fields.size();
  }

  String get(int i) {
    return fields.get(i);
  }
}
