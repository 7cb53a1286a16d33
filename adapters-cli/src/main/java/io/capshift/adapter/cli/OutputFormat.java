package io.capshift.adapter.cli;

import java.util.Locale;

/** How a command prints its answer: {@code --format text|json|csv}. */
public enum OutputFormat {
  /** For people: the tables and notes of the text renderers. */
  TEXT,
  /** The gRPC API's response for the same question, in the proto3 JSON mapping. */
  JSON,
  /** The main table of that response, RFC 4180 CSV with a header row. */
  CSV;

  /** Its name on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.US);
  }
}
