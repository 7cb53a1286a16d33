package io.capshift.bench;

import com.google.type.Date;
import io.capshift.api.v1.ChooseFundRequest;
import io.capshift.api.v1.CompareFundsRequest;
import io.capshift.api.v1.CompareValuationsRequest;
import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.EarningsServiceGrpc;
import io.capshift.api.v1.FundServiceGrpc;
import io.capshift.api.v1.GetEarningsOutlookRequest;
import io.capshift.api.v1.GetFundFlowsRequest;
import io.capshift.api.v1.GetFundProfileRequest;
import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.GetRateExpectationsRequest;
import io.capshift.api.v1.GetRotationSignalRequest;
import io.capshift.api.v1.GetValuationHistoryRequest;
import io.capshift.api.v1.HistoryServiceGrpc;
import io.capshift.api.v1.ListDatasetsRequest;
import io.capshift.api.v1.NegativeEarningsPolicy;
import io.capshift.api.v1.RatesServiceGrpc;
import io.capshift.api.v1.RotationServiceGrpc;
import io.capshift.api.v1.RunBacktestRequest;
import io.capshift.api.v1.RunEventStudyRequest;
import io.capshift.api.v1.RunScenarioRequest;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The soak: {@code capshift serve} as a child process on a store with everything in {@code
 * ../shared/data} imported, every read RPC called with the requests a user sends (the signal, the
 * report's sections, valuations of both sides, FedWatch, flows, the event study, the backtest, the
 * scenario, the fund choice) by {@value #CALLERS} callers over {@value #CHANNELS} channels, while
 * {@code capshift import} and {@code capshift fetch fred} (against a local stand-in serving the
 * FRED files of {@code ../shared/data}) write to the same store from other processes.
 *
 * <p>Every {@link #sampleSeconds} it reads the server from outside: resident memory and threads
 * from {@code /proc/PID/status}, open files from {@code /proc/PID/fd}, the heap after a full GC
 * from {@code jcmd}; and the p99 of the calls of that interval. Latencies go into fixed-size
 * histograms, so the harness's memory does not grow with the run.
 *
 * <p>It fails on: any error; an answer after an import that is not from the new data version; a
 * heap that grows over the second half of the run faster than {@link #slopeBound} MB per hour
 * (least squares over that half's samples); resident memory above {@link #RSS_BOUND_MIB}; threads
 * or open files that end more than a few above where they started.
 */
final class SoakSection {
  static final int CHANNELS = 4;
  static final int CALLERS = 8;

  /**
   * Resident memory the server may reach, MiB. The JVM's default heap sizing on a 23.5 GiB machine
   * keeps it at 0.7–0.85 GiB under this load (heap after GC ≈ 25 MiB); a leak would pass 1 GiB.
   */
  static final double RSS_BOUND_MIB = 1024;

  /** Threads and open files may end this many above their first sample. */
  static final int THREADS_SLACK = 8;

  static final int FILES_SLACK = 16;

  private static final LocalDate[] DATES = {
    LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 19), LocalDate.of(2026, 1, 30)
  };

  private final Table t;
  private final Path jar;
  private final Path shared;
  private final Path workDir;
  private final double minutes;
  private final boolean plantLeak;
  private final Path out;
  private final long sampleSeconds;
  private final long importSeconds;

  SoakSection(
      Table t, Path jar, Path shared, Path workDir, double minutes, boolean plantLeak, Path out) {
    this.t = t;
    this.jar = jar;
    this.shared = shared;
    this.workDir = workDir;
    this.minutes = minutes;
    this.plantLeak = plantLeak;
    this.out = out;
    // a minute between samples over hours; at least 20 samples in a short run
    this.sampleSeconds = Math.max(5, Math.min(60, (long) (minutes * 60 / 20)));
    // a write from the command line every few minutes; at least three in a short run
    this.importSeconds = Math.max(20, Math.min(300, (long) (minutes * 60 / 4)));
  }

  /**
   * The heap growth the run may show, MB per hour, over its second half: 16, or, in a short run,
   * what 2 MB of noise between full GCs amounts to over that half.
   */
  double slopeBound() {
    return Math.max(16, 2 / (minutes / 2 / 60));
  }

  /** One sample of the server read from outside. */
  record Sample(
      double minute, double rssMib, double heapMib, long threads, long files, double p99Ms) {}

  /** Runs the soak; true if every check held. */
  boolean run(Path store) throws Exception {
    List<String> launch =
        plantLeak
            ? List.of(
                "-cp",
                jar + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                PlantedLeak.class.getName())
            : List.of("-jar", jar.toString());
    Path file = workDir.resolve("soak.csv");
    Files.write(file, ImportSection.syntheticIndex("soak", 3_000, 1_000));
    String first = cli(List.of("import", file.toString(), "--data", store.toString()));
    if (first.startsWith("exit ")) {
      throw new IllegalStateException("the soak index did not import: " + first);
    }
    HttpStandIn fred = HttpStandIn.fred(shared);
    List<String> failures = new ArrayList<>();
    List<Sample> samples = new ArrayList<>();
    Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
    Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    Map<String, String> firstError = new ConcurrentHashMap<>();
    LongAdder requests = new LongAdder();
    AtomicBoolean stop = new AtomicBoolean();
    long measured = 0;
    int imports = 0;
    int fetches = 0;
    try (ServerProcess server = ServerProcess.start(launch, store, List.of(), null, workDir)) {
      List<ManagedChannel> channels = new ArrayList<>();
      for (int i = 0; i < CHANNELS; i++) {
        channels.add(ServerProcess.channel(server.port(), null));
      }
      try {
        List<Call> calls = calls();
        for (Call c : calls) {
          c.call().apply(channels.get(0)); // each answers on this store before the clock starts
        }
        Recorder recorder = new Recorder(TimeUnit.SECONDS.toMicros(60), 3);
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
          int id = i;
          Thread caller =
              new Thread(
                  () -> {
                    ManagedChannel ch = channels.get(id % CHANNELS);
                    for (int k = id; !stop.get(); k++) {
                      Call c = calls.get(Call.pick(calls, k));
                      long t0 = System.nanoTime();
                      try {
                        c.call().apply(ch);
                        recorder.recordValue(
                            Math.min(
                                (System.nanoTime() - t0) / 1000, TimeUnit.SECONDS.toMicros(60)));
                      } catch (StatusRuntimeException e) {
                        errors.computeIfAbsent(c.name(), n -> new LongAdder()).increment();
                        firstError.putIfAbsent(c.name(), e.getStatus().toString());
                      } catch (RuntimeException e) {
                        errors.computeIfAbsent(c.name(), n -> new LongAdder()).increment();
                        firstError.putIfAbsent(c.name(), e.toString());
                      }
                      requests.increment();
                    }
                  },
                  "soak-caller-" + i);
          caller.setDaemon(true); // a failed run must not leave them calling
          caller.start();
          callers.add(caller);
        }
        // the callers warm the server's code and caches before the first sample
        long warmSeconds = Math.max(5, Math.min(60, (long) (minutes * 6)));
        System.out.printf(Locale.US, "  warm-up %d s%n", warmSeconds);
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmSeconds));
        // the first sample's p99 is the warm-up's; the run's figures start after it
        Histogram interval = recorder.getIntervalHistogram();
        boolean warmUp = true;
        long warmUpRequests = requests.sum();
        long t0 = System.nanoTime();
        long end = t0 + (long) (minutes * 60e9);
        long nextSample = t0;
        long nextWrite = t0 + TimeUnit.SECONDS.toNanos(importSeconds);
        int write = 0;
        while (true) {
          long now = System.nanoTime();
          if (now >= nextWrite && now < end) {
            // alternately an import and a fetch, from the command line, while the server answers
            if (write++ % 2 == 0) {
              imports++;
              importAndCheck(channels.get(1), store, imports, failures);
            } else {
              fetches++;
              fetch(store, fred, failures);
            }
            nextWrite += TimeUnit.SECONDS.toNanos(importSeconds);
          }
          if (now >= nextSample) {
            if (!warmUp) {
              interval = recorder.getIntervalHistogram(interval);
              all.add(interval);
            }
            warmUp = false;
            Sample s =
                new Sample(
                    (now - t0) / 60e9,
                    server.rssMib(),
                    server.liveHeapAfterGcMib(),
                    server.threads(),
                    server.openFiles(),
                    interval.getTotalCount() == 0 ? 0 : interval.getValueAtPercentile(99) / 1000.0);
            samples.add(s);
            System.out.printf(
                Locale.US,
                "  %5.1f min  rss %6.1f MiB  heap %6.1f MiB  threads %3d  files %3d  p99 %8.2f ms"
                    + "  requests %,d%n",
                s.minute(),
                s.rssMib(),
                s.heapMib(),
                s.threads(),
                s.files(),
                s.p99Ms(),
                requests.sum());
            if (now >= end) {
              break;
            }
            nextSample = Math.min(nextSample + TimeUnit.SECONDS.toNanos(sampleSeconds), end);
          }
          Thread.sleep(50);
        }
        stop.set(true);
        for (Thread c : callers) {
          c.join();
        }
        all.add(recorder.getIntervalHistogram());
        measured = requests.sum() - warmUpRequests;
      } finally {
        stop.set(true);
        for (ManagedChannel c : channels) {
          c.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
      }
    } finally {
      fred.close();
    }
    return report(samples, all, measured, errors, firstError, imports, fetches, failures);
  }

  private boolean report(
      List<Sample> samples,
      Histogram all,
      long requests,
      Map<String, LongAdder> errors,
      Map<String, String> firstError,
      int imports,
      int fetches,
      List<String> failures)
      throws IOException {
    long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
    if (errorCount > 0) {
      failures.add(errorCount + " errors: " + firstError);
    }
    List<Sample> secondHalf =
        samples.stream().filter(s -> s.minute() >= minutes / 2 - 1e-9).toList();
    double slope = slopePerHour(secondHalf);
    if (slope > slopeBound()) {
      failures.add(
          String.format(
              Locale.US,
              "the heap after GC grew %.1f MB/h over the second half (bound %.1f)",
              slope,
              slopeBound()));
    }
    Sample first = samples.get(0);
    Sample last = samples.get(samples.size() - 1);
    double rssMax = samples.stream().mapToDouble(Sample::rssMib).max().orElse(0);
    if (rssMax > RSS_BOUND_MIB) {
      failures.add(String.format(Locale.US, "RSS reached %.0f MiB", rssMax));
    }
    if (last.threads() > first.threads() + THREADS_SLACK) {
      failures.add("threads " + first.threads() + " → " + last.threads());
    }
    if (last.files() > first.files() + FILES_SLACK) {
      failures.add("open files " + first.files() + " → " + last.files());
    }
    String a = "soak";
    t.add(
        a,
        "the server process on the full store"
            + (plantLeak ? ", WITH A PLANTED LEAK (PlantedLeak)" : ""),
        String.format(
            Locale.US,
            "%.0f min, %d callers on %d channels, %d imports and %d fetches from the command line",
            minutes,
            CALLERS,
            CHANNELS,
            imports,
            fetches));
    t.add(
        a,
        "requests; errors",
        String.format(
            Locale.US, "%,d (%.0f/s); %d", requests, requests / (minutes * 60), errorCount),
        "0 errors",
        errorCount == 0 ? "met" : "NOT met");
    t.add(
        a,
        "latency p50 / p99 / max",
        String.format(
            Locale.US,
            "%.2f / %.2f / %.0f ms",
            all.getValueAtPercentile(50) / 1000.0,
            all.getValueAtPercentile(99) / 1000.0,
            all.getMaxValue() / 1000.0));
    t.add(
        a,
        "heap after GC: first, last, slope over the second half",
        String.format(
            Locale.US, "%.1f, %.1f MiB; %+.1f MB/h", first.heapMib(), last.heapMib(), slope),
        String.format(Locale.US, "<= %.0f MB/h", slopeBound()),
        slope <= slopeBound() ? "met" : "NOT met");
    t.add(
        a,
        "RSS: first, last, max",
        String.format(Locale.US, "%.0f, %.0f, %.0f MiB", first.rssMib(), last.rssMib(), rssMax),
        String.format(Locale.US, "<= %.0f MiB", RSS_BOUND_MIB),
        rssMax <= RSS_BOUND_MIB ? "met" : "NOT met");
    t.add(
        a,
        "threads; open files (first → last)",
        String.format(
            Locale.US,
            "%d → %d; %d → %d",
            first.threads(),
            last.threads(),
            first.files(),
            last.files()),
        "flat (+" + THREADS_SLACK + "; +" + FILES_SLACK + ")",
        last.threads() <= first.threads() + THREADS_SLACK
                && last.files() <= first.files() + FILES_SLACK
            ? "met"
            : "NOT met");
    Files.createDirectories(out);
    Path svg = out.resolve(plantLeak ? "soak-planted-leak.svg" : "soak.svg");
    Files.writeString(svg, SoakChart.svg(samples, minutes, plantLeak));
    Path csv = out.resolve(plantLeak ? "soak-planted-leak.csv" : "soak.csv");
    StringBuilder rows =
        new StringBuilder("minute,rss_mib,heap_after_gc_mib,threads,files,p99_ms\n");
    for (Sample s : samples) {
      rows.append(
          String.format(
              Locale.US,
              "%.2f,%.1f,%.1f,%d,%d,%.3f%n",
              s.minute(),
              s.rssMib(),
              s.heapMib(),
              s.threads(),
              s.files(),
              s.p99Ms()));
    }
    Files.writeString(csv, rows);
    t.add(a, "samples and chart", csv + ", " + svg);
    if (!failures.isEmpty()) {
      t.add(a, "FAILED", String.join("; ", failures));
    }
    return failures.isEmpty();
  }

  /** Least-squares slope of the heap samples, MB (10^6 bytes) per hour. */
  static double slopePerHour(List<Sample> s) {
    int n = s.size();
    if (n < 2) {
      return 0;
    }
    double mx = s.stream().mapToDouble(Sample::minute).average().orElse(0);
    double my = s.stream().mapToDouble(Sample::heapMib).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    for (Sample x : s) {
      sxy += (x.minute() - mx) * (x.heapMib() - my);
      sxx += (x.minute() - mx) * (x.minute() - mx);
    }
    return sxx == 0 ? 0 : sxy / sxx * 60 * 1.048576;
  }

  /**
   * Imports a new version of the synthetic index {@code soak} with {@code capshift import} in its
   * own process; the server's next valuation of it must come from the data version after it.
   */
  private void importAndCheck(ManagedChannel ch, Path store, int n, List<String> failures)
      throws Exception {
    var valuation = ValuationServiceGrpc.newBlockingStub(ch);
    GetIndexValuationRequest q = GetIndexValuationRequest.newBuilder().setIndexId("soak").build();
    long before =
        valuation.withDeadlineAfter(30, TimeUnit.SECONDS).getIndexValuation(q).getDataVersion();
    Path file = workDir.resolve("soak.csv");
    Files.write(file, ImportSection.syntheticIndex("soak", 3_000, 1_000 + n));
    String output = cli(List.of("import", file.toString(), "--data", store.toString()));
    if (output.startsWith("exit ")) {
      failures.add("import " + n + ": " + output);
      return;
    }
    long after =
        valuation.withDeadlineAfter(30, TimeUnit.SECONDS).getIndexValuation(q).getDataVersion();
    long listed =
        DataServiceGrpc.newBlockingStub(ch)
            .withDeadlineAfter(30, TimeUnit.SECONDS)
            .listDatasets(ListDatasetsRequest.getDefaultInstance())
            .getDataVersion();
    if (after <= before || after != listed) {
      failures.add(
          "import "
              + n
              + ": the next answer is from data version "
              + after
              + " (before "
              + before
              + ", listed "
              + listed
              + ")");
    }
    System.out.printf(
        Locale.US, "  import %d from the command line: data version %d → %d%n", n, before, after);
  }

  private void fetch(Path store, HttpStandIn fred, List<String> failures) throws Exception {
    String output =
        cli(
            List.of(
                "fetch",
                "fred",
                "--data",
                store.toString(),
                "--cache",
                workDir.resolve("fetch-cache").toString(),
                "--base",
                "fred=" + fred.base() + "/fred/graph/fredgraph.csv"));
    if (output.startsWith("exit ")) {
      failures.add("fetch: " + output);
    }
    String tally =
        output.lines().filter(l -> l.startsWith("fetch:")).findFirst().orElse("(no tally)");
    System.out.println("  fetch fred from the command line: " + tally);
  }

  /** Runs {@code java -jar capshift.jar ARGS}; its output, or "exit N: output" on failure. */
  private String cli(List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-jar", jar.toString()));
    cmd.addAll(args);
    Path log = Files.createTempFile(workDir, "cli-", ".log");
    try {
      Process p =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean done = p.waitFor(300, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly().waitFor();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (!done) {
        return "exit (timed out after 300 s): " + output;
      }
      return p.exitValue() == 0 ? output : "exit " + p.exitValue() + ": " + output.strip();
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** A read the soak sends, its weight in the mix, and the call. */
  record Call(String name, int weight, Function<ManagedChannel, Object> call) {
    /** The call at turn {@code k} of a weighted round robin over {@code calls}. */
    static int pick(List<Call> calls, int k) {
      int total = calls.stream().mapToInt(Call::weight).sum();
      int r = Math.floorMod(k * 7919, total);
      for (int i = 0; i < calls.size(); i++) {
        r -= calls.get(i).weight();
        if (r < 0) {
          return i;
        }
      }
      return calls.size() - 1;
    }
  }

  /** The reads, weighted as a user's session mixes them: the heavy history ones seldom. */
  private static List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    for (LocalDate d : DATES) {
      Date date = BenchMain.date(d);
      calls.add(
          new Call(
              "GetRotationSignal " + d,
              2,
              ch ->
                  RotationServiceGrpc.newBlockingStub(ch)
                      .withDeadlineAfter(30, TimeUnit.SECONDS)
                      .getRotationSignal(
                          GetRotationSignalRequest.newBuilder().setAsOf(date).build())));
      calls.add(
          new Call(
              "GetRateExpectations " + d,
              4,
              ch ->
                  RatesServiceGrpc.newBlockingStub(ch)
                      .withDeadlineAfter(30, TimeUnit.SECONDS)
                      .getRateExpectations(
                          GetRateExpectationsRequest.newBuilder().setAsOf(date).build())));
      calls.add(
          new Call(
              "ChooseFund " + d,
              2,
              ch ->
                  FundServiceGrpc.newBlockingStub(ch)
                      .withDeadlineAfter(30, TimeUnit.SECONDS)
                      .chooseFund(ChooseFundRequest.newBuilder().setAsOf(date).build())));
    }
    for (String index : List.of("sp500", "IWM", "soak")) {
      for (NegativeEarningsPolicy p :
          List.of(
              NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_INCLUDE,
              NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_EXCLUDE_NEGATIVE)) {
        calls.add(
            new Call(
                "GetIndexValuation " + index + " " + p,
                4,
                ch ->
                    ValuationServiceGrpc.newBlockingStub(ch)
                        .withDeadlineAfter(30, TimeUnit.SECONDS)
                        .getIndexValuation(
                            GetIndexValuationRequest.newBuilder()
                                .setIndexId(index)
                                .setNegativeEarningsPolicy(p)
                                .build())));
      }
    }
    calls.add(
        new Call(
            "CompareValuations IWM/sp500",
            3,
            ch ->
                ValuationServiceGrpc.newBlockingStub(ch)
                    .withDeadlineAfter(30, TimeUnit.SECONDS)
                    .compareValuations(
                        CompareValuationsRequest.newBuilder()
                            .setSmallId("IWM")
                            .setLargeId("sp500")
                            .build())));
    calls.add(
        new Call(
            "GetValuationHistory shiller:pe",
            3,
            ch ->
                ValuationServiceGrpc.newBlockingStub(ch)
                    .withDeadlineAfter(30, TimeUnit.SECONDS)
                    .getValuationHistory(
                        GetValuationHistoryRequest.newBuilder()
                            .setSeriesId("shiller:pe")
                            .build())));
    calls.add(
        new Call(
            "GetEarningsOutlook sp500",
            2,
            ch ->
                EarningsServiceGrpc.newBlockingStub(ch)
                    .withDeadlineAfter(30, TimeUnit.SECONDS)
                    .getEarningsOutlook(
                        GetEarningsOutlookRequest.newBuilder().setIndexId("sp500").build())));
    calls.add(
        new Call(
            "GetFundFlows IWM",
            3,
            ch ->
                FundServiceGrpc.newBlockingStub(ch)
                    .withDeadlineAfter(30, TimeUnit.SECONDS)
                    .getFundFlows(GetFundFlowsRequest.newBuilder().setFundId("IWM").build())));
    calls.add(
        new Call(
            "GetFundProfile IWM",
            3,
            ch ->
                FundServiceGrpc.newBlockingStub(ch)
                    .withDeadlineAfter(30, TimeUnit.SECONDS)
                    .getFundProfile(GetFundProfileRequest.newBuilder().setFundId("IWM").build())));
    calls.add(
        new Call(
            "CompareFunds IWM,IJR,DES",
            2,
            ch ->
                FundServiceGrpc.newBlockingStub(ch)
                    .withDeadlineAfter(30, TimeUnit.SECONDS)
                    .compareFunds(
                        CompareFundsRequest.newBuilder()
                            .addAllFundIds(List.of("IWM", "IJR", "DES"))
                            .build())));
    calls.add(
        new Call(
            "RunEventStudy",
            1,
            ch ->
                HistoryServiceGrpc.newBlockingStub(ch)
                    .withDeadlineAfter(30, TimeUnit.SECONDS)
                    .runEventStudy(RunEventStudyRequest.getDefaultInstance())));
    calls.add(
        new Call(
            "RunBacktest",
            1,
            ch ->
                RotationServiceGrpc.newBlockingStub(ch)
                    .withDeadlineAfter(30, TimeUnit.SECONDS)
                    .runBacktest(RunBacktestRequest.getDefaultInstance())));
    calls.add(
        new Call(
            "RunScenario thesis-2026",
            2,
            ch ->
                RotationServiceGrpc.newBlockingStub(ch)
                    .withDeadlineAfter(30, TimeUnit.SECONDS)
                    .runScenario(RunScenarioRequest.newBuilder().setName("thesis-2026").build())));
    calls.add(
        new Call(
            "ListDatasets",
            2,
            ch ->
                DataServiceGrpc.newBlockingStub(ch)
                    .withDeadlineAfter(30, TimeUnit.SECONDS)
                    .listDatasets(ListDatasetsRequest.getDefaultInstance())));
    return calls;
  }

  /**
   * A local stand-in for FRED: {@code /fred/graph/fredgraph.csv?id=ID} answers with the FRED file
   * of {@code ../shared/data} for that series, 404 for any other.
   */
  static final class HttpStandIn implements AutoCloseable {
    private final com.sun.net.httpserver.HttpServer server;

    private HttpStandIn(com.sun.net.httpserver.HttpServer server) {
      this.server = server;
    }

    static HttpStandIn fred(Path shared) throws IOException {
      Map<String, Path> files =
          Map.of(
              "DFF", shared.resolve("fed-policy-rates/DFF_daily_1954-07-01_2024-01-25.csv"),
              "DFEDTARU", shared.resolve("fed-policy-rates/DFEDTARU_2008-12-16_2025-11-12.csv"),
              "DFEDTARL", shared.resolve("fed-policy-rates/DFEDTARL_2008-12-16_2024-01-31.csv"),
              "DFEDTAR", shared.resolve("fed-policy-rates/DFEDTAR_1982-09-27_2008-12-15.csv"),
              "DGS10", shared.resolve("treasury-yields/DGS10_daily_1962-01-02_2024-01-30.csv"),
              "DGS2", shared.resolve("treasury-yields/DGS2_daily_1976-06-01_2024-01-25.csv"),
              "SP500", shared.resolve("shiller-sp500-monthly/fred_sp500_daily_2016-2026.csv"));
      var server =
          com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/fred/graph/fredgraph.csv",
          exchange -> {
            String query = exchange.getRequestURI().getQuery();
            Path file = query == null ? null : files.get(query.replace("id=", ""));
            try (InputStream in = exchange.getRequestBody()) {
              in.readAllBytes();
            }
            if (file == null || !Files.isRegularFile(file)) {
              exchange.sendResponseHeaders(404, -1);
              exchange.close();
              return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
              o.write(body);
            }
          });
      server.start();
      return new HttpStandIn(server);
    }

    String base() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
