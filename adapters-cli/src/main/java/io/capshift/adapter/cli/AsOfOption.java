package io.capshift.adapter.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

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
}
