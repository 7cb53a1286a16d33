package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Option;
import java.time.LocalDate;
import java.util.Optional;

/** {@code --as-of}: answer from the data dated on or before a date; by default the latest. */
final class AsOfOption {
  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "Use only data dated on or before this date (default: the latest).")
  LocalDate asOf;

  Optional<LocalDate> value() {
    return Optional.ofNullable(asOf);
  }

  /** Whether the command line names the date. */
  boolean given() {
    return asOf != null;
  }
}
