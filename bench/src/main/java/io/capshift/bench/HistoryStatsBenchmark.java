package io.capshift.bench;

import io.capshift.domain.history.HistoryStatistics;
import io.capshift.domain.history.HistoryStatisticsCalculator;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.history.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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

/**
 * G4: mean, standard deviation, z-score and percentile of the latest value over a monthly history
 * (a random walk shaped like a P/E), beside {@code Arrays.sort} of a copy of the same values, the
 * cost of the naive way to a percentile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HistoryStatsBenchmark {
  @Param({"1200", "1861"})
  public int months;

  private TimeSeries series;
  private double[] values;
  private LocalDate asOf;

  @Setup(Level.Trial)
  public void setUp() {
    Random r = new Random(1871);
    List<Observation> obs = new ArrayList<>(months);
    double pe = 15;
    LocalDate d = LocalDate.of(1871, 1, 1);
    for (int i = 0; i < months; i++) {
      pe = Math.max(5, pe * Math.exp(0.04 * r.nextGaussian()));
      obs.add(new Observation(d, pe));
      d = d.plusMonths(1);
    }
    series = TimeSeries.of("bench:pe", "multiple (x)", obs);
    values = series.values(0, months);
    asOf = obs.get(months - 1).date();
  }

  @Benchmark
  public HistoryStatistics statistics() {
    return HistoryStatisticsCalculator.DEFAULT.calculate(series, asOf, Window.FULL);
  }

  @Benchmark
  public double[] sortCopy() {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
