package io.capshift.application.port;

/**
 * How long this process keeps what it computes. A server or an embedding service lives for hours:
 * its caches of computed results are bounded by Caffeine, which evicts the least useful. A
 * command-line process answers one command and exits: its caches keep the same sizes but drop
 * entries in no order, and an unbounded Caffeine cache starts ~14 ms sooner in a fresh process than
 * a bounded one (docs/performance.md, "The fourth round").
 */
public final class ProcessLifetime {
  private static volatile boolean oneCommand;

  private ProcessLifetime() {}

  /** Declares this process one command's: call before opening a store. */
  public static void oneCommand() {
    oneCommand = true;
  }

  /** Whether caches built from now on may go unbounded: the process answers one command. */
  public static boolean isOneCommand() {
    return oneCommand;
  }
}
