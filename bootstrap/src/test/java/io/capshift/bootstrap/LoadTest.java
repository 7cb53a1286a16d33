package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.GetRateSensitivityRequest;
import io.capshift.api.v1.ListDatasetsRequest;
import io.capshift.api.v1.NegativeEarningsPolicy;
import io.capshift.api.v1.RatesServiceGrpc;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * L1/L3, bounded: 32 callers on loopback against the real server for {@code
 * -Dcapshift.load.seconds} (20 in the normal run; the soak profile: 1800), mixed reads and one
 * import, zero errors, and a heap that returns to its baseline after a GC. Prints its figures;
 * speed claims belong to the benchmarks, so only errors, heap and threads are asserted.
 */
class LoadTest {
  private static final int SECONDS = Integer.getInteger("capshift.load.seconds", 20);
  private static final int CALLERS = 32;
  private static final int CHANNELS = 4;
  private static final int NAMES = 3_000;

  @TempDir Path dir;
  private NettyCapshift app;
  private final List<ManagedChannel> channels = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    app = NettyCapshift.plain(dir);
    for (int i = 0; i < CHANNELS; i++) {
      channels.add(NettyChannelBuilder.forAddress("127.0.0.1", app.port()).usePlaintext().build());
    }
    GrpcImports.send(
        DataServiceGrpc.newStub(channels.get(0)),
        "load.csv",
        "",
        SyntheticIndexFile.of("load", NAMES, 1),
        60);
  }

  @AfterEach
  void stop() throws Exception {
    for (ManagedChannel c : channels) {
      c.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    app.close();
  }

  @Test
  void mixedLoad_32CallersAndAnImport_noErrorsAndHeapBackToBaseline() throws Exception {
    for (int i = 0; i < 200; i++) {
      call(channels.get(0), i); // warm caches and code paths before the baseline
    }
    long heapBefore = heapAfterGc();
    int threadsBefore = Thread.activeCount();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    LongAdder requests = new LongAdder();
    Map<Status.Code, LongAdder> errors = new ConcurrentHashMap<>();
    long[][] latencies = new long[CALLERS][];
    List<Thread> callers = new ArrayList<>();
    for (int t = 0; t < CALLERS; t++) {
      int id = t;
      Thread caller =
          new Thread(
              () ->
                  latencies[id] =
                      callUntil(channels.get(id % CHANNELS), id, end, requests, errors));
      caller.start();
      callers.add(caller);
    }
    Thread.sleep(TimeUnit.SECONDS.toMillis(SECONDS) / 2);
    GrpcImports.send(
        DataServiceGrpc.newStub(channels.get(0)),
        "load2.csv",
        "",
        SyntheticIndexFile.of("load2", NAMES, 2),
        60);
    for (Thread c : callers) {
      c.join();
    }
    long heapAfter = heapAfterGc();
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(
        "LoadTest: %d s, %d callers, %d requests (%.0f/s) and 1 import, %d errors;"
            + " latency p50 %.2f ms, p99 %.2f ms; heap after GC %.1f MB before, %.1f MB after;"
            + " threads %d before, %d after%n",
        SECONDS,
        CALLERS,
        requests.sum(),
        requests.sum() / (double) SECONDS,
        errors.values().stream().mapToLong(LongAdder::sum).sum(),
        all[all.length / 2] / 1e6,
        all[(int) (all.length * 0.99)] / 1e6,
        heapBefore / 1048576.0,
        heapAfter / 1048576.0,
        threadsBefore,
        Thread.activeCount());

    assertThat(errors).as("errors by status").isEmpty();
    assertThat(requests.sum()).isPositive();
    // the second index adds its decoded snapshot (≈ 0.5 MB) to the store's cache
    assertThat(heapAfter).isLessThanOrEqualTo((long) (heapBefore * 1.10) + 8L * 1048576);
    assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + 8);
  }

  private static long[] callUntil(
      ManagedChannel channel,
      int caller,
      long end,
      LongAdder requests,
      Map<Status.Code, LongAdder> errors) {
    long[] latency = new long[1 << 16];
    int n = 0;
    for (int i = caller; System.nanoTime() < end; i++) {
      long t0 = System.nanoTime();
      try {
        call(channel, i);
      } catch (StatusRuntimeException e) {
        errors.computeIfAbsent(e.getStatus().getCode(), c -> new LongAdder()).increment();
      }
      if (n == latency.length) {
        latency = Arrays.copyOf(latency, n * 2);
      }
      latency[n++] = System.nanoTime() - t0;
      requests.increment();
    }
    return Arrays.copyOf(latency, n);
  }

  /** Valuations (both policies), dataset listings, sensitivities and health checks, 5:2:2:1. */
  private static void call(ManagedChannel channel, int i) {
    switch (i % 10) {
      case 0, 1, 2, 3, 4 ->
          ValuationServiceGrpc.newBlockingStub(channel)
              .withDeadlineAfter(10, TimeUnit.SECONDS)
              .getIndexValuation(
                  GetIndexValuationRequest.newBuilder()
                      .setIndexId("load")
                      .setNegativeEarningsPolicy(
                          i % 2 == 0
                              ? NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_INCLUDE
                              : NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_EXCLUDE_NEGATIVE)
                      .build());
      case 5, 6 ->
          DataServiceGrpc.newBlockingStub(channel)
              .withDeadlineAfter(10, TimeUnit.SECONDS)
              .listDatasets(ListDatasetsRequest.getDefaultInstance());
      case 7, 8 ->
          RatesServiceGrpc.newBlockingStub(channel)
              .withDeadlineAfter(10, TimeUnit.SECONDS)
              .getRateSensitivity(
                  GetRateSensitivityRequest.newBuilder()
                      .setIndexId("russell2000")
                      .setRateChangeBps(-25 * (1 + i % 4))
                      .build());
      default ->
          HealthGrpc.newBlockingStub(channel)
              .withDeadlineAfter(10, TimeUnit.SECONDS)
              .check(HealthCheckRequest.getDefaultInstance());
    }
  }

  static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
