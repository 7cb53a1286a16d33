package io.capshift.domain.signal;

import io.capshift.domain.history.PairedReturns;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A monthly backtest of the rotation signal. At the end of each month the signal is decided as the
 * live signal would decide it at that date ({@code decide}: the same calculator on what was known
 * then); the position for the next month is small caps when the call is overweight small, large
 * caps when it is underweight, the 50/50 blend when neutral or when no component is usable. A
 * change of position costs {@code costPerSwitch} per unit moved. Stateless; use {@link #DEFAULT}.
 */
public final class RotationBacktest {
  /** The shared instance. */
  public static final RotationBacktest DEFAULT = new RotationBacktest();

  private RotationBacktest() {}

  /**
   * @param both monthly small and large returns, decimal, paired on the months both have
   * @param riskFree monthly risk-free returns by month, decimal, for the Sharpe ratio
   * @param decide the signal at a month's last day
   * @param costPerSwitch cost of moving all of the portfolio, decimal
   * @param firstHeld statistics over the months held from this one, if given: the signal still
   *     learns from all the history before it
   * @param cancelled polled every month; true stops the run
   * @throws CancellationException when {@code cancelled} turns true
   * @throws IllegalArgumentException when the series share fewer than two months, or no month is
   *     held from {@code firstHeld}
   */
  public BacktestResult run(
      PairedReturns both,
      Map<YearMonth, Double> riskFree,
      Function<LocalDate, RotationSignal> decide,
      double costPerSwitch,
      Optional<YearMonth> firstHeld,
      BooleanSupplier cancelled) {
    if (both.size() < 2) {
      throw new IllegalArgumentException("the two return series share fewer than two months");
    }
    List<YearMonth> months = both.months();
    List<Position> positions = new ArrayList<>();
    for (int t = 0; t + 1 < months.size(); t++) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("backtest cancelled at " + months.get(t));
      }
      YearMonth next = months.get(t + 1);
      if (firstHeld.isPresent() && next.isBefore(firstHeld.get())) {
        continue;
      }
      RotationSignal signal = decide.apply(months.get(t).atEndOfMonth());
      positions.add(
          new Position(
              next,
              smallWeight(signal.stance()),
              signal.score(),
              (int) signal.components().stream().filter(c -> c.leftOut().isEmpty()).count()));
    }
    if (positions.isEmpty()) {
      throw new IllegalArgumentException("no month held on or after " + firstHeld.orElseThrow());
    }
    return Performance.of(positions, both, riskFree, costPerSwitch);
  }

  /** All in small caps, all in large, or the 50/50 blend. */
  private static double smallWeight(RotationSignal.Stance stance) {
    return switch (stance) {
      case OVERWEIGHT_SMALL -> 1;
      case UNDERWEIGHT_SMALL -> 0;
      case NEUTRAL -> 0.5;
    };
  }

  static Map<String, List<PerformanceStats>> byDecade(
      List<Position> positions, PairedReturns both, Map<YearMonth, Double> rf, double cost) {
    Map<String, List<Position>> groups = new LinkedHashMap<>();
    Map<String, Double> startWeights = new LinkedHashMap<>();
    double previous = 0.5;
    for (Position p : positions) {
      String decade = (p.month().getYear() / 10 * 10) + "s";
      startWeights.putIfAbsent(decade, previous);
      groups.computeIfAbsent(decade, k -> new ArrayList<>()).add(p);
      previous = p.smallWeight();
    }
    Map<String, List<PerformanceStats>> out = new LinkedHashMap<>();
    groups.forEach(
        (decade, ps) ->
            out.put(decade, Performance.stats(ps, both, rf, cost, startWeights.get(decade))));
    return out;
  }
}
