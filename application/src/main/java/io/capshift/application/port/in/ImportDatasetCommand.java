package io.capshift.application.port.in;

import io.capshift.domain.error.InvalidInputException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to import into the store.
 *
 * @param fileName name of the file, for messages and format hints
 * @param format the format, or {@code AUTO}
 * @param targetId the id to store under, or empty for the file's own (fund ticker) or the format's
 *     default
 * @param asOf the as-of date, or empty for the file's own (else the import date, noted)
 * @param content the bytes; read once, not closed
 * @param pricesAsOf the date the file's prices are of, where the user states it (a futures
 *     contracts file holds the prices of its download day unless the user says otherwise)
 */
public record ImportDatasetCommand(
    String fileName,
    ImportFormat format,
    Optional<String> targetId,
    Optional<LocalDate> asOf,
    InputStream content,
    Optional<LocalDate> pricesAsOf) {

  /** Without a prices date. */
  public ImportDatasetCommand(
      String fileName,
      ImportFormat format,
      Optional<String> targetId,
      Optional<LocalDate> asOf,
      InputStream content) {
    this(fileName, format, targetId, asOf, content, Optional.empty());
  }

  public ImportDatasetCommand {
    Objects.requireNonNull(pricesAsOf, "pricesAsOf");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(content, "content");
    if (fileName == null || fileName.isBlank()) {
      throw InvalidInputException.of("file_name", "must name the file being imported");
    }
    targetId =
        Objects.requireNonNull(targetId, "targetId").map(String::strip).filter(s -> !s.isEmpty());
    if (targetId.isPresent() && !targetId.get().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw InvalidInputException.of(
          "target_id",
          "must be 1-64 letters, digits, '.', '_' or '-', got '" + targetId.get() + "'");
    }
  }
}
