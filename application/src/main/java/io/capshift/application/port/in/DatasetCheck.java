package io.capshift.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of verifying one stored dataset file.
 *
 * @param dataset the manifest's entry for it
 * @param file the file's name in the store
 * @param problem empty when the file verified (checksum, format version, content matching its
 *     manifest entry); otherwise what is wrong with it
 */
public record DatasetCheck(DatasetInfo dataset, String file, Optional<String> problem) {
  public DatasetCheck {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
  }

  /** Whether the file verified. */
  public boolean ok() {
    return problem.isEmpty();
  }
}
