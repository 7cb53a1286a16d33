package io.capshift.application.port.in;

import java.util.List;

/**
 * What an importer read from one file.
 *
 * @param format the format the file was read as (never {@link ImportFormat#AUTO})
 * @param rowsRead data rows read (header, metadata and footer lines not counted)
 * @param rowsStored rows that became part of a dataset
 * @param rowsSkipped rows left out
 * @param firstSkipReasons the first few skips, each "line N (SYMBOL): reason"
 * @param undated true when neither the user nor the file gave a date: the datasets are stored as
 *     undated, under the import day
 * @param notes decisions a reader should know, e.g. "as-of date not in file; import date used"
 */
public record ImportStats(
    ImportFormat format,
    long rowsRead,
    long rowsStored,
    long rowsSkipped,
    List<String> firstSkipReasons,
    List<String> notes,
    boolean undated) {
  /** How many skip reasons an import reports at most. */
  public static final int MAX_SKIP_REASONS = 10;

  /** A dated import. */
  public ImportStats(
      ImportFormat format,
      long rowsRead,
      long rowsStored,
      long rowsSkipped,
      List<String> firstSkipReasons,
      List<String> notes) {
    this(format, rowsRead, rowsStored, rowsSkipped, firstSkipReasons, notes, false);
  }

  public ImportStats {
    firstSkipReasons = List.copyOf(firstSkipReasons);
    notes = List.copyOf(notes);
    if (rowsRead < 0 || rowsStored < 0 || rowsSkipped < 0) {
      throw new IllegalArgumentException("row counts cannot be negative");
    }
  }
}
