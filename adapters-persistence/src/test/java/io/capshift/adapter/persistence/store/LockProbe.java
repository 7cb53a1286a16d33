package io.capshift.adapter.persistence.store;

import io.capshift.domain.error.FailedPreconditionException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A second process for the lock tests. {@code try <dir>} opens the store and exits 0, or prints the
 * lock error and exits 3; {@code hold <dir>} opens it, prints HOLDING and waits to be killed.
 */
public final class LockProbe {
  private LockProbe() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    try {
      FileDatasetRepository store = FileDatasetRepository.open(dir, Clock.systemUTC());
      if (args[0].equals("hold")) {
        System.out.println("HOLDING");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
      }
      store.close();
      System.out.println("OPENED");
    } catch (FailedPreconditionException e) {
      System.out.println(e.reason() + " " + e.getMessage());
      System.exit(3);
    }
  }
}
