package io.capshift.adapter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writing the charts and pages the commands make, with an error that names the file. */
final class OutputFiles {
  private OutputFiles() {}

  /** Writes {@code text} to {@code file}, replacing it. */
  static void write(Path file, String text) {
    try {
      java.nio.file.Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
