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
 */
public record ImportSource(
    String fileName,
    ImportFormat format,
    Optional<String> targetId,
    Optional<LocalDate> asOf,
    LocalDate fallbackAsOf,
    InputStream content) {
  public ImportSource {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(fallbackAsOf, "fallbackAsOf");
    Objects.requireNonNull(content, "content");
  }
}
