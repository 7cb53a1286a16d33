package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {
  private final VersionedCache<String, Integer> cache = new VersionedCache<>(100);
  private final AtomicInteger computed = new AtomicInteger();

  @Test
  void sameVersion_computedOnce() {
    assertThat(cache.get(7, "a", k -> computed.incrementAndGet())).isEqualTo(1);
    assertThat(cache.get(7, "a", k -> computed.incrementAndGet())).isEqualTo(1);
    assertThat(cache.getIfPresent(7, "a")).contains(1);
    assertThat(computed).hasValue(1);
  }

  @Test
  void putIfAbsent_theFirstPutKept_andANewerVersionDropsIt() {
    assertThat(cache.putIfAbsent(7, "a", 1)).isEqualTo(1);
    assertThat(cache.putIfAbsent(7, "a", 2)).as("the one cached").isEqualTo(1);
    assertThat(cache.getIfPresent(7, "a")).contains(1);

    assertThat(cache.putIfAbsent(8, "a", 3)).isEqualTo(3);
    assertThat(cache.getIfPresent(7, "a")).isEmpty();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void boundedByCaffeine_orTrimmedForOneCommand_keepsAtMostItsSize_andAnswersTheSame() {
    VersionedCache<Integer, Integer> bounded = new VersionedCache<>(4, true);
    VersionedCache<Integer, Integer> oneCommand = new VersionedCache<>(4, false);
    AtomicInteger computations = new AtomicInteger();
    for (int k = 0; k < 50; k++) {
      assertThat(bounded.get(7, k, x -> x * 2)).isEqualTo(k * 2);
      assertThat(oneCommand.get(7, k, x -> twice(x, computations))).isEqualTo(k * 2);
      assertThat(oneCommand.putIfAbsent(7, 100 + k, k)).isEqualTo(k);
    }
    assertThat(bounded.size()).isLessThanOrEqualTo(4);
    assertThat(oneCommand.size()).isLessThanOrEqualTo(4);
    assertThat(computations).hasValue(50);
    // a dropped key is computed again, to the same answer
    for (int k = 0; k < 50; k++) {
      assertThat(oneCommand.get(7, k, x -> twice(x, computations))).isEqualTo(k * 2);
    }
    assertThat(computations).hasValueGreaterThan(50);

    oneCommand.get(8, 0, x -> x);
    assertThat(oneCommand.size()).isEqualTo(1);
  }

  @Test
  void newerVersion_dropsEveryOlderEntry_andComputesAgain() {
    cache.get(7, "a", k -> computed.incrementAndGet());
    cache.get(7, "b", k -> computed.incrementAndGet());
    assertThat(cache.size()).isEqualTo(2);

    assertThat(cache.get(8, "a", k -> computed.incrementAndGet())).isEqualTo(3);

    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.getIfPresent(7, "b")).isEmpty();
  }

  @Test
  void aLateCallAtAnOlderVersion_stillAnswers_andGoesAtTheNextVersion() {
    cache.get(8, "a", k -> computed.incrementAndGet());
    assertThat(cache.get(7, "a", k -> computed.incrementAndGet())).isEqualTo(2);
    assertThat(cache.size()).isEqualTo(2);

    cache.get(9, "a", k -> computed.incrementAndGet());

    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void aLongComputation_blocksNoOtherKey_andItsOwnKeyWaitsForIt() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Integer> slow =
        heldOpen("slow", started, release, () -> computed.incrementAndGet());
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    // every other key, whatever part of the table it falls in, answers at once
    // three times the size bound: the bound may drop finished entries, never one being computed
    for (int i = 0; i < 300; i++) {
      int n = i;
      assertThat(cache.get(7, "k" + i, k -> 1000 + n)).isEqualTo(1000 + i);
    }
    assertThat(cache.getIfPresent(7, "slow")).as("not while it is computed").isEmpty();
    assertThat(cache.putIfAbsent(7, "slow", 99)).as("never waits").isEqualTo(99);
    CountDownLatch asking = new CountDownLatch(1);
    CompletableFuture<Integer> waiter =
        CompletableFuture.supplyAsync(
            () -> {
              asking.countDown();
              return cache.get(7, "slow", k -> computed.incrementAndGet());
            });
    assertThat(asking.await(10, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(50);
    assertThat(waiter).as("waits for the computation it found").isNotDone();
    release.countDown();
    assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(waiter.get(10, TimeUnit.SECONDS)).as("the first caller's result").isEqualTo(1);
    assertThat(computed).hasValue(1);
  }

  @Test
  void aFailedComputation_isNotKept() {
    assertThatThrownBy(
            () ->
                cache.get(
                    7,
                    "a",
                    k -> {
                      throw new IllegalStateException("store being repaired");
                    }))
        .hasMessage("store being repaired");
    assertThat(cache.get(7, "a", k -> computed.incrementAndGet())).isEqualTo(1);
  }

  /**
   * {@code key} computed at version 7 on another thread: it counts {@code started} down, waits for
   * {@code release}, then gives what {@code then} gives (or throws).
   */
  private CompletableFuture<Integer> heldOpen(
      String key, CountDownLatch started, CountDownLatch release, Supplier<Integer> then) {
    return CompletableFuture.supplyAsync(
        () ->
            cache.get(
                7,
                key,
                k -> {
                  started.countDown();
                  await(release);
                  return then.get();
                }));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aComputationAskingForItsOwnKey_failsRatherThanWaitingForItself() {
    assertThatThrownBy(() -> cache.get(7, "a", k -> cache.get(7, "a", j -> 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("asks for itself");
    assertThat(cache.get(7, "a", k -> 2)).as("nothing kept of it").isEqualTo(2);
  }

  @Test
  void aWaiter_computesItselfWhenTheComputationItWaitedForFails() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch fail = new CountDownLatch(1);
    CompletableFuture<Integer> failing =
        heldOpen(
            "a",
            started,
            fail,
            () -> {
              throw new IllegalStateException("store being repaired");
            });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Integer> waiter =
        CompletableFuture.supplyAsync(() -> cache.get(7, "a", k -> 5));
    Thread.sleep(50);
    fail.countDown();
    assertThat(waiter.get(10, TimeUnit.SECONDS)).isEqualTo(5);
    assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(cache.getIfPresent(7, "a")).contains(5);
  }

  /** {@code 2x}, counted. */
  private static int twice(int x, AtomicInteger computations) {
    computations.incrementAndGet();
    return 2 * x;
  }
}
