package io.capshift.application.port.out;

import io.capshift.application.port.in.ImportFormat;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to import: its bytes and what the user said about it.
 *
 * @param fileName the name the user gave (used in messages and for format hints)
 * @param format the format, or {@link ImportFormat#AUTO}
 * @param targetId the id to store under; empty means "from the file" (fund ticker) or the format's
 *     default
 * @param asOf the as-of date; empty means "from the file"
 * @param fallbackAsOf the date used when neither the user nor the file gives one (the import date);
 *     the import notes say when it was used
 * @param content the bytes; the parser reads it once and does not close it
 * @param pricesAsOf the date the user says a file's prices are of, where the file's own date is not
 *     (futures prices of a day other than the download's)
 */
public record ImportSource(
    String fileName,
    ImportFormat format,
    Optional<String> targetId,
    Optional<LocalDate> asOf,
    LocalDate fallbackAsOf,
    InputStream content,
    Optional<LocalDate> pricesAsOf) {

  /** Without a prices date. */
  public ImportSource(
      String fileName,
      ImportFormat format,
      Optional<String> targetId,
      Optional<LocalDate> asOf,
      LocalDate fallbackAsOf,
      InputStream content) {
    this(fileName, format, targetId, asOf, fallbackAsOf, content, Optional.empty());
  }

  public ImportSource {
    Objects.requireNonNull(pricesAsOf, "pricesAsOf");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(fallbackAsOf, "fallbackAsOf");
    Objects.requireNonNull(content, "content");
  }
}
