package io.capshift.adapter.persistence.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A second process for the store-sharing tests. {@code write <dir> <id>} opens the store, writes a
 * dataset {@code <id>} and prints the data version; {@code hold <dir>} takes the write lock as a
 * writer in the middle of a write would, prints HOLDING and waits to be killed.
 */
public final class LockProbe {
  private LockProbe() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]).toAbsolutePath().normalize();
    if (args[0].equals("hold")) {
      try (StoreLock lock = StoreLock.acquire(dir)) {
        System.out.println("HOLDING");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
      }
    }
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, Clock.systemUTC())) {
      store.saveAll(List.of(Samples.index(args[2], "2026-01-02", 5)));
      System.out.println("WROTE " + store.dataVersion());
    }
  }
}
