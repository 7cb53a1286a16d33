package io.capshift.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code capshift serve} with a leak planted, to show the soak's heap check can fail: the real
 * server's main, beside a cache that keeps every request it is handed and is never read. The soak's
 * callers stand in for the requests here: it keeps {@value #KIB_PER_SECOND} KiB a second (≈ 225 MB
 * an hour), about what a cache of every request of a few hundred calls a second would keep. Lives
 * in the benchmarks, never in the server.
 */
public final class PlantedLeak {
  static final int KIB_PER_SECOND = 64;

  private static final List<byte[]> KEPT = new ArrayList<>();

  private PlantedLeak() {}

  public static void main(String[] args) {
    Thread leak =
        new Thread(
            () -> {
              while (true) {
                synchronized (KEPT) {
                  KEPT.add(new byte[KIB_PER_SECOND * 1024]);
                }
                try {
                  Thread.sleep(1000);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "planted-leak");
    leak.setDaemon(true);
    leak.start();
    io.capshift.bootstrap.Main.main(args);
  }
}
