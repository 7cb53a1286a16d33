package io.capshift.adapter.grpc;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How long a short call may wait for a worker before it is shed: {@code normal} while the server
 * keeps up, and {@code overloaded} from the moment it refuses a call for want of a place, or sheds
 * one, until {@code memory} passes with neither.
 *
 * <p>Once demand exceeds what the server admits, a call that waited more than a few milliseconds
 * holds a place that a fresh call could use, and is answered later than its caller would like; shed
 * at once, it makes room, and the workers serve the newest calls first ({@link AdaptiveLifoQueue}).
 * The figures are CoDel's (a 5 ms queue target, a 100 ms interval), as in the adaptive-LIFO servers
 * of large RPC fleets, but the overload signal is the admission bound rather than a queue that has
 * not emptied: a closed loop of fewer callers than there are places keeps the queue busy without
 * ever being refused, so a server that is merely busy keeps the normal limit.
 */
public final class QueueWaitLimit {
  private final long normalNanos;
  private final long overloadedNanos;
  private final long memoryNanos;
  private final LongSupplier ticker;
  private volatile long lastOverload;

  /**
   * @param normal longest wait for a worker while the server keeps up
   * @param overloaded longest wait while it is overloaded; at most {@code normal}
   * @param memory how long a refusal or a shed keeps the server overloaded
   */
  public QueueWaitLimit(Duration normal, Duration overloaded, Duration memory) {
    this(normal, overloaded, memory, System::nanoTime);
  }

  /**
   * @param ticker the clock in nanoseconds, {@link System#nanoTime()} but in tests
   */
  QueueWaitLimit(Duration normal, Duration overloaded, Duration memory, LongSupplier ticker) {
    if (overloaded.isNegative() || memory.isNegative() || overloaded.compareTo(normal) > 0) {
      throw new IllegalArgumentException(
          "need 0 <= overloaded <= normal and memory >= 0: "
              + normal
              + ", "
              + overloaded
              + ", "
              + memory);
    }
    this.normalNanos = normal.toNanos();
    this.overloadedNanos = overloaded.toNanos();
    this.memoryNanos = memory.toNanos();
    this.ticker = ticker;
    this.lastOverload = ticker.getAsLong() - memoryNanos - 1;
  }

  /** Records a short call refused at admission or shed after waiting. */
  void overloadSeen() {
    lastOverload = ticker.getAsLong();
  }

  /** Whether a short call was refused or shed within the memory. */
  boolean overloaded() {
    return ticker.getAsLong() - lastOverload <= memoryNanos;
  }

  /** The longest a short call may wait for a worker now, in nanoseconds. */
  long nanos() {
    return overloaded() ? overloadedNanos : normalNanos;
  }
}
