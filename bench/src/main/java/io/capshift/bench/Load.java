package io.capshift.bench;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.StreamObserver;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A load generator on loopback: closed loop (N channels × M calls outstanding, each reply sends the
 * next) or open loop (sends at fixed intended times, latency measured from the intended time, so a
 * slow server cannot hide its queue: no coordinated omission). Every call has a deadline; latencies
 * of successful calls go into an HdrHistogram in microseconds.
 */
final class Load {
  private static final long DEADLINE_SECONDS = 20;
  private static final int MAX_OUTSTANDING = 50_000;

  /** One unary method and its request. */
  record Rpc<Q, R>(String name, MethodDescriptor<Q, R> method, Q request) {
    void call(Channel channel, StreamObserver<R> done) {
      ClientCalls.asyncUnaryCall(
          channel.newCall(
              method, CallOptions.DEFAULT.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)),
          request,
          done);
    }
  }

  /**
   * What one run measured.
   *
   * @param seconds the measured window
   * @param ok successful calls completed in the window
   * @param latency of the successful calls, µs
   * @param failures non-OK statuses by code (RESOURCE_EXHAUSTED counted here too)
   * @param sendLag open loop only (else null): how late each call left against its intended send
   *     time, µs; the client's own share of the latency
   * @param refusedLatency open loop only (else null): latency of the RESOURCE_EXHAUSTED answers
   */
  record Result(
      double seconds,
      long ok,
      Histogram latency,
      Map<Status.Code, Long> failures,
      Histogram sendLag,
      Histogram refusedLatency) {
    double qps() {
      return ok / seconds;
    }

    double p50() {
      return latency.getValueAtPercentile(50);
    }

    double p99() {
      return latency.getValueAtPercentile(99);
    }

    double p999() {
      return latency.getValueAtPercentile(99.9);
    }

    long failed(Status.Code code) {
      return failures.getOrDefault(code, 0L);
    }

    long failedOtherThan(Status.Code code) {
      return failures.entrySet().stream()
          .filter(e -> e.getKey() != code)
          .mapToLong(Map.Entry::getValue)
          .sum();
    }
  }

  private Load() {}

  /** {@code perChannel} calls outstanding on each channel for {@code seconds}. */
  static <Q, R> Result closedLoop(
      List<? extends Channel> channels, int perChannel, Rpc<Q, R> rpc, double seconds)
      throws InterruptedException {
    Recorder recorder = new Recorder(3);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong ok = new AtomicLong();
    AtomicInteger outstanding = new AtomicInteger();
    Map<Status.Code, AtomicLong> failures = new ConcurrentHashMap<>();
    for (Channel ch : channels) {
      for (int i = 0; i < perChannel; i++) {
        outstanding.incrementAndGet();
        new Object() {
          void fire() {
            long start = System.nanoTime();
            rpc.call(
                ch,
                new StreamObserver<R>() {
                  @Override
                  public void onNext(R value) {}

                  @Override
                  public void onError(Throwable t) {
                    countFailure(failures, t);
                    next();
                  }

                  @Override
                  public void onCompleted() {
                    if (!stop.get()) {
                      recorder.recordValue(Math.max(1, (System.nanoTime() - start) / 1_000));
                      ok.incrementAndGet();
                    }
                    next();
                  }
                });
          }

          void next() {
            if (stop.get()) {
              outstanding.decrementAndGet();
            } else {
              fire();
            }
          }
        }.fire();
      }
    }
    long t0 = System.nanoTime();
    recorder.reset();
    ok.set(0);
    failures.clear();
    Thread.sleep((long) (seconds * 1000));
    stop.set(true);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long okCount = ok.get();
    Histogram h = recorder.getIntervalHistogram();
    Map<Status.Code, Long> failed = snapshot(failures);
    drain(outstanding);
    return new Result(elapsed, okCount, h, failed, null, null);
  }

  /**
   * Sends at {@code rate} calls a second for {@code seconds}, round robin over the channels.
   * Latency runs from each call's intended send time.
   */
  static <Q, R> Result openLoop(
      List<? extends Channel> channels, Rpc<Q, R> rpc, double rate, double seconds)
      throws InterruptedException {
    Recorder recorder = new Recorder(3);
    Recorder refused = new Recorder(3);
    Histogram sendLag = new Histogram(3);
    AtomicLong ok = new AtomicLong();
    AtomicInteger outstanding = new AtomicInteger();
    Map<Status.Code, AtomicLong> failures = new ConcurrentHashMap<>();
    long interval = (long) (1e9 / rate);
    long total = (long) (rate * seconds);
    long t0 = System.nanoTime();
    long backlogged = 0;
    for (long k = 0; k < total; k++) {
      long intended = t0 + k * interval;
      long wait = intended - System.nanoTime();
      if (wait > 20_000) {
        LockSupport.parkNanos(wait);
      }
      if (outstanding.get() >= MAX_OUTSTANDING) {
        backlogged++;
        continue;
      }
      outstanding.incrementAndGet();
      Channel ch = channels.get((int) (k % channels.size()));
      sendLag.recordValue(Math.max(0, (System.nanoTime() - intended) / 1_000));
      rpc.call(
          ch,
          new StreamObserver<R>() {
            @Override
            public void onNext(R value) {}

            @Override
            public void onError(Throwable t) {
              if (Status.fromThrowable(t).getCode() == Status.Code.RESOURCE_EXHAUSTED) {
                refused.recordValue(Math.max(1, (System.nanoTime() - intended) / 1_000));
              }
              countFailure(failures, t);
              outstanding.decrementAndGet();
            }

            @Override
            public void onCompleted() {
              recorder.recordValue(Math.max(1, (System.nanoTime() - intended) / 1_000));
              ok.incrementAndGet();
              outstanding.decrementAndGet();
            }
          });
    }
    drain(outstanding);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    Map<Status.Code, Long> failed = snapshot(failures);
    if (backlogged > 0) {
      failed.merge(Status.Code.UNKNOWN, backlogged, Long::sum); // not sent: client backlog full
    }
    return new Result(
        elapsed,
        ok.get(),
        recorder.getIntervalHistogram(),
        failed,
        sendLag,
        refused.getIntervalHistogram());
  }

  private static void countFailure(Map<Status.Code, AtomicLong> failures, Throwable t) {
    failures
        .computeIfAbsent(Status.fromThrowable(t).getCode(), c -> new AtomicLong())
        .incrementAndGet();
  }

  private static Map<Status.Code, Long> snapshot(Map<Status.Code, AtomicLong> failures) {
    Map<Status.Code, Long> out = new EnumMap<>(Status.Code.class);
    failures.forEach((c, n) -> out.put(c, n.get()));
    return out;
  }

  private static void drain(AtomicInteger outstanding) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS + 5);
    while (outstanding.get() > 0 && System.nanoTime() < until) {
      Thread.sleep(5);
    }
  }
}
