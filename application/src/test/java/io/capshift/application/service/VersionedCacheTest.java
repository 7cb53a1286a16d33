package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
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
}
