package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.out.ImportSource;
import io.capshift.domain.error.InvalidInputException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Target ids and file names, as the importers resolve them. */
final class Targets {
  /** What {@code ParsedDataset} accepts as a target id. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Targets() {}

  /** The user's target id, checked, if given. */
  static Optional<String> fromSource(ImportSource source) {
    source
        .targetId()
        .filter(id -> !ID.matcher(id).matches())
        .ifPresent(
            id -> {
              throw InvalidInputException.of(
                  "target_id",
                  "must be 1-64 letters, digits, '.', '_' or '-', got " + Text.quote(id));
            });
    return source.targetId();
  }

  /** The user's target id, else {@code defaultId}. */
  static String fromSource(ImportSource source, String defaultId) {
    return fromSource(source).orElse(defaultId);
  }

  /**
   * The {@code # id:} line of a capshift file, checked, if it has one.
   *
   * @throws io.capshift.domain.error.MalformedFileException if the id is not a valid target id
   */
  static Optional<String> fromPreamble(CsvReader csv, CapshiftPreamble pre) {
    CapshiftPreamble.Value id = pre.values().get("id");
    if (id == null) {
      return Optional.empty();
    }
    if (!ID.matcher(id.text()).matches()) {
      throw csv.malformed(
          id.line(),
          id.column(),
          "'# id:' must be 1-64 letters, digits, '.', '_' or '-', found " + Text.quote(id.text()));
    }
    return Optional.of(id.text());
  }

  /** The last path element of a file name as the user gave it. */
  static String baseName(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return fileName.substring(slash + 1);
  }
}
