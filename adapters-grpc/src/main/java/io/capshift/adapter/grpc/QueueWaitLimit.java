package io.capshift.adapter.grpc;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How long a short call may wait for a worker before it is shed: {@code normal} while the server
 * keeps up, and a few times what a call takes to serve (within a floor and a cap) from the moment
 * it refuses a call for want of a place, or sheds one, until {@code memory} passes with neither.
 *
 * <p>Once demand exceeds what the server admits, a call that waited more than a few milliseconds
 * holds a place that a fresh call could use, and is answered later than its caller would like; shed
 * at once, it makes room, and the workers serve the newest calls first ({@link AdaptiveLifoQueue}).
 * The figures are CoDel's (a 5 ms queue target, a 100 ms interval), as in the adaptive-LIFO servers
 * of large RPC fleets, but the overload signal is the admission bound rather than a queue that has
 * not emptied: a closed loop of fewer callers than there are places keeps the queue busy without
 * ever being refused, so a server that is merely busy keeps the normal limit.
 *
 * <p>A fixed target suits calls of one size only: behind a 5 ms wait, calls served in half a
 * millisecond are answered ten times later than at half load. So the overloaded wait is {@code
 * serviceTimes} times the calls' typical service time (an average over the last few dozen short
 * calls of every method, each counted at most as the cap), never below the floor (the scheduler's
 * and the collector's own jitter) nor above the cap; until calls are measured it is the cap. With
 * the server's figures (4 times, 1 to 5 ms) the wait follows the calls' size between 250 µs and
 * 1.25 ms of service; cheaper calls may wait the floor, dearer ones the cap, and where methods of
 * very different cost are mixed, each waits what their average earns.
 */
public final class QueueWaitLimit {
  private final long normalNanos;
  private final long floorNanos;
  private final long overloadedNanos;
  private final int serviceTimes;
  private final long memoryNanos;
  private final LongSupplier ticker;
  private volatile long lastOverload;
  // the average service time, nanoseconds; workers that record at once may each overwrite the
  // others' sample, which only makes the average a little slower to move
  private volatile long typicalService;

  /**
   * A fixed overloaded wait, whatever the calls take.
   *
   * @param normal longest wait for a worker while the server keeps up
   * @param overloaded longest wait while it is overloaded; at most {@code normal}
   * @param memory how long a refusal or a shed keeps the server overloaded
   */
  public QueueWaitLimit(Duration normal, Duration overloaded, Duration memory) {
    this(normal, overloaded, overloaded, 1, memory, System::nanoTime);
  }

  /**
   * An overloaded wait of {@code serviceTimes} typical service times, from {@code floor} to {@code
   * overloaded}.
   *
   * @param normal longest wait for a worker while the server keeps up
   * @param floor shortest overloaded wait
   * @param overloaded longest overloaded wait; at most {@code normal}
   * @param serviceTimes the overloaded wait in typical service times, at least 1
   * @param memory how long a refusal or a shed keeps the server overloaded
   */
  public QueueWaitLimit(
      Duration normal, Duration floor, Duration overloaded, int serviceTimes, Duration memory) {
    this(normal, floor, overloaded, serviceTimes, memory, System::nanoTime);
  }

  /**
   * @param ticker the clock in nanoseconds, {@link System#nanoTime()} but in tests
   */
  QueueWaitLimit(
      Duration normal,
      Duration floor,
      Duration overloaded,
      int serviceTimes,
      Duration memory,
      LongSupplier ticker) {
    if (floor.isNegative()
        || memory.isNegative()
        || floor.compareTo(overloaded) > 0
        || overloaded.compareTo(normal) > 0
        || serviceTimes < 1) {
      throw new IllegalArgumentException(
          "need 0 <= floor <= overloaded <= normal, serviceTimes >= 1 and memory >= 0: "
              + normal
              + ", "
              + floor
              + ", "
              + overloaded
              + ", "
              + serviceTimes
              + ", "
              + memory);
    }
    this.normalNanos = normal.toNanos();
    this.floorNanos = floor.toNanos();
    this.overloadedNanos = overloaded.toNanos();
    this.serviceTimes = serviceTimes;
    this.memoryNanos = memory.toNanos();
    this.ticker = ticker;
    this.lastOverload = ticker.getAsLong() - memoryNanos - 1;
    // until calls are measured, the longest wait: an overload at start-up is treated as before
    this.typicalService = overloadedNanos / serviceTimes;
  }

  /**
   * Records the time a worker took to serve one short call, nanoseconds (from its start to its
   * answer, the wait before it not included).
   */
  void served(long nanos) {
    long sample = Math.min(Math.max(nanos, 0), overloadedNanos);
    long typical = typicalService;
    typicalService = typical + (sample - typical) / 32;
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
    if (!overloaded()) {
      return normalNanos;
    }
    long typical = typicalService;
    if (typical >= overloadedNanos / serviceTimes) {
      return overloadedNanos; // and no product to overflow
    }
    return Math.max(typical * serviceTimes, floorNanos);
  }
}
