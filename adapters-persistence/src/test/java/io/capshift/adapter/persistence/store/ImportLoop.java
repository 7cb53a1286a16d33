package io.capshift.adapter.persistence.store;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The child process of {@link CrashLoopTest}: imports into the store at {@code args[0]} in a loop
 * until killed. Each commit writes {@code counter} (its first value is the commit number {@code n},
 * continuing from what the store holds) and {@code side-<n mod 7>}, then prints {@code ACK n} once
 * {@code saveAll} has returned.
 */
public final class ImportLoop {
  static final int ROWS = 2_000;

  private ImportLoop() {}

  public static void main(String[] args) {
    try (FileDatasetRepository store =
        FileDatasetRepository.open(Path.of(args[0]), Clock.systemUTC())) {
      long n = counter(store).orElse(0L);
      while (true) {
        n++;
        store.saveAll(List.of(dataset("counter", n), dataset("side-" + n % 7, n)));
        System.out.println("ACK " + n);
        System.out.flush();
      }
    }
  }

  static ParsedDataset dataset(String id, long n) {
    double[] values = new double[ROWS];
    Arrays.fill(values, 1.0);
    values[0] = n;
    return Samples.index(id, "2026-01-01", values);
  }

  /** The commit number the store's {@code counter} holds. */
  static Optional<Long> counter(FileDatasetRepository store) {
    return store
        .find("counter", Optional.empty())
        .map(info -> (DatasetContent.Constituents) store.load(info))
        .map(c -> (long) c.snapshot().constituent(0).value());
  }
}
