package io.capshift.application.service;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.capshift.application.port.ProcessLifetime;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A Caffeine cache of results computed from one data version of the store. Entries of older
 * versions are dropped the first time a newer version is asked for: no later call reaches them, and
 * a server that imports every few minutes would otherwise hold a cache's full size of dead results
 * (several for each import) until the size bound pushed them out.
 *
 * <p>A result is computed by the first caller of its key, on its own thread and outside any lock of
 * the cache; later callers of that key wait for it (and compute it themselves if it fails), and
 * callers of other keys never do. (Computing inside Caffeine's {@code get} would hold a lock on a
 * part of its table for the whole computation: a short call could wait behind a backtest's
 * look-through of another key.)
 *
 * @param <K> the key within a version
 * @param <V> the computed result
 */
final class VersionedCache<K, V> {
  /**
   * Caffeine's asynchronous cache: a future in it weighs nothing until it completes, so the size
   * bound never drops a result still being computed (its other callers would compute it again), and
   * a future that fails is removed.
   */
  private final AsyncCache<Versioned<K>, V> cache;

  private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);

  /**
   * The size past which finished entries are dropped, in no order, when the cache is not bounded by
   * Caffeine: a command that walks every month end of a store with a fund's holdings for each month
   * (a backtest) would otherwise keep every look-through of them.
   */
  private final long trimmedTo;

  /**
   * At most {@code maximumSize} entries, as Caffeine bounds them; no bound in a process that
   * answers one command ({@link ProcessLifetime}).
   */
  VersionedCache(long maximumSize) {
    this(maximumSize, !ProcessLifetime.isOneCommand());
  }

  /**
   * At most {@code maximumSize} entries: bounded by Caffeine if {@code bounded}, else by dropping
   * any finished entries past the size once a result is added.
   */
  VersionedCache(long maximumSize, boolean bounded) {
    // Caffeine's own upkeep runs on the threads that use the cache, not on a pool of its own
    Caffeine<Object, Object> b = Caffeine.newBuilder().executor(Runnable::run);
    this.cache = (bounded ? b.maximumSize(maximumSize) : b).buildAsync();
    this.trimmedTo = bounded ? Long.MAX_VALUE : maximumSize;
  }

  private void trim() {
    var map = cache.asMap();
    for (var it = map.entrySet().iterator(); map.size() > trimmedTo && it.hasNext(); ) {
      var e = it.next();
      if (e.getValue().isDone()) {
        map.remove(e.getKey(), e.getValue());
      }
    }
  }

  /**
   * The result for {@code key} at data version {@code version}, computed once.
   *
   * @throws IllegalStateException if computing {@code key} asks for {@code key} again on its own
   *     thread, which would wait for itself
   */
  V get(long version, K key, Function<K, V> compute) {
    seen(version);
    Versioned<K> k = new Versioned<>(version, key);
    Computation<V> mine = new Computation<>();
    CompletableFuture<V> held = cache.asMap().putIfAbsent(k, mine);
    if (held != null) {
      if (held instanceof Computation<V> c && c.owner == Thread.currentThread() && !c.isDone()) {
        throw new IllegalStateException("the computation of " + key + " asks for itself");
      }
      try {
        return held.join();
      } catch (CompletionException | CancellationException failed) {
        // the first caller's computation failed and is no longer held: this caller tries itself
        return get(version, key, compute);
      }
    }
    try {
      V v = compute.apply(key);
      mine.complete(v);
      trim();
      return v;
    } catch (RuntimeException | Error e) {
      // not kept: the next caller computes again (a store being repaired, an interrupt)
      cache.asMap().remove(k, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /** A result being computed, and the thread computing it. */
  private static final class Computation<V> extends CompletableFuture<V> {
    final Thread owner = Thread.currentThread();
  }

  /**
   * Caches {@code value} for {@code key} at {@code version} unless a result is cached already;
   * returns the one cached, or {@code value} while another caller is still computing one. Never
   * waits.
   */
  V putIfAbsent(long version, K key, V value) {
    seen(version);
    CompletableFuture<V> held =
        cache
            .asMap()
            .putIfAbsent(new Versioned<>(version, key), CompletableFuture.completedFuture(value));
    if (held == null) {
      trim();
      return value;
    }
    return done(held).orElse(value);
  }

  /** The result for {@code key} at {@code version} if it is cached (not while it is computed). */
  Optional<V> getIfPresent(long version, K key) {
    seen(version);
    CompletableFuture<V> held = cache.getIfPresent(new Versioned<>(version, key));
    return held == null ? Optional.empty() : done(held);
  }

  private static <V> Optional<V> done(CompletableFuture<V> f) {
    return f.isDone() && !f.isCompletedExceptionally()
        ? Optional.ofNullable(f.join())
        : Optional.empty();
  }

  /** Entries held, after pending evictions. */
  long size() {
    cache.synchronous().cleanUp();
    return cache.synchronous().estimatedSize();
  }

  private void seen(long version) {
    for (long n = newest.get(); version > n; n = newest.get()) {
      if (newest.compareAndSet(n, version)) {
        // a call still at an older version may add an entry after this: it goes at the next
        // version, or by the size bound
        cache.asMap().keySet().removeIf(k -> k.version < version);
        return;
      }
    }
  }

  /**
   * A key at a data version. A class, not a record: a record's equals and hashCode are linked at
   * their first call through method handles, ~15 ms in a fresh process (docs/performance.md).
   */
  private static final class Versioned<K> {
    private final long version;
    private final K key;

    Versioned(long version, K key) {
      this.version = version;
      this.key = key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Versioned<?> v && v.version == version && Objects.equals(v.key, key);
    }

    @Override
    public int hashCode() {
      return 31 * Long.hashCode(version) + Objects.hashCode(key);
    }
  }
}
