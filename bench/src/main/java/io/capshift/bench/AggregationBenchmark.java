package io.capshift.bench;

import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.IndexValuation;
import io.capshift.domain.valuation.IndexValuationCalculator;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link IndexValuationCalculator} against the memory-bound floor: a plain 8-accumulator sum of the
 * same five columns the calculator reads (value, earnings, dividends, book, sales).
 * reliability-performance.md §2.2 sets the target: valuation within 2x of {@link #floorPlainSum8()}
 * at 3,000 constituents. Run through {@link AggregationReport}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AggregationBenchmark {
  static final long SEED = 20_260_130L;

  @Param({"500", "3000", "30000"})
  public int constituents;

  private ConstituentSnapshot snapshot;
  private double[][] columns;

  @Setup(Level.Trial)
  public void setUp() {
    SyntheticIndex index = SyntheticIndex.generate(constituents, SEED);
    snapshot = index.snapshot;
    columns =
        new double[][] {index.value, index.earnings, index.dividends, index.book, index.sales};
  }

  @Benchmark
  public IndexValuation valuationInclude() {
    return IndexValuationCalculator.DEFAULT.calculate(snapshot, NegativeEarningsPolicy.INCLUDE);
  }

  @Benchmark
  public IndexValuation valuationExcludeNegative() {
    return IndexValuationCalculator.DEFAULT.calculate(
        snapshot, NegativeEarningsPolicy.EXCLUDE_NEGATIVE);
  }

  /** The floor: every element of the five columns added once, 8 independent accumulators. */
  @Benchmark
  public double floorPlainSum8() {
    double s = 0;
    for (double[] c : columns) {
      s += sum8(c);
    }
    return s;
  }

  private static double sum8(double[] c) {
    double a0 = 0;
    double a1 = 0;
    double a2 = 0;
    double a3 = 0;
    double a4 = 0;
    double a5 = 0;
    double a6 = 0;
    double a7 = 0;
    int i = 0;
    for (; i + 7 < c.length; i += 8) {
      a0 += c[i];
      a1 += c[i + 1];
      a2 += c[i + 2];
      a3 += c[i + 3];
      a4 += c[i + 4];
      a5 += c[i + 5];
      a6 += c[i + 6];
      a7 += c[i + 7];
    }
    for (; i < c.length; i++) {
      a0 += c[i];
    }
    return ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
  }

  /** The same additions with one accumulator: bound by floating-point add latency. */
  @Benchmark
  public double plainSum1() {
    double a = 0;
    for (double[] c : columns) {
      for (double x : c) {
        a += x;
      }
    }
    return a;
  }
}
