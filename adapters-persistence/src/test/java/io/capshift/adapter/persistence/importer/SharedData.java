package io.capshift.adapter.persistence.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The real publishers' files in {@code shared/data} beside the checkout, when present. */
final class SharedData {
  private SharedData() {}

  /** {@code shared/data} in the nearest directory above the working directory that has one. */
  static Optional<Path> dir() {
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        p != null;
        p = p.getParent()) {
      Path data = p.resolve("shared").resolve("data");
      if (Files.isDirectory(data)) {
        return Optional.of(data);
      }
    }
    return Optional.empty();
  }

  /** The file at {@code relative} under shared/data; skips the test when the folder is absent. */
  static Path file(String relative) {
    Optional<Path> dir = dir();
    assumeTrue(
        dir.isPresent(), "../shared/data not found beside the checkout: real-data tests skipped");
    return dir.get().resolve(relative);
  }

  /** Parses a real file, streaming it from disk. */
  static ParseResult parse(String relative, ImportFormat format) {
    Path path = file(relative);
    try (InputStream in = Files.newInputStream(path)) {
      return Sources.PARSER.parse(
          new ImportSource(
              path.toString(),
              format,
              Optional.empty(),
              Optional.empty(),
              Sources.IMPORT_DATE,
              in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
