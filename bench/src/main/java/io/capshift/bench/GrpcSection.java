package io.capshift.bench;

import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The gRPC harness (README, "Performance"): on one server, the calibration RPC ({@code
 * grpc.health.v1.Health/Check}) and the RPC measured, closed loop 4 channels × 10 calls, warm-up
 * first, then interleaved rounds; each ratio is the median of the per-round ratios.
 */
final class GrpcSection {
  static final int CHANNELS = 4;
  static final int PER_CHANNEL = 10;

  private final Table t;
  private final Path jar;
  private final Path workDir;
  private final double warmup;
  private final double round;
  private final int rounds;

  /** The closed loop before each overload round that measures the saturation rate. */
  private static final double SATURATION_SECONDS = 4;

  /** G7: back at baseline within this many seconds once the overload stops. */
  private static final int AFTER_SECONDS = 5;

  /** Each overload round's time at half load and again at twice the saturation rate. */
  private final double overloadRound;

  private final Path profiles;

  /**
   * @param profiles where each server's flight recording goes, or null for none
   */
  GrpcSection(Table t, Path jar, Path workDir, boolean quick, Path profiles) {
    this.t = t;
    this.jar = jar;
    this.workDir = workDir;
    this.profiles = profiles;
    this.warmup = quick ? 2 : 15;
    this.round = quick ? 2 : 8;
    this.rounds = quick ? 2 : 5;
    this.overloadRound = quick ? 1 : 12; // G7 asks for 60 s at twice the rate: 5 rounds of 12 s
  }

  static final Load.Rpc<HealthCheckRequest, ?> HEALTH =
      new Load.Rpc<>(
          "Health/Check", HealthGrpc.getCheckMethod(), HealthCheckRequest.getDefaultInstance());

  static final Load.Rpc<GetIndexValuationRequest, ?> VALUATION =
      new Load.Rpc<>(
          "GetIndexValuation",
          ValuationServiceGrpc.getGetIndexValuationMethod(),
          GetIndexValuationRequest.newBuilder().setIndexId(ImportSection.BENCH_INDEX).build());

  static final Load.Rpc<GetIndexValuationRequest, ?> LARGE_VALUATION =
      new Load.Rpc<>(
          String.format(Locale.US, "GetIndexValuation %,d", ImportSection.OVERLOAD_NAMES),
          ValuationServiceGrpc.getGetIndexValuationMethod(),
          GetIndexValuationRequest.newBuilder().setIndexId(ImportSection.OVERLOAD_INDEX).build());

  /** A target measured on a server, against that server's calibration. */
  private record Target(
      String label,
      Load.Rpc<?, ?> rpc,
      List<ManagedChannel> channels,
      List<ManagedChannel> calibration) {}

  /** Cached (G1) and TLS (G8) on servers over copies of {@code store}. */
  void cachedAndTls(Path store) throws Exception {
    Path storeA = BenchMain.copyTree(store, workDir.resolve("store-a"));
    Path storeC = BenchMain.copyTree(store, workDir.resolve("store-c"));
    Path[] tls = SelfSigned.create(workDir);
    try (ServerProcess a = ServerProcess.start(jar, storeA, flags("cached"), null, workDir);
        ServerProcess c = ServerProcess.start(jar, storeC, flags("tls"), tls, workDir)) {
      List<ManagedChannel> plain = channels(a);
      List<ManagedChannel> secure = channels(c);
      try {
        Map<String, List<Load.Result>> r =
            interleave(
                List.of(
                    new Target("health", HEALTH, plain, plain),
                    new Target("cached", VALUATION, plain, plain),
                    new Target("health over TLS", HEALTH, secure, plain)));
        report("cached GetIndexValuation", r.get("health"), r.get("cached"), 0.8, 1.5, "G1");
        ratio(
            "health over TLS / plaintext, QPS — G8",
            r.get("health over TLS"),
            r.get("health"),
            0.5);
      } finally {
        close(plain);
        close(secure);
      }
    } finally {
      BenchMain.deleteTree(storeA);
      BenchMain.deleteTree(storeC);
    }
  }

  /** Uncached (G2) on a server whose valuation cache is off. */
  void uncached(Path store) throws Exception {
    Path storeB = BenchMain.copyTree(store, workDir.resolve("store-b"));
    try (ServerProcess b =
        ServerProcess.start(jar, storeB, uncachedFlags("uncached"), null, workDir)) {
      List<ManagedChannel> ch = channels(b);
      try {
        Map<String, List<Load.Result>> r =
            interleave(
                List.of(
                    new Target("health", HEALTH, ch, ch),
                    new Target("uncached", VALUATION, ch, ch)));
        report(
            "uncached GetIndexValuation (3,000 names)",
            r.get("health"),
            r.get("uncached"),
            0.6,
            Double.NaN,
            "G2");
      } finally {
        close(ch);
      }
    } finally {
      BenchMain.deleteTree(storeB);
    }
  }

  /**
   * Overload (G7/L2) with the server pinned to the last core and this client to the others, so that
   * the client generating twice the server's rate does not take the server's CPU (on one shared
   * pair of cores the client, not the server, saturates first). The server is sized for one core
   * from the start ({@code -XX:ActiveProcessorCount=1}: one worker, its network threads) but warmed
   * up before it is pinned: pinned from the start, its JIT compiler shares the one core with the
   * busy worker, and the 30,000-name call took over 20 s to reach full speed (141/s in the first 3
   * s, 930/s after 21 s).
   */
  void overload(Path store) throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    if (cores < 2) {
      t.add("overload", "open loop, uncached valuation", "not run: needs 2 cores");
      return;
    }
    Path storeD = BenchMain.copyTree(store, workDir.resolve("store-d"));
    String serverCore = Integer.toString(cores - 1);
    String clientCores = "0-" + (cores - 2);
    long self = ProcessHandle.current().pid();
    List<String> flags = uncachedFlags("overload");
    flags.add("-XX:ActiveProcessorCount=1");
    try (ServerProcess d = ServerProcess.start(jar, storeD, flags, null, workDir)) {
      List<ManagedChannel> ch = channels(d);
      try {
        System.out.printf(
            Locale.US,
            "  warm-up %.0f s on all cores; then the server on core " + "%s, the client on %s%n",
            warmup,
            serverCore,
            clientCores);
        Load.closedLoop(ch, PER_CHANNEL, LARGE_VALUATION, warmup);
        pin(d.pid(), serverCore);
        pin(self, clientCores);
        overload(d, ch, "server on core " + serverCore + ", client on " + clientCores);
      } finally {
        close(ch);
      }
    } finally {
      pin(self, "0-" + (cores - 1));
      BenchMain.deleteTree(storeD);
    }
  }

  private List<String> uncachedFlags(String name) {
    List<String> flags = new ArrayList<>(flags(name));
    flags.add("-Dcapshift.valuationCache=0");
    return flags;
  }

  /** Sets the CPU affinity of every thread of process {@code pid}. */
  private static void pin(long pid, String cpus) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, Long.toString(pid))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("taskset failed: " + out);
    }
  }

  /**
   * L2/G7: rounds of open loop at half the saturation rate and at twice it (60 s at twice the rate
   * in all), then 5 s at half again; admitted calls' p99 against the half-load p99 (the median of
   * the rounds' ratios), refusals and their latency, the client's send lag, server threads and
   * memory. Each round measures the saturation rate afresh, closed loop, just before it: on a
   * shared host the server's capacity drifts by half within minutes, and a rate fixed once would
   * overload some rounds by far less than twice.
   */
  private void overload(ServerProcess server, List<ManagedChannel> ch, String placement)
      throws Exception {
    long threads0 = server.threads();
    double rss0 = server.rssMib();
    List<Load.Result> halves = new ArrayList<>();
    List<Load.Result> overs = new ArrayList<>();
    double[] ratio = new double[rounds];
    double[] saturation = new double[rounds];
    // the refusal and shedding paths warm up too: the first overload otherwise runs them cold
    Load.openLoop(
        ch,
        LARGE_VALUATION,
        2 * Load.closedLoop(ch, PER_CHANNEL, LARGE_VALUATION, SATURATION_SECONDS).qps(),
        2);
    for (int i = 0; i < rounds; i++) {
      saturation[i] = Load.closedLoop(ch, PER_CHANNEL, LARGE_VALUATION, SATURATION_SECONDS).qps();
      Load.Result half = Load.openLoop(ch, LARGE_VALUATION, saturation[i] / 2, overloadRound);
      Load.Result over = Load.openLoop(ch, LARGE_VALUATION, saturation[i] * 2, overloadRound);
      halves.add(half);
      overs.add(over);
      ratio[i] = over.p99() / half.p99();
      System.out.printf(
          Locale.US,
          "  round %d saturation %,.0f/s; half load p99 %,7.0f µs (%,d "
              + "refused); 2×: admitted p99 %,9.0f µs, %,d refused; ratio %.2f%n",
          i + 1,
          saturation[i],
          half.p99(),
          half.failed(Status.Code.RESOURCE_EXHAUSTED),
          over.p99(),
          over.failed(Status.Code.RESOURCE_EXHAUSTED),
          ratio[i]);
    }
    long threads1 = server.threads();
    double rss1 = server.rssMib();
    Load.Result after =
        Load.openLoop(ch, LARGE_VALUATION, saturation[rounds - 1] / 2, AFTER_SECONDS);
    double[] range = {
      Arrays.stream(saturation).min().orElseThrow(), Arrays.stream(saturation).max().orElseThrow()
    };
    t.add(
        "overload",
        String.format(
            Locale.US,
            "open loop, uncached valuation of %,d names, %s: saturation, closed loop before each"
                + " round, %,.0f/s (%,.0f–%,.0f); half of it: p50 / p99; refused; client send lag"
                + " p99",
            ImportSection.OVERLOAD_NAMES,
            placement,
            median(saturation),
            range[0],
            range[1]),
        String.format(
            Locale.US,
            "%,.0f / %,.0f µs; %,d of %,d; " + "%,.0f µs (medians of %d rounds)",
            median(halves, Load.Result::p50),
            median(halves, Load.Result::p99),
            refused(halves),
            offered(halves),
            median(halves, r -> r.sendLag().getValueAtPercentile(99)),
            rounds));
    t.add(
        "overload",
        "twice the saturation rate: admitted p50 / p99; refused (their p50 / p99); "
            + "other errors; client send lag p99",
        String.format(
            Locale.US,
            "%,.0f / %,.0f µs; %,d of %,d (%,.0f / %,.0f µs); %,d; %,.0f µs",
            median(overs, Load.Result::p50),
            median(overs, Load.Result::p99),
            refused(overs),
            offered(overs),
            median(overs, r -> r.refusedLatency().getValueAtPercentile(50)),
            median(overs, r -> r.refusedLatency().getValueAtPercentile(99)),
            overs.stream().mapToLong(r -> r.failedOtherThan(Status.Code.RESOURCE_EXHAUSTED)).sum(),
            median(overs, r -> r.sendLag().getValueAtPercentile(99))));
    t.ratio(
        "overload",
        "admitted p99 at 2× / p99 at half load — G7 (rounds " + rounded(ratio) + ")",
        median(ratio),
        "<=",
        3.0);
    t.add(
        "overload",
        "server threads; RSS: before → after the rounds",
        String.format(Locale.US, "%d → %d; %.0f → %.0f MiB", threads0, threads1, rss0, rss1));
    t.add(
        "overload",
        "half load for the " + AFTER_SECONDS + " s right after: p99; refused or " + "failed",
        String.format(
            Locale.US, "%,.0f µs; %,d", after.p99(), after.failedOtherThan(Status.Code.OK)));
  }

  private static double median(List<Load.Result> rs, ToDoubleFunction<Load.Result> f) {
    return median(rs.stream().mapToDouble(f).toArray());
  }

  private static long refused(List<Load.Result> rs) {
    return rs.stream().mapToLong(r -> r.failed(Status.Code.RESOURCE_EXHAUSTED)).sum();
  }

  private static long offered(List<Load.Result> rs) {
    return rs.stream()
        .mapToLong(r -> r.ok() + r.failures().values().stream().mapToLong(Long::longValue).sum())
        .sum();
  }

  private List<String> flags(String name) {
    List<String> flags = new ArrayList<>(List.of("-Xms512m", "-Xmx512m"));
    if (profiles != null) {
      flags.add(
          "-XX:StartFlightRecording=settings=profile,filename=" + profiles.resolve(name + ".jfr"));
    }
    return flags;
  }

  private Map<String, List<Load.Result>> interleave(List<Target> targets) throws Exception {
    for (Target x : targets) {
      System.out.printf(Locale.US, "  warm-up %s %.0f s%n", x.label(), warmup);
      Load.closedLoop(x.channels(), PER_CHANNEL, x.rpc(), warmup);
    }
    Map<String, List<Load.Result>> out = new LinkedHashMap<>();
    for (int i = 0; i < rounds; i++) {
      for (Target x : targets) {
        Load.Result r = Load.closedLoop(x.channels(), PER_CHANNEL, x.rpc(), round);
        if (!r.failures().isEmpty()) {
          throw new IllegalStateException(x.label() + " failed calls: " + r.failures());
        }
        System.out.printf(
            Locale.US,
            "  round %d %-16s %,8.0f/s  p50 %,6.0f µs  p99 %,7.0f µs" + "  p99.9 %,7.0f µs%n",
            i + 1,
            x.label(),
            r.qps(),
            r.p50(),
            r.p99(),
            r.p999());
        out.computeIfAbsent(x.label(), k -> new ArrayList<>()).add(r);
      }
    }
    return out;
  }

  private void report(
      String what,
      List<Load.Result> base,
      List<Load.Result> target,
      double qpsBound,
      double p99Bound,
      String goal) {
    String shape = CHANNELS + "×" + PER_CHANNEL;
    t.add("grpc", "Health/Check (calibration), " + shape + ": QPS; p50 / p99", summary(base));
    t.add("grpc", what + ", " + shape + ": QPS; p50 / p99", summary(target));
    ratio(what + " / calibration, QPS — " + goal, target, base, qpsBound);
    if (!Double.isNaN(p99Bound)) {
      double[] p99 = new double[base.size()];
      for (int i = 0; i < p99.length; i++) {
        p99[i] = target.get(i).p99() / base.get(i).p99();
      }
      t.ratio("grpc", what + " / calibration, p99 — " + goal, median(p99), "<=", p99Bound);
    }
  }

  private void ratio(
      String figure, List<Load.Result> target, List<Load.Result> base, double bound) {
    double[] q = new double[base.size()];
    for (int i = 0; i < q.length; i++) {
      q[i] = target.get(i).qps() / base.get(i).qps();
    }
    t.ratio(
        "grpc",
        figure + String.format(Locale.US, " (rounds %s)", rounded(q)),
        median(q),
        ">=",
        bound);
  }

  private static String summary(List<Load.Result> rs) {
    double[] qps = rs.stream().mapToDouble(Load.Result::qps).toArray();
    double[] p50 = rs.stream().mapToDouble(Load.Result::p50).toArray();
    double[] p99 = rs.stream().mapToDouble(Load.Result::p99).toArray();
    return String.format(
        Locale.US,
        "%,.0f/s; %,.0f / %,.0f µs (medians of %d rounds)",
        median(qps),
        median(p50),
        median(p99),
        rs.size());
  }

  private static String rounded(double[] xs) {
    StringBuilder b = new StringBuilder();
    for (double x : xs) {
      b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.US, "%.2f", x));
    }
    return b.toString();
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static List<ManagedChannel> channels(ServerProcess s) throws IOException {
    List<ManagedChannel> out = new ArrayList<>();
    for (int i = 0; i < CHANNELS; i++) {
      out.add(s.channel());
    }
    return out;
  }

  private static void close(List<ManagedChannel> channels) {
    channels.forEach(ManagedChannel::shutdownNow);
  }
}
