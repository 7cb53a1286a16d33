package io.capshift.bench;

import io.capshift.domain.rates.FedWatchCalculator;
import io.capshift.domain.rates.FedWatchResult;
import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.rates.FomcMeeting;
import io.capshift.domain.rates.FuturesStrip;
import io.capshift.domain.rates.TargetRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The FedWatch tree over a 24-meeting strip: three years of eight scheduled meetings (the 2026
 * calendar's days, repeated), a contract for every month, prices that price about eight cuts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FedWatchBenchmark {
  static final int MEETINGS = 24;
  private static final int[][] MONTH_DAY = {
    {1, 28}, {3, 18}, {4, 29}, {6, 17}, {7, 29}, {9, 16}, {10, 28}, {12, 9}
  };

  private FuturesStrip strip;
  private FomcCalendar calendar;
  private TargetRange current;

  @Setup(Level.Trial)
  public void setUp() {
    LocalDate asOf = LocalDate.of(2025, 12, 15);
    current = new TargetRange(LocalDate.of(2025, 12, 11), 0.0350, 0.0375);
    List<FomcMeeting> meetings = new ArrayList<>();
    for (int year = 2026; meetings.size() < MEETINGS; year++) {
      for (int[] md : MONTH_DAY) {
        LocalDate decision = LocalDate.of(year, md[0], md[1]);
        meetings.add(new FomcMeeting(decision.minusDays(1), decision, true, false));
      }
    }
    calendar = new FomcCalendar(meetings);
    Map<YearMonth, Double> prices = new TreeMap<>();
    double rate = 0.0364;
    for (YearMonth m = YearMonth.of(2025, 12);
        !m.isAfter(YearMonth.of(2029, 2));
        m = m.plusMonths(1)) {
      prices.put(m, 100 * (1 - rate));
      rate = Math.max(0.0150, rate - 0.0006);
    }
    strip = FuturesStrip.of(asOf, prices);
    FedWatchResult check = calculate();
    if (check.meetings().size() != MEETINGS) {
      throw new IllegalStateException(
          "expected " + MEETINGS + " meetings, got " + check.meetings().size());
    }
  }

  @Benchmark
  public FedWatchResult calculate() {
    return FedWatchCalculator.DEFAULT.calculate(strip, calendar, current);
  }
}
