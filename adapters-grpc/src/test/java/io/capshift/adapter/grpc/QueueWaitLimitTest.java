package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QueueWaitLimitTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final QueueWaitLimit limit =
      new QueueWaitLimit(
          Duration.ofSeconds(1),
          Duration.ofMillis(5),
          Duration.ofMillis(5),
          1,
          Duration.ofMillis(100),
          now::get);
  private final QueueWaitLimit adaptive =
      new QueueWaitLimit(
          Duration.ofSeconds(1),
          Duration.ofMillis(1),
          Duration.ofMillis(5),
          4,
          Duration.ofMillis(100),
          now::get);

  @Test
  void nanos_nothingRefusedOrShed_theNormalWait() {
    assertThat(limit.overloaded()).isFalse();
    assertThat(limit.nanos()).isEqualTo(1_000_000_000L);
  }

  @Test
  void nanos_afterARefusal_theOverloadedWaitUntilTheMemoryPasses() {
    limit.overloadSeen();
    now.addAndGet(100_000_000L); // 100 ms later: still within the memory
    assertThat(limit.overloaded()).isTrue();
    assertThat(limit.nanos()).isEqualTo(5_000_000L);

    now.addAndGet(1);
    assertThat(limit.overloaded()).isFalse();
    assertThat(limit.nanos()).isEqualTo(1_000_000_000L);
  }

  @Test
  void nanos_refusalsKeepComing_staysOverloaded() {
    for (int i = 0; i < 10; i++) {
      limit.overloadSeen();
      now.addAndGet(90_000_000L);
      assertThat(limit.overloaded()).as("90 ms after refusal %d", i).isTrue();
    }
  }

  @Test
  void nanos_adaptiveAndOverloaded_fourTypicalServiceTimes() {
    adaptive.overloadSeen();
    for (int i = 0; i < 1_000; i++) {
      adaptive.served(500_000L); // 0.5 ms each
    }
    // the average converges on 0.5 ms from the cap's quarter above it, each step closing 1/32 of
    // the gap in whole nanoseconds: it stops within 31 ns
    assertThat(adaptive.nanos()).isBetween(2_000_000L, 2_000_124L);
    adaptive.served(100_000_000L); // one 100 ms call counts as the 5 ms cap: 0.5 + 4.5/32 ms
    assertThat(adaptive.nanos()).isBetween(2_560_000L, 2_563_000L);
  }

  @Test
  void nanos_adaptiveAndOverloaded_withinTheFloorAndTheCap() {
    adaptive.overloadSeen();
    assertThat(adaptive.nanos()).as("no call measured yet: the cap").isEqualTo(5_000_000L);
    for (int i = 0; i < 1_000; i++) {
      adaptive.served(20_000L); // 20 µs: four of them are far below the floor
    }
    assertThat(adaptive.nanos()).isEqualTo(1_000_000L);
    for (int i = 0; i < 1_000; i++) {
      adaptive.served(3_000_000L); // 3 ms: four of them are above the cap
    }
    assertThat(adaptive.nanos()).isEqualTo(5_000_000L);
  }

  @Test
  void nanos_adaptive_theNormalWaitUntilOverloadedAndAfterTheMemory() {
    for (int i = 0; i < 1_000; i++) {
      adaptive.served(500_000L);
    }
    assertThat(adaptive.nanos()).as("keeping up").isEqualTo(1_000_000_000L);
    adaptive.overloadSeen();
    assertThat(adaptive.nanos()).as("overloaded").isBetween(2_000_000L, 2_000_124L);
    now.addAndGet(100_000_001L);
    assertThat(adaptive.nanos()).as("the memory passed").isEqualTo(1_000_000_000L);
  }

  @Test
  void nanos_adaptiveWithHugeFigures_theCapWithoutOverflow() {
    QueueWaitLimit huge =
        new QueueWaitLimit(
            Duration.ofSeconds(Long.MAX_VALUE / 2_000_000_000L),
            Duration.ZERO,
            Duration.ofSeconds(Long.MAX_VALUE / 2_000_000_000L),
            1_000,
            Duration.ofHours(1),
            now::get);
    huge.overloadSeen();
    huge.served(Long.MAX_VALUE);
    assertThat(huge.nanos()).isPositive().isLessThanOrEqualTo(Long.MAX_VALUE / 2);
  }

  @Test
  void new_floorAboveTheCapOrNoServiceTime_refused() {
    assertThatThrownBy(
            () ->
                new QueueWaitLimit(
                    Duration.ofSeconds(1),
                    Duration.ofMillis(6),
                    Duration.ofMillis(5),
                    4,
                    Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new QueueWaitLimit(
                    Duration.ofSeconds(1),
                    Duration.ofMillis(1),
                    Duration.ofMillis(5),
                    0,
                    Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void new_overloadedWaitLongerThanNormal_refused() {
    assertThatThrownBy(
            () -> new QueueWaitLimit(Duration.ofMillis(5), Duration.ofSeconds(1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
