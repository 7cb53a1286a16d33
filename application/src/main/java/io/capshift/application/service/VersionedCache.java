package io.capshift.application.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A Caffeine cache of results computed from one data version of the store. Entries of older
 * versions are dropped the first time a newer version is asked for: no later call reaches them, and
 * a server that imports every few minutes would otherwise hold a cache's full size of dead results
 * (several for each import) until the size bound pushed them out.
 *
 * @param <K> the key within a version
 * @param <V> the computed result
 */
final class VersionedCache<K, V> {
  private final Cache<Versioned<K>, V> cache;
  private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);

  /** At most {@code maximumSize} entries, as Caffeine bounds them. */
  VersionedCache(long maximumSize) {
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).build();
  }

  /** The result for {@code key} at data version {@code version}, computed once. */
  V get(long version, K key, Function<K, V> compute) {
    seen(version);
    return cache.get(new Versioned<>(version, key), k -> compute.apply(k.key()));
  }

  /**
   * Caches {@code value} for {@code key} at {@code version} unless a result is cached already;
   * returns the one cached. It waits only for a computation {@link #get} runs for the same part of
   * the table, so a cache whose callers all compute first and then put never makes one wait.
   */
  V putIfAbsent(long version, K key, V value) {
    seen(version);
    V before = cache.asMap().putIfAbsent(new Versioned<>(version, key), value);
    return before != null ? before : value;
  }

  /** The result for {@code key} at {@code version} if it is cached. */
  Optional<V> getIfPresent(long version, K key) {
    seen(version);
    return Optional.ofNullable(cache.getIfPresent(new Versioned<>(version, key)));
  }

  /** Entries held, after pending evictions. */
  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  private void seen(long version) {
    for (long n = newest.get(); version > n; n = newest.get()) {
      if (newest.compareAndSet(n, version)) {
        // a call still at an older version may add an entry after this: it goes at the next
        // version, or by the size bound
        cache.asMap().keySet().removeIf(k -> k.version() < version);
        return;
      }
    }
  }

  private record Versioned<K>(long version, K key) {}
}
