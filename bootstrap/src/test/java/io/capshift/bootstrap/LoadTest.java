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
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * L1/L3, bounded: 32 callers on loopback against the real server for {@code
 * -Dcapshift.load.seconds} (20 in the normal run; the soak profile: 1800), mixed reads and one
 * import, zero errors, a heap that returns to its baseline after a GC and does not grow over the
 * second half of the run (its slope, from samples after a GC, against {@link #slopeBound}). The
 * latencies go into one fixed-size histogram, so nothing of the harness grows with the run. Prints
 * its figures; speed claims belong to the benchmarks, so only errors, heap and threads are
 * asserted. The server process itself soaks in {@code ./capshift bench --soak MINUTES}.
 */
class LoadTest {
  private static final int SECONDS = Integer.getInteger("capshift.load.seconds", 20);
  private static final int CALLERS = 32;
  private static final int CHANNELS = 4;
  private static final int NAMES = 3_000;

  /** Seconds between heap samples: a minute in the soak, at least ten samples in a short run. */
  private static final long SAMPLE_SECONDS = Math.max(1, Math.min(60, SECONDS / 10));

  @TempDir Path dir;
  private NettyCapshift app;
  private final List<ManagedChannel> channels = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    app = NettyCapshift.plain(dir);
    for (int i = 0; i < CHANNELS; i++) {
      channels.add(NettyChannelBuilder.forAddress("127.0.0.1", app.port()).usePlaintext().build());
    }
    importIndex("load", 1);
  }

  /** Imports a synthetic index of {@link #NAMES} names as {@code id} through the gRPC API. */
  private void importIndex(String id, long seed) throws Exception {
    GrpcImports.send(
        DataServiceGrpc.newStub(channels.get(0)),
        id + ".csv",
        "",
        SyntheticIndexFile.of(id, NAMES, seed),
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
  void mixedLoad_32CallersAndAnImport_noErrorsAndAFlatHeap() throws Exception {
    for (int i = 0; i < 200; i++) {
      call(channels.get(0), i); // warm caches and code paths before the baseline
    }
    long heapBefore = heapAfterGc();
    int threadsBefore = Thread.activeCount();
    long t0 = System.nanoTime();
    long end = t0 + TimeUnit.SECONDS.toNanos(SECONDS);
    LongAdder requests = new LongAdder();
    Map<Status.Code, LongAdder> errors = new ConcurrentHashMap<>();
    // one histogram of fixed size for every caller: the harness keeps nothing per call
    Recorder latency = new Recorder(TimeUnit.SECONDS.toNanos(60), 3);
    List<Thread> callers = new ArrayList<>();
    for (int t = 0; t < CALLERS; t++) {
      int id = t;
      Thread caller =
          new Thread(
              () -> callUntil(channels.get(id % CHANNELS), id, end, requests, errors, latency));
      caller.start();
      callers.add(caller);
    }
    // the heap after GC every SAMPLE_SECONDS, and the import at half time
    List<double[]> heap = new ArrayList<>(); // {seconds, MB}
    boolean imported = false;
    for (long next = t0; ; next += TimeUnit.SECONDS.toNanos(SAMPLE_SECONDS)) {
      long wait = Math.min(next, end) - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      if (!imported && System.nanoTime() - t0 >= TimeUnit.SECONDS.toNanos(SECONDS) / 2) {
        importIndex("load2", 2);
        imported = true;
      }
      heap.add(new double[] {(System.nanoTime() - t0) / 1e9, heapAfterGc() / 1e6});
      if (System.nanoTime() >= end) {
        break;
      }
    }
    for (Thread c : callers) {
      c.join();
    }
    Histogram all = latency.getIntervalHistogram();
    long heapAfter = heapAfterGc();
    double slope = slopePerHour(heap.subList(heap.size() / 2, heap.size()));
    double bound = slopeBound(SECONDS);
    System.out.printf(
        "LoadTest: %d s, %d callers, %d requests (%.0f/s) and 1 import, %d errors;"
            + " latency p50 %.2f ms, p99 %.2f ms; heap after GC %.1f MB before, %.1f MB after,"
            + " %d samples, slope over the second half %+.1f MB/h (bound %.0f);"
            + " threads %d before, %d after%n",
        SECONDS,
        CALLERS,
        requests.sum(),
        requests.sum() / (double) SECONDS,
        errors.values().stream().mapToLong(LongAdder::sum).sum(),
        all.getValueAtPercentile(50) / 1e6,
        all.getValueAtPercentile(99) / 1e6,
        heapBefore / 1048576.0,
        heapAfter / 1048576.0,
        heap.size(),
        slope,
        bound,
        threadsBefore,
        Thread.activeCount());

    assertThat(errors).as("errors by status").isEmpty();
    assertThat(requests.sum()).isPositive();
    // the second index adds its decoded snapshot (≈ 0.5 MB) to the store's cache
    assertThat(heapAfter).isLessThanOrEqualTo((long) (heapBefore * 1.10) + 8L * 1048576);
    assertThat(slope).as("heap growth over the second half, MB/h").isLessThanOrEqualTo(bound);
    assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + 8);
  }

  /**
   * The heap growth a run of {@code seconds} may show over its second half, MB per hour: 16, or in
   * a short run what 2 MB of noise between full GCs amounts to over that half (a 20 s run cannot
   * tell a small leak from noise; the soak's half hour can).
   */
  static double slopeBound(long seconds) {
    return Math.max(16, 2 / (seconds / 2.0 / 3600));
  }

  /** Least-squares slope of {seconds, MB} points, MB per hour. */
  static double slopePerHour(List<double[]> points) {
    double mx = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
    double my = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    for (double[] p : points) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
    }
    return sxx == 0 ? 0 : sxy / sxx * 3600;
  }

  private static void callUntil(
      ManagedChannel channel,
      int caller,
      long end,
      LongAdder requests,
      Map<Status.Code, LongAdder> errors,
      Recorder latency) {
    for (int i = caller; System.nanoTime() < end; i++) {
      long t0 = System.nanoTime();
      try {
        call(channel, i);
        latency.recordValue(Math.min(System.nanoTime() - t0, TimeUnit.SECONDS.toNanos(60)));
      } catch (StatusRuntimeException e) {
        errors.computeIfAbsent(e.getStatus().getCode(), c -> new LongAdder()).increment();
      }
      requests.increment();
    }
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

  /**
   * The heap a full GC left, as the collector itself reports it (each heap pool's usage after its
   * last collection): a reading of the heap in use after the GC would also count what the callers
   * allocated in between, megabytes under this load.
   */
  static long heapAfterGc() throws InterruptedException {
    System.gc(); // a full collection, done when it returns: read at once, before a young one
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }
}
