package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Option;
import java.time.LocalDate;

/** {@code --as-of} for the rotation call: the date of the call; by default today. */
final class CallDateOption {
  private final CliBackend backend;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "The date of the call: only data known by then is used (default: today).")
  LocalDate asOf;

  CallDateOption(CliBackend backend) {
    this.backend = backend;
  }

  LocalDate value() {
    return asOf != null ? asOf : LocalDate.now(backend.clock());
  }

  /** Whether the command line names the date. */
  boolean given() {
    return asOf != null;
  }
}
