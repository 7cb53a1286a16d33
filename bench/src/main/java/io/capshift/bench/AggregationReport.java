package io.capshift.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link AggregationBenchmark} at 3,000 constituents and prints ns/op, ns per constituent and
 * the ratio of each valuation to the 8-accumulator floor (target: at most 2x).
 *
 * <pre>
 * mvn -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar io.capshift.bench.AggregationReport
 * </pre>
 */
public final class AggregationReport {
  static final int CONSTITUENTS = 3_000;
  static final double TARGET_RATIO = 2.0;

  private AggregationReport() {}

  public static void main(String[] args) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(AggregationBenchmark.class.getName() + "\\.")
            .param("constituents", Integer.toString(CONSTITUENTS))
            .forks(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .mode(Mode.AverageTime)
            .timeUnit(TimeUnit.NANOSECONDS)
            .build();
    print(new Runner(options).run());
  }

  private static void print(Collection<RunResult> results) {
    Map<String, Result<?>> byName = new LinkedHashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      byName.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult());
    }
    System.out.printf(Locale.ROOT, "%nAggregation at %,d constituents (JMH, avgt)%n", CONSTITUENTS);
    byName.forEach(
        (name, r) ->
            System.out.printf(
                Locale.ROOT,
                "  %-26s %10.0f ± %6.0f ns/op  %7.3f ns/constituent%n",
                name,
                r.getScore(),
                r.getScoreError(),
                r.getScore() / CONSTITUENTS));
    Result<?> floor = byName.get("floorPlainSum8");
    for (String name : new String[] {"valuationInclude", "valuationExcludeNegative"}) {
      Result<?> r = byName.get(name);
      if (floor != null && r != null) {
        double ratio = r.getScore() / floor.getScore();
        System.out.printf(
            Locale.ROOT,
            "  ratio %-26s %6.2fx the floor (target <= %.1fx): %s%n",
            name,
            ratio,
            TARGET_RATIO,
            ratio <= TARGET_RATIO ? "met" : "NOT met");
      }
    }
  }
}
