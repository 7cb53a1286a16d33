package io.capshift.adapter.grpc;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * The short-call workers' queue: first in, first out while the oldest waiting task is younger than
 * {@code lifoAfter} and the server is not overloaded, newest first otherwise, and the oldest again
 * once it has waited longer than the {@link QueueWaitLimit} (it will only be refused: {@link
 * CallAdmission} sheds calls that waited that long). Under overload a fifo queue makes every call
 * wait behind all the others, so admitted calls are slow as well as few; served newest first, the
 * calls answered are those that waited least, and the ones left waiting are shed (the adaptive-lifo
 * rule of large RPC fleets). Without overload the queue is short and stays fifo.
 *
 * <p>For a {@link java.util.concurrent.ThreadPoolExecutor}, which uses only {@code offer}, {@code
 * take}, {@code poll} and the collection views; tasks are stamped when offered.
 */
public final class AdaptiveLifoQueue extends LinkedBlockingDeque<Runnable> {
  private static final long serialVersionUID = 1L;

  private final long lifoAfterNanos;
  private final QueueWaitLimit waitLimit;

  /**
   * @param lifoAfter age of the oldest task from which the newest is served first
   * @param waitLimit the age from which the oldest is taken again, to be shed, and whether the
   *     server is overloaded
   */
  public AdaptiveLifoQueue(Duration lifoAfter, QueueWaitLimit waitLimit) {
    if (lifoAfter.isNegative()) {
      throw new IllegalArgumentException("need lifoAfter >= 0: " + lifoAfter);
    }
    this.lifoAfterNanos = lifoAfter.toNanos();
    this.waitLimit = waitLimit;
  }

  @Override
  public boolean offer(Runnable task) {
    return super.offerLast(new Stamped(task, System.nanoTime()));
  }

  @Override
  public boolean add(Runnable task) {
    return offer(task);
  }

  @Override
  public void put(Runnable task) {
    offer(task);
  }

  @Override
  public Runnable take() throws InterruptedException {
    Runnable next = pick();
    return next != null ? next : super.takeFirst(); // empty: whatever comes first is the newest
  }

  @Override
  public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
    Runnable next = pick();
    return next != null ? next : super.pollFirst(timeout, unit);
  }

  @Override
  public Runnable poll() {
    return pick();
  }

  /** The task to run next under the rule above, or null if the queue is empty. */
  private Runnable pick() {
    Runnable head = peekFirst();
    if (head == null) {
      return null;
    }
    long age = System.nanoTime() - ((Stamped) head).at;
    if (age <= waitLimit.nanos() && (age > lifoAfterNanos || waitLimit.overloaded())) {
      Runnable newest = pollLast();
      if (newest != null) {
        return newest;
      }
    }
    return pollFirst(); // null if other workers emptied it meanwhile
  }

  /** A task and when it was queued ({@link System#nanoTime()}). */
  private record Stamped(Runnable task, long at) implements Runnable {
    @Override
    public void run() {
      task.run();
    }
  }
}
