package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.in.ImportStats;
import io.capshift.application.port.out.ImportSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Counts what an importer read, stored and skipped, and the notes it leaves for the reader. */
final class ImportTally {
  private final ImportFormat format;
  private final List<String> skipReasons = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private long read;
  private long stored;
  private long skipped;

  ImportTally(ImportFormat format) {
    this.format = format;
  }

  void read() {
    read++;
  }

  void stored() {
    stored++;
  }

  /** Records a skipped row; the first {@link ImportStats#MAX_SKIP_REASONS} keep their reason. */
  void skip(long line, String symbol, String reason) {
    skipped++;
    if (skipReasons.size() < ImportStats.MAX_SKIP_REASONS) {
      skipReasons.add("line " + line + " (" + symbol + "): " + reason);
    }
  }

  private boolean undated;

  void note(String note) {
    notes.add(note);
  }

  long storedCount() {
    return stored;
  }

  /** The as-of date: the user's, else the file's, else the import date with a note saying so. */
  LocalDate asOf(ImportSource source, Optional<LocalDate> fromFile) {
    if (source.asOf().isPresent()) {
      return source.asOf().get();
    }
    if (fromFile.isPresent()) {
      return fromFile.get();
    }
    LocalDate date = source.fallbackAsOf();
    undated = true;
    note(
        "as-of date not in file: stored as undated, under the import date "
            + date
            + " (pass --as-of to date it)");
    return date;
  }

  ImportStats stats() {
    return new ImportStats(format, read, stored, skipped, skipReasons, notes, undated);
  }
}
