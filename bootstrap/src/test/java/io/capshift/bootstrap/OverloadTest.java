package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.GetIndexValuationResponse;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * L2 (overload) and L4 (reset flood) against the real server on loopback. Both print their figures;
 * they assert the protections (refusals with RESOURCE_EXHAUSTED and nothing else, a flooding
 * connection cut off, a prober that keeps being served, bounded threads), and latency only with a
 * wide margin, since a loaded 2-core machine makes tight timing bounds flaky.
 */
class OverloadTest {
  // On or after the synthetic index's date; each call asks for a later day.
  private static final LocalDate FIRST_AS_OF = LocalDate.of(2026, 7, 1);

  @TempDir Path dir;
  private NettyCapshift app;
  private final List<ManagedChannel> channels = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    app = NettyCapshift.plain(dir);
    for (int i = 0; i < 4; i++) {
      // direct: answers are handled on the event loop, so the client adds no threads under load
      channels.add(
          NettyChannelBuilder.forAddress("127.0.0.1", app.port())
              .usePlaintext()
              .directExecutor()
              .build());
    }
    GrpcImports.send(
        DataServiceGrpc.newStub(channels.get(0)),
        "load.csv",
        "",
        SyntheticIndexFile.of("load", 3_000, 1),
        60);
  }

  @AfterEach
  void stop() throws Exception {
    for (ManagedChannel c : channels) {
      c.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    app.close();
  }

  /**
   * L2 in closed loop: the server saturates at its admission bound (64 calls in flight), so half
   * load is half the bound in flight and the overload four times the bound. The admitted p99
   * against the half-load p99 is printed, not asserted: client, refusals and server share two cores
   * here (2.9x to 3.8x seen). G7 proper, open loop at twice the saturation rate with the client on
   * its own core, is measured by {@code ./capshift bench}.
   */
  @Test
  void overload_farMoreCallsThanAdmitted_excessRefusedAdmittedServed() throws Exception {
    int halfLoad = ServerSetup.MAX_SHORT_CALLS / 2;
    run(halfLoad, 3); // warm-up
    Result half = run(halfLoad, 3);
    int threads = Thread.activeCount();
    Result over = run(4 * ServerSetup.MAX_SHORT_CALLS, 5);
    System.out.printf(
        "OverloadTest: half load (%d in flight) %d ok, p99 %.2f ms; overload (%d in"
            + " flight) %d ok, %d RESOURCE_EXHAUSTED, other %s, admitted p99 %.2f ms (%.1fx);"
            + " threads %d -> %d%n",
        halfLoad,
        half.ok,
        half.p99Ms(),
        4 * ServerSetup.MAX_SHORT_CALLS,
        over.ok,
        over.codes.getOrDefault(Status.Code.RESOURCE_EXHAUSTED, new LongAdder()).sum(),
        over.others(),
        over.p99Ms(),
        over.p99Ms() / half.p99Ms(),
        threads,
        Thread.activeCount());

    assertThat(half.codes).isEmpty();
    assertThat(over.codes.keySet()).containsOnly(Status.Code.RESOURCE_EXHAUSTED);
    assertThat(over.ok).isPositive();
    assertThat(Thread.activeCount()).isLessThanOrEqualTo(threads + 8);
  }

  @Test
  void resetFlood_cutsTheFloodingConnection_whileAProberIsServed() throws Exception {
    ManagedChannel prober = channels.get(0);
    long[] baseline = probe(prober, 300);
    ManagedChannel flooder = channels.get(1);
    // connected first: calls cancelled while it still connects never reach the server
    probe(flooder, 1);
    AtomicBoolean stop = new AtomicBoolean();
    LongAdder resets = new LongAdder();
    LongAdder cutOff = new LongAdder();
    watchConnectionLoss(flooder, cutOff);
    Thread flood =
        new Thread(
            () -> {
              // paced at about 20,000 resets a second: an unpaced loop in this JVM would starve the
              // server and the prober of the two cores, which tests the machine, not the server
              for (long i = 0; !stop.get(); i++) {
                if (i % 20 == 0) {
                  LockSupport.parkNanos(1_000_000);
                }
                ClientCall<HealthCheckRequest, HealthCheckResponse> call =
                    flooder.newCall(HealthGrpc.getWatchMethod(), CallOptions.DEFAULT); // never ends
                call.start(new ClientCall.Listener<>() {}, new Metadata());
                call.sendMessage(HealthCheckRequest.getDefaultInstance());
                call.halfClose();
                // queued behind the stream's creation on the transport: HEADERS, then RST_STREAM
                call.cancel("flood", null);
                resets.increment();
              }
            });
    flood.start();
    long[] during = probe(prober, 300);
    // the flood goes on until the server has cut it once, at most 10 s: on a busy machine 300
    // probes can end before the flood's first few thousand resets have reached it
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (cutOff.sum() == 0 && System.nanoTime() < deadline) {
      probe(prober, 10);
    }
    stop.set(true);
    flood.join();
    System.out.printf(
        "OverloadTest: reset flood of %d started-and-cancelled calls; the server closed the"
            + " flooding connection %d times; prober p50/p99 %.2f/%.2f ms before, %.2f/%.2f ms"
            + " during%n",
        resets.sum(),
        cutOff.sum(),
        pct(baseline, 0.5),
        pct(baseline, 0.99),
        pct(during, 0.5),
        pct(during, 0.99));

    assertThat(cutOff.sum()).as("times the server closed the flooding connection").isPositive();
    assertThat(during).hasSize(300); // every probe answered SERVING
  }

  /** Counts each time {@code channel} leaves READY: its connection was closed. */
  private static void watchConnectionLoss(ManagedChannel channel, LongAdder losses) {
    ConnectivityState now = channel.getState(true);
    channel.notifyWhenStateChanged(
        now,
        () -> {
          if (now == ConnectivityState.READY) {
            losses.increment();
          }
          watchConnectionLoss(channel, losses);
        });
  }

  /** {@code n} sequential health checks; each must be SERVING. Latencies in ns. */
  private static long[] probe(ManagedChannel channel, int n) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      HealthCheckResponse r =
          HealthGrpc.newBlockingStub(channel)
              .withDeadlineAfter(10, TimeUnit.SECONDS)
              .check(HealthCheckRequest.getDefaultInstance());
      out[i] = System.nanoTime() - t0;
      assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }
    return out;
  }

  private static double pct(long[] ns, double q) {
    long[] sorted = ns.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
  }

  /** Outcome of one phase: admitted calls, their latencies, other codes. */
  private record Result(long ok, long[] latencyNs, Map<Status.Code, LongAdder> codes) {
    double p99Ms() {
      return pct(latencyNs, 0.99);
    }

    String others() {
      return codes.entrySet().stream()
          .filter(e -> e.getKey() != Status.Code.RESOURCE_EXHAUSTED)
          .map(e -> e.getKey() + "=" + e.getValue().sum())
          .toList()
          .toString();
    }
  }

  /** Keeps {@code inFlight} uncached valuations outstanding for {@code seconds}. */
  private Result run(int inFlight, int seconds) throws InterruptedException {
    Semaphore slots = new Semaphore(inFlight);
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    Map<Status.Code, LongAdder> codes = new ConcurrentHashMap<>();
    LongAdder ok = new LongAdder();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    for (int i = 0; System.nanoTime() < end; i++) {
      slots.acquire();
      long t0 = System.nanoTime();
      // a different as-of date each call: a cache miss, so every admitted call computes
      LocalDate asOf = FIRST_AS_OF.plusDays(i);
      GetIndexValuationRequest request =
          GetIndexValuationRequest.newBuilder()
              .setIndexId("load")
              .setAsOf(
                  com.google.type.Date.newBuilder()
                      .setYear(asOf.getYear())
                      .setMonth(asOf.getMonthValue())
                      .setDay(asOf.getDayOfMonth()))
              .build();
      ValuationServiceGrpc.newStub(channels.get(i % channels.size()))
          .withDeadlineAfter(30, TimeUnit.SECONDS)
          .getIndexValuation(
              request,
              new StreamObserver<>() {
                @Override
                public void onNext(GetIndexValuationResponse r) {
                  latencies.add(System.nanoTime() - t0);
                  ok.increment();
                }

                @Override
                public void onError(Throwable t) {
                  Status.Code code =
                      t instanceof StatusRuntimeException s
                          ? s.getStatus().getCode()
                          : Status.Code.UNKNOWN;
                  codes.computeIfAbsent(code, c -> new LongAdder()).increment();
                  slots.release();
                }

                @Override
                public void onCompleted() {
                  slots.release();
                }
              });
    }
    slots.acquire(inFlight); // all answered
    return new Result(ok.sum(), latencies.stream().mapToLong(Long::longValue).toArray(), codes);
  }
}
