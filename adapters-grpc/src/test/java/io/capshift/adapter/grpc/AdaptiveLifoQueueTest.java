package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdaptiveLifoQueueTest {
  private static final Duration HOUR = Duration.ofHours(1);

  /** Never overloaded on its own: an hour's wait allowed. */
  private static final QueueWaitLimit CALM = new QueueWaitLimit(HOUR, HOUR, Duration.ZERO);

  @Test
  void take_oldestYoungerThanLifoAfter_firstInFirstOut() throws Exception {
    AdaptiveLifoQueue q = new AdaptiveLifoQueue(HOUR, CALM);
    List<String> order = new CopyOnWriteArrayList<>();
    for (String s : List.of("a", "b", "c")) {
      q.offer(() -> order.add(s));
    }

    runAll(q, 3);

    assertThat(order).containsExactly("a", "b", "c");
  }

  @Test
  void take_oldestOlderThanLifoAfter_newestFirst() throws Exception {
    AdaptiveLifoQueue q = new AdaptiveLifoQueue(Duration.ZERO, CALM);
    List<String> order = new CopyOnWriteArrayList<>();
    for (String s : List.of("a", "b", "c")) {
      q.offer(() -> order.add(s));
    }
    Thread.sleep(2);

    runAll(q, 3);

    assertThat(order).containsExactly("c", "b", "a");
  }

  @Test
  void take_oldestPastStaleAfter_takenFirstToBeShed() throws Exception {
    AdaptiveLifoQueue q =
        new AdaptiveLifoQueue(
            Duration.ZERO,
            new QueueWaitLimit(Duration.ofMillis(1), Duration.ofMillis(1), Duration.ZERO));
    List<String> order = new CopyOnWriteArrayList<>();
    q.offer(() -> order.add("old"));
    Thread.sleep(5);
    q.offer(() -> order.add("new"));

    runAll(q, 2);

    assertThat(order).containsExactly("old", "new");
  }

  @Test
  void pool_overloadedWorker_servesTheNewestQueuedFirst() throws Exception {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            1, 1, 0, TimeUnit.MILLISECONDS, new AdaptiveLifoQueue(Duration.ofMillis(1), CALM));
    CountDownLatch release = new CountDownLatch(1);
    List<Integer> order = new CopyOnWriteArrayList<>();
    try {
      pool.execute(() -> await(release)); // occupies the only worker
      for (int i = 1; i <= 5; i++) {
        int n = i;
        pool.execute(() -> order.add(n));
      }
      Thread.sleep(5);
      release.countDown();
      pool.shutdown();

      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      assertThat(order).containsExactly(5, 4, 3, 2, 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void take_overloaded_newestFirstAtOnceAndOlderThanTheOverloadedWaitShed() throws Exception {
    QueueWaitLimit limit = new QueueWaitLimit(HOUR, Duration.ofMillis(50), HOUR);
    AdaptiveLifoQueue q = new AdaptiveLifoQueue(HOUR, limit);
    List<String> order = new CopyOnWriteArrayList<>();
    q.offer(() -> order.add("stale"));
    Thread.sleep(100);
    for (String s : List.of("a", "b")) {
      q.offer(() -> order.add(s));
    }
    runAll(q, 3);
    assertThat(order)
        .as("calm: first in, first out, however old")
        .containsExactly("stale", "a", "b");
    order.clear();

    limit.overloadSeen();
    q.offer(() -> order.add("stale"));
    Thread.sleep(100);
    for (String s : List.of("a", "b")) {
      q.offer(() -> order.add(s));
    }
    runAll(q, 3);

    assertThat(order)
        .as("overloaded: the stale one out first, then newest first")
        .containsExactly("stale", "b", "a");
  }

  @Test
  void new_negativeLifoAfter_refused() {
    assertThatThrownBy(() -> new AdaptiveLifoQueue(Duration.ofSeconds(-1), CALM))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void runAll(AdaptiveLifoQueue q, int n) throws InterruptedException {
    for (int i = 0; i < n; i++) {
      q.take().run();
    }
    assertThat(q.poll()).isNull();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
