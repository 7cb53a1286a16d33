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
    // the average converges on 0.5 ms from below (each step closes 1/32 of the gap, rounded down)
    assertThat(adaptive.nanos()).isBetween(1_999_000L, 2_000_000L);
    adaptive.served(100_000_000L); // one 100 ms call counts as the 5 ms cap: 0.5 + 4.5/32 ms
    assertThat(adaptive.nanos()).isBetween(2_560_000L, 2_563_000L);
  }

  @Test
  void nanos_adaptiveAndOverloaded_withinTheFloorAndTheCap() {
    adaptive.overloadSeen();
    assertThat(adaptive.nanos()).as("no call served yet").isEqualTo(1_000_000L);
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
  void nanos_adaptiveButKeepingUp_theNormalWait() {
    for (int i = 0; i < 100; i++) {
      adaptive.served(500_000L);
    }
    assertThat(adaptive.nanos()).isEqualTo(1_000_000_000L);
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
