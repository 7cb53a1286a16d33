package io.capshift.bootstrap;

import io.capshift.adapter.grpc.AdaptiveLifoQueue;
import io.capshift.adapter.grpc.BearerTokenInterceptor;
import io.capshift.adapter.grpc.CallAdmission;
import io.capshift.adapter.grpc.QueueWaitLimit;
import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.RotationServiceGrpc;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.grpc.ServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The limits and access rules every capshift server runs with, set explicitly because grpc-java
 * leaves several unlimited (concurrent calls per connection, reset frames, the executor).
 */
final class ServerSetup {
  /** Largest inbound message; imports stream files in chunks well below it. */
  static final int MAX_INBOUND_MESSAGE_BYTES = 4 * 1024 * 1024;

  /** Largest inbound header list (grpc-java's default, set so that it stays so). */
  static final int MAX_INBOUND_METADATA_BYTES = 8 * 1024;

  /** Concurrent calls one connection may have open; also blunts rapid-reset floods. */
  static final int MAX_CALLS_PER_CONNECTION = 100;

  /** Reset frames tolerated per window before the connection is closed (CVE-2023-44487). */
  static final int MAX_RST_FRAMES = 200;

  static final int RST_WINDOW_SECONDS = 30;

  /**
   * Short calls admitted at once (running or waiting for a worker) before new ones are refused. An
   * admitted call waits behind at most this many, so it bounds their latency under overload. Above
   * the 40 calls in flight of the usual saturating client (4 connections × 10, the shape `capshift
   * bench` measures) and the 32 callers of the load test, which must see no refusal.
   */
  static final int MAX_SHORT_CALLS = 64;

  /** Long jobs (imports, backtests) running at once. */
  static final int MAX_LONG_CALLS = 2;

  /** Age of the oldest queued short call from which the workers serve the newest first. */
  static final Duration LIFO_AFTER = Duration.ofMillis(5);

  /**
   * Longest a short call waits for a worker before it is refused, while the server is not
   * overloaded. Far above any such wait (the load test's 32 callers wait about a millisecond).
   */
  static final Duration MAX_QUEUE_WAIT = Duration.ofSeconds(1);

  /**
   * Longest a short call waits for a worker while the server is overloaded: CoDel's 5 ms target. A
   * call waiting longer would be answered well after the calls that came after it.
   */
  static final Duration OVERLOADED_QUEUE_WAIT = Duration.ofMillis(5);

  /**
   * Shortest such wait: below a millisecond, the scheduler's and the collector's own pauses would
   * shed calls that the server would have answered in time.
   */
  static final Duration OVERLOADED_QUEUE_WAIT_FLOOR = Duration.ofMillis(1);

  /**
   * Such a wait in typical service times (an average over the short calls of every method): an
   * admitted call is then answered within a few times its latency at half load, for calls served in
   * 250 µs to 1.25 ms, where the floor and the cap do not apply (G7 in docs/performance.md).
   */
  static final int OVERLOADED_SERVICE_TIMES = 4;

  /** How long a short call refused or shed keeps the server overloaded: CoDel's interval. */
  static final Duration OVERLOAD_MEMORY = Duration.ofMillis(100);

  static final Duration SHORT_DEADLINE_CAP = Duration.ofSeconds(30);
  static final Duration LONG_DEADLINE_CAP = Duration.ofMinutes(30);

  /** The methods that run as long jobs on their own executor. */
  static final Set<String> LONG_METHODS =
      Set.of(
          DataServiceGrpc.getImportDatasetMethod().getFullMethodName(),
          RotationServiceGrpc.getRunBacktestMethod().getFullMethodName());

  /**
   * Short calls that answer on the transport thread when they can in microseconds (a cached answer,
   * a small valuation from a snapshot in memory) and hand the rest to the workers: the hand-off
   * costs more than such an answer.
   */
  static final Set<String> READY_FIRST_METHODS =
      Set.of(ValuationServiceGrpc.getGetIndexValuationMethod().getFullMethodName());

  private ServerSetup() {}

  /** Netty transport limits; {@code tls} shortens the handshake timeout. */
  static NettyServerBuilder limit(NettyServerBuilder builder, boolean tls) {
    builder
        .maxInboundMessageSize(MAX_INBOUND_MESSAGE_BYTES)
        .maxInboundMetadataSize(MAX_INBOUND_METADATA_BYTES)
        .maxConcurrentCallsPerConnection(MAX_CALLS_PER_CONNECTION)
        .maxRstFramesPerWindow(MAX_RST_FRAMES, RST_WINDOW_SECONDS);
    if (tls) {
      builder.handshakeTimeout(10, TimeUnit.SECONDS);
    }
    return builder;
  }

  /**
   * Admission limits, deadline caps and token checks, for any transport. The server must run with a
   * direct executor: admission happens on the transport thread and hands admitted calls to {@code
   * workers} or {@code longJobs}.
   *
   * @param writeToken the write token; empty means writes are open only when {@code loopback}
   * @param readToken the read token; empty means reads are open
   * @param loopback whether the server listens on loopback only
   * @param workers runs the admitted calls
   */
  static <T extends ServerBuilder<T>> T protect(
      T builder,
      Optional<String> writeToken,
      Optional<String> readToken,
      boolean loopback,
      Workers workers) {
    CallAdmission admission =
        new CallAdmission(
            MAX_SHORT_CALLS,
            MAX_LONG_CALLS,
            LONG_METHODS,
            READY_FIRST_METHODS,
            workers.shortCalls(),
            workers.longJobs(),
            workers.waitLimit());
    return builder
        .directExecutor()
        .callExecutor(admission.executors())
        .intercept(new BearerTokenInterceptor(writeToken, readToken, loopback))
        // added last, so it runs first: every admitted call, refused by the token check or
        // not, passes the interceptor that gives its place back
        .intercept(admission.interceptor(SHORT_DEADLINE_CAP, LONG_DEADLINE_CAP));
  }

  /**
   * The threads that run admitted calls.
   *
   * @param shortCalls one per core (short calls compute and never block, so a second worker on one
   *     core only takes turns with the first and with the network threads), fed by an {@link
   *     AdaptiveLifoQueue} so that under overload the calls answered are the newest
   * @param longJobs one per admitted long job
   * @param waitLimit how long a short call may wait for a worker
   */
  record Workers(ExecutorService shortCalls, ExecutorService longJobs, QueueWaitLimit waitLimit) {
    static Workers create() {
      QueueWaitLimit waitLimit =
          new QueueWaitLimit(
              MAX_QUEUE_WAIT,
              OVERLOADED_QUEUE_WAIT_FLOOR,
              OVERLOADED_QUEUE_WAIT,
              OVERLOADED_SERVICE_TIMES,
              OVERLOAD_MEMORY);
      int threads = Runtime.getRuntime().availableProcessors();
      return new Workers(
          new ThreadPoolExecutor(
              threads,
              threads,
              0,
              TimeUnit.MILLISECONDS,
              new AdaptiveLifoQueue(LIFO_AFTER, waitLimit)),
          Executors.newFixedThreadPool(MAX_LONG_CALLS),
          waitLimit);
    }

    /** Lets running calls finish and stops the threads. */
    void shutdown() {
      shortCalls.shutdown();
      longJobs.shutdown();
    }
  }
}
