package io.capshift.bootstrap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The real public data sets in {@code ../shared/data} beside the checkout, when present. */
final class SharedData {
  private SharedData() {}

  /** Walks up from the working directory to the first folder with {@code shared/data} in it. */
  static Optional<Path> root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A file under the shared data folder; skips the calling test when the folder is absent. */
  static Path file(String relative) {
    Optional<Path> root = root();
    assumeTrue(
        root.isPresent(), "../shared/data not found beside the checkout: real-data test skipped");
    Path file = root.get().resolve(relative);
    assumeTrue(Files.isRegularFile(file), file + " not found: real-data test skipped");
    return file;
  }

  /** Imports the shared file {@code relative} into {@code capshift}, its format detected. */
  static void importInto(Capshift capshift, String relative) throws java.io.IOException {
    Path file = file(relative);
    try (java.io.InputStream in = Files.newInputStream(file)) {
      capshift
          .importer()
          .importDataset(
              new io.capshift.application.port.in.ImportDatasetCommand(
                  file.getFileName().toString(),
                  io.capshift.application.port.in.ImportFormat.AUTO,
                  Optional.empty(),
                  Optional.empty(),
                  in));
    }
  }
}
