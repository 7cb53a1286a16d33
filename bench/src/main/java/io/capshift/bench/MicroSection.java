package io.capshift.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The JMH benchmarks, one fork each, and the ratios G3, G4 and G6. */
final class MicroSection {
  private MicroSection() {}

  static void run(Table t, Path workDir, boolean quick) throws RunnerException, IOException {
    Options o =
        new OptionsBuilder()
            .include(SumsBenchmark.class.getName() + "\\.")
            .include(AggregationBenchmark.class.getName() + "\\.valuation")
            .include(FedWatchBenchmark.class.getName() + "\\.")
            .include(HistoryStatsBenchmark.class.getName() + "\\.")
            .include(DurableWriteBenchmark.class.getName() + "\\.")
            .include(LookThroughBenchmark.class.getName() + "\\.")
            .forks(1)
            .warmupIterations(quick ? 1 : 3)
            .warmupTime(TimeValue.milliseconds(quick ? 200 : 700))
            .measurementIterations(quick ? 2 : 4)
            .measurementTime(TimeValue.milliseconds(quick ? 200 : 700))
            .mode(Mode.AverageTime)
            .timeUnit(TimeUnit.NANOSECONDS)
            .jvmArgsAppend("-Xms1g", "-Xmx1g", "-Dbench.dir=" + workDir)
            .shouldFailOnError(true)
            .build();
    Map<String, Double> ns = new HashMap<>();
    for (RunResult r : new Runner(o).run()) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String size = r.getParams().getParam("constituents");
      if (size == null) {
        size = r.getParams().getParam("months");
      }
      String key = size == null ? name : name + "@" + size;
      ns.put(key, r.getPrimaryResult().getScore());
    }
    for (int n : new int[] {500, 3000, 30000}) {
      double floor = ns.get("SumsBenchmark.floor@" + n);
      double kernel = ns.get("SumsBenchmark.kernel@" + n);
      t.add(
          "aggregate",
          String.format(Locale.US, "%,d names: floor (8-accumulator sum of 5 columns)", n),
          String.format(Locale.US, "%,.0f ns (%.3f ns/name)", floor, floor / n));
      String kernelFigure =
          String.format(
              Locale.US, "%,d names: kernel (sums, both policies, counts, weights) / floor", n);
      if (n == 3000) {
        t.ratio("aggregate", kernelFigure + " — G3", kernel / floor, "<=", 2.0);
      } else {
        t.add(
            "aggregate",
            kernelFigure,
            String.format(
                Locale.US, "%.2f× (%,.0f ns, %.3f ns/name)", kernel / floor, kernel, kernel / n));
      }
      for (String policy : new String[] {"Include", "ExcludeNegative"}) {
        double full = ns.get("AggregationBenchmark.valuation" + policy + "@" + n);
        t.add(
            "aggregate",
            String.format(
                Locale.US,
                "%,d names: full valuation %s (with weighted median, top 10)",
                n,
                policy),
            String.format(
                Locale.US, "%,.0f ns (%.2f ns/name, %.1f× floor)", full, full / n, full / floor));
      }
    }
    double perName3k = ns.get("SumsBenchmark.kernel@3000") / 3000;
    double perName30k = ns.get("SumsBenchmark.kernel@30000") / 30000;
    t.add(
        "aggregate",
        "kernel ns/name at 30,000 ÷ at 3,000 (1.0 = linear)",
        String.format(Locale.US, "%.2f", perName30k / perName3k));
    double fullPer3k = ns.get("AggregationBenchmark.valuationInclude@3000") / 3000;
    double fullPer30k = ns.get("AggregationBenchmark.valuationInclude@30000") / 30000;
    t.add(
        "aggregate",
        "full valuation ns/name at 30,000 ÷ at 3,000",
        String.format(Locale.US, "%.2f", fullPer30k / fullPer3k));

    double fw = ns.get("FedWatchBenchmark.calculate");
    t.add(
        "fedwatch",
        "tree over a 24-meeting strip",
        String.format(Locale.US, "%,.1f µs", fw / 1000));

    for (int m : new int[] {1200, 1861}) {
      double stats = ns.get("HistoryStatsBenchmark.statistics@" + m);
      double sort = ns.get("HistoryStatsBenchmark.sortCopy@" + m);
      t.add(
          "history",
          String.format(Locale.US, "%,d months: statistics; Arrays.sort of a copy", m),
          String.format(Locale.US, "%,.0f ns; %,.0f ns", stats, sort));
      if (m == 1200) {
        t.ratio("history", "1,200 months: statistics / sort — G4", stats / sort, "<=", 3.0);
      }
    }

    double join = ns.get("LookThroughBenchmark.join");
    double joinAndValue = ns.get("LookThroughBenchmark.joinAndValue");
    double joinIndexed = ns.get("LookThroughBenchmark.joinIndexed");
    String lookThrough =
        String.format(
            Locale.US,
            "%,d holdings x %,d fundamentals",
            LookThroughBenchmark.HOLDINGS,
            LookThroughBenchmark.COMPANIES);
    t.add(
        "look-through",
        lookThrough + ": join with its index (warm)",
        String.format(Locale.US, "%.2f ms", join / 1e6),
        "<= 5 ms",
        join <= 5e6 ? "met" : "NOT met");
    t.add(
        "look-through",
        lookThrough + ": join, the sources' index kept",
        String.format(Locale.US, "%.2f ms", joinIndexed / 1e6));
    t.add(
        "look-through",
        lookThrough + ": join and fund valuation",
        String.format(Locale.US, "%.2f ms", joinAndValue / 1e6));

    double durable = ns.get("DurableWriteBenchmark.durableWrite");
    double plain = ns.get("DurableWriteBenchmark.plainWriteFsync");
    double commit = ns.get("DurableWriteBenchmark.commit");
    int[] fsyncs = DurableWriteBenchmark.fsyncsPerOperation(workDir);
    t.add(
        "store",
        "1 MiB: plain write + fsync + dir fsync; durable atomic write",
        String.format(Locale.US, "%,.0f µs; %,.0f µs", plain / 1000, durable / 1000));
    t.ratio("store", "durable atomic write / plain — G6", durable / plain, "<=", 1.5);
    t.add(
        "store",
        "fsyncs per single-file durable write (counted) — G6",
        Integer.toString(fsyncs[0]),
        "= 2",
        fsyncs[0] == 2 ? "met" : "NOT met");
    t.add(
        "store",
        "dataset commit (1 MiB file, then the manifest): time; fsyncs",
        String.format(
            Locale.US, "%,.0f µs (%.2f× plain); %d", commit / 1000, commit / plain, fsyncs[1]));
  }
}
