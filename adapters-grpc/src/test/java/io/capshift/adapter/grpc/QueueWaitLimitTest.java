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
          Duration.ofSeconds(1), Duration.ofMillis(5), Duration.ofMillis(100), now::get);

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
  void new_overloadedWaitLongerThanNormal_refused() {
    assertThatThrownBy(
            () -> new QueueWaitLimit(Duration.ofMillis(5), Duration.ofSeconds(1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
