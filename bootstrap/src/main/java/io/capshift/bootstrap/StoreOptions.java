package io.capshift.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** The {@code --data} option every command shares, and how the store is opened from it. */
final class StoreOptions {
  /** Environment variable that overrides the default store directory. */
  static final String DATA_ENV = "CAPSHIFT_DATA";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Store directory (default: $"
              + DATA_ENV
              + ", else ~/.capshift/data). Created if missing.")
  Path data;

  Path dataDir() {
    if (data != null) {
      return data;
    }
    String env = System.getenv(DATA_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".capshift", "data");
  }

  /** Opens the store and seeds it with the built-in reference data if it is empty. */
  Capshift open() {
    Capshift capshift = Capshift.open(dataDir(), Clock.systemDefaultZone());
    try {
      capshift.seed().seedIfEmpty();
      return capshift;
    } catch (RuntimeException e) {
      capshift.close();
      throw e;
    }
  }
}
