package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Option;
import io.capshift.application.port.in.UseCases;
import java.nio.file.Path;

/** The {@code --data} option every command shares, and how the store is opened from it. */
final class StoreOption {
  /** Environment variable that overrides the default store directory. */
  static final String DATA_ENV = "CAPSHIFT_DATA";

  private final CliBackend backend;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Store directory (default: $"
              + DATA_ENV
              + ", else ~/.capshift/data). Created if missing.")
  Path data;

  StoreOption(CliBackend backend) {
    this.backend = backend;
  }

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
  UseCases open() {
    UseCases store = openUnseeded();
    try {
      store.seed().seedIfEmpty();
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Opens the store as it is: nothing is written to it. */
  UseCases openUnseeded() {
    return backend.open(dataDir());
  }

  /** What the command line runs on. */
  CliBackend backend() {
    return backend;
  }
}
