package io.capshift.bench;

import io.capshift.domain.valuation.NegativeEarningsPolicy;
import io.capshift.domain.valuation.ValuationSums;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * G3: the aggregation kernel ({@link ValuationSums}: totals, both negative-earnings policies,
 * counts, the capped fund earnings, coverage weights) against the floor, an 8-accumulator sum of
 * the same five columns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SumsBenchmark {
  @Param({"500", "3000", "30000"})
  public int constituents;

  private SyntheticIndex index;

  @Setup(Level.Trial)
  public void setUp() {
    index = SyntheticIndex.generate(constituents, SyntheticIndex.SEED);
  }

  /**
   * Every sum behind the P/E of both policies (INCLUDE, EXCLUDE_NEGATIVE), yields, P/B, P/S, counts
   * and coverage weights.
   */
  @Benchmark
  public void kernel(Blackhole bh) {
    bh.consume(ValuationSums.of(index.snapshot, NegativeEarningsPolicy.EXCLUDE_NEGATIVE));
  }

  /** The same with the fund convention's capped earnings as well. */
  @Benchmark
  public void kernelWithCapped(Blackhole bh) {
    bh.consume(ValuationSums.of(index.snapshot, NegativeEarningsPolicy.FUND_HARMONIC_CAPPED));
  }

  /** The floor: the five columns the kernel reads, each element added once, 8 accumulators. */
  @Benchmark
  public double floor() {
    SyntheticIndex s = index;
    return sum8(s.value) + sum8(s.earnings) + sum8(s.dividends) + sum8(s.book) + sum8(s.sales);
  }

  static double sum8(double[] c) {
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
}
