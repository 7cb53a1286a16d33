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
 * The whole {@link IndexValuationCalculator} answer (the sums, the weighted median P/E, the top-10
 * weight), beside which {@code SumsBenchmark} measures the sums alone against the floor. Run
 * through {@code ./capshift bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AggregationBenchmark {
  @Param({"500", "3000", "30000"})
  public int constituents;

  private ConstituentSnapshot snapshot;

  @Setup(Level.Trial)
  public void setUp() {
    snapshot = SyntheticIndex.generate(constituents, SyntheticIndex.SEED).snapshot;
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
}
