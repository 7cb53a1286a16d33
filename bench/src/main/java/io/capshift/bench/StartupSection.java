package io.capshift.bench;

import io.capshift.api.v1.GetRateExpectationsRequest;
import io.capshift.api.v1.GetRotationSignalRequest;
import io.capshift.api.v1.HistoryServiceGrpc;
import io.capshift.api.v1.RatesServiceGrpc;
import io.capshift.api.v1.RotationServiceGrpc;
import io.capshift.api.v1.RunBacktestRequest;
import io.capshift.api.v1.RunEventStudyRequest;
import io.grpc.ManagedChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Time from {@code java -jar} to health SERVING, resident memory, and heap with everything loaded.
 */
final class StartupSection {
  private StartupSection() {}

  static void run(Table t, Path jar, Path workDir, Path fullStore, int starts)
      throws IOException, InterruptedException {
    Path fresh = workDir.resolve("store-default");
    BenchMain.deleteTree(fresh);
    double[] ms = new double[starts];
    double rss = 0;
    double firstMs = 0;
    for (int i = 0; i <= starts; i++) {
      try (ServerProcess s = ServerProcess.start(jar, fresh, List.of(), null, workDir)) {
        if (i == 0) {
          firstMs = s.startupMillis(); // creates and seeds the store
        } else {
          ms[i - 1] = s.startupMillis();
          rss = s.rssMib();
        }
      }
    }
    Arrays.sort(ms);
    t.add(
        "startup",
        "default store: first start (creates and seeds it)",
        String.format(Locale.US, "%.0f ms", firstMs));
    t.add(
        "startup",
        String.format(
            Locale.US, "default store: java -jar to SERVING, median of %d; RSS after", starts),
        String.format(
            Locale.US, "%.0f ms (%.0f–%.0f); %.0f MiB", ms[starts / 2], ms[0], ms[starts - 1], rss),
        "< 1500 ms",
        ms[starts / 2] < 1500 ? "met" : "NOT met");

    long datasets;
    try (var list = Files.list(fullStore.resolve("datasets"))) {
      datasets = list.count();
    }
    for (int i = 0; i < starts; i++) {
      try (ServerProcess s =
          ServerProcess.start(jar, fullStore, List.of("-Xmx256m"), null, workDir)) {
        ms[i] = s.startupMillis();
        if (i == starts - 1) {
          double rssStart = s.rssMib();
          ManagedChannel ch = s.channel();
          try {
            exercise(ch);
          } finally {
            ch.shutdownNow();
          }
          double heap = s.heapAfterGcMib();
          Arrays.sort(ms);
          t.add(
              "startup",
              String.format(
                  Locale.US,
                  "everything imported (%d dataset files), -Xmx256m: to SERVING, median of %d; RSS",
                  datasets,
                  starts),
              String.format(
                  Locale.US,
                  "%.0f ms (%.0f–%.0f); %.0f MiB",
                  ms[starts / 2],
                  ms[0],
                  ms[starts - 1],
                  rssStart));
          t.add(
              "startup",
              "everything imported, after signal, FedWatch, event study, backtest: "
                  + "heap after GC; RSS",
              String.format(Locale.US, "%.1f MiB; %.0f MiB", heap, s.rssMib()),
              "heap < 256 MiB",
              heap < 256 ? "met" : "NOT met");
        }
      }
    }
  }

  /** The heaviest reads, so every dataset they need is loaded. */
  private static void exercise(ManagedChannel ch) {
    RotationServiceGrpc.newBlockingStub(ch)
        .getRotationSignal(
            GetRotationSignalRequest.newBuilder()
                .setAsOf(BenchMain.date(ImportSection.REPORT_DATE))
                .build());
    RatesServiceGrpc.newBlockingStub(ch)
        .getRateExpectations(
            GetRateExpectationsRequest.newBuilder()
                .setAsOf(BenchMain.date(ImportSection.REPORT_DATE))
                .build());
    HistoryServiceGrpc.newBlockingStub(ch).runEventStudy(RunEventStudyRequest.getDefaultInstance());
    RotationServiceGrpc.newBlockingStub(ch)
        .runBacktest(RunBacktestRequest.getDefaultInstance())
        .forEachRemaining(r -> {});
  }
}
