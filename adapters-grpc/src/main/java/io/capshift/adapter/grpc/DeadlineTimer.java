package io.capshift.adapter.grpc;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The one daemon thread that fires the deadlines {@link CallAdmission} sets. Cancelled timers leave
 * its queue at once: one is cancelled at the end of every call.
 */
final class DeadlineTimer {
  static final ScheduledExecutorService SCHEDULER = create();

  private DeadlineTimer() {}

  private static ScheduledExecutorService create() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "capshift-deadlines");
              t.setDaemon(true);
              return t;
            });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
