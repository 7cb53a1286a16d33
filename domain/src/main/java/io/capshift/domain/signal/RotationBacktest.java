package io.capshift.domain.signal;

import io.capshift.domain.history.TimeSeries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A monthly, point-in-time backtest of the rotation rule. At the end of each month the score is
 * built only from data up to that month: relative momentum (small minus large cumulative return
 * over {@code momentumMonths}) and the policy direction (minus the change of the policy rate over
 * {@code policyMonths}: cuts favour small caps), each a z-score against its own values so far,
 * averaged with their weights over the components that have {@code minHistory} values. The position
 * for the next month is small caps above the threshold, large caps below its negative, the 50/50
 * blend between; a change of position costs {@code costPerSwitch} per unit moved. Stateless; use
 * {@link #DEFAULT}.
 */
public final class RotationBacktest {
  /** The shared instance. */
  public static final RotationBacktest DEFAULT = new RotationBacktest();

  private RotationBacktest() {}

  /**
   * @param small monthly returns of small caps, decimal, dated the first of the month
   * @param large the same for large caps
   * @param riskFree monthly risk-free returns, decimal, for the Sharpe ratio
   * @param policyRate policy-rate observations, decimal (daily or at changes)
   * @param cancelled polled every month; true stops the run
   * @throws CancellationException when {@code cancelled} turns true
   * @throws IllegalArgumentException when the series share fewer than two months
   */
  public BacktestResult run(
      TimeSeries small,
      TimeSeries large,
      Optional<TimeSeries> riskFree,
      Optional<TimeSeries> policyRate,
      BacktestConfig c,
      BooleanSupplier cancelled) {
    return run(small, large, riskFree, policyRate, c, Optional.empty(), cancelled);
  }

  /**
   * As {@link #run(TimeSeries, TimeSeries, Optional, Optional, BacktestConfig, BooleanSupplier)},
   * with statistics over the months held from {@code firstHeld}: the rule still learns from all the
   * history before it.
   */
  public BacktestResult run(
      TimeSeries small,
      TimeSeries large,
      Optional<TimeSeries> riskFree,
      Optional<TimeSeries> policyRate,
      BacktestConfig c,
      Optional<YearMonth> firstHeld,
      BooleanSupplier cancelled) {
    TreeMap<YearMonth, double[]> both = Monthly.aligned(small, large);
    if (both.size() < 2) {
      throw new IllegalArgumentException(
          small.id() + " and " + large.id() + " share fewer than two months");
    }
    Map<YearMonth, Double> rf = riskFree.map(Monthly::byMonth).orElse(Map.of());
    Map<YearMonth, Double> policy = policyRate.map(Monthly::monthEnd).orElse(Map.of());
    List<YearMonth> months = new ArrayList<>(both.keySet());
    Standardiser momentum = new Standardiser(c.minHistory());
    Standardiser direction = new Standardiser(c.minHistory());
    List<Position> positions = new ArrayList<>();
    double weight = 0.5;
    for (int t = 0; t + 1 < months.size(); t++) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("backtest cancelled at " + months.get(t));
      }
      YearMonth now = months.get(t);
      OptionalDouble zm = momentum.next(relativeReturn(both, now, c.momentumMonths()));
      OptionalDouble zp = direction.next(easing(policy, now, c.policyMonths()));
      double sum = 0;
      double weights = 0;
      int used = 0;
      if (zm.isPresent() && c.momentumWeight() > 0) {
        sum += c.momentumWeight() * zm.getAsDouble();
        weights += c.momentumWeight();
        used++;
      }
      if (zp.isPresent() && c.policyWeight() > 0) {
        sum += c.policyWeight() * zp.getAsDouble();
        weights += c.policyWeight();
        used++;
      }
      double score = weights > 0 ? sum / weights : 0;
      weight = score > c.threshold() ? 1 : score < -c.threshold() ? 0 : 0.5;
      positions.add(new Position(months.get(t + 1), weight, score, used));
    }
    List<Position> held =
        firstHeld
            .map(f -> positions.stream().filter(p -> !p.month().isBefore(f)).toList())
            .orElse(positions);
    if (held.isEmpty()) {
      throw new IllegalArgumentException("no month held on or after " + firstHeld.orElseThrow());
    }
    return Performance.of(held, both, rf, c.costPerSwitch());
  }

  /** Small minus large cumulative return over the {@code n} months ending at {@code end}. */
  private static OptionalDouble relativeReturn(
      Map<YearMonth, double[]> both, YearMonth end, int n) {
    double s = 1;
    double l = 1;
    for (int k = 0; k < n; k++) {
      double[] r = both.get(end.minusMonths(k));
      if (r == null) {
        return OptionalDouble.empty();
      }
      s *= 1 + r[0];
      l *= 1 + r[1];
    }
    return OptionalDouble.of(s - l);
  }

  /** Minus the policy rate's change over {@code n} months to the end of {@code end}. */
  private static OptionalDouble easing(Map<YearMonth, Double> policy, YearMonth end, int n) {
    Double now = policy.get(end);
    Double then = policy.get(end.minusMonths(n));
    return now == null || then == null ? OptionalDouble.empty() : OptionalDouble.of(then - now);
  }

  /** z-scores of a value against the values seen so far (itself included). */
  private static final class Standardiser {
    private final int minHistory;
    private int n;
    private double mean;
    private double m2;

    Standardiser(int minHistory) {
      this.minHistory = minHistory;
    }

    OptionalDouble next(OptionalDouble value) {
      if (value.isEmpty()) {
        return OptionalDouble.empty();
      }
      double x = value.getAsDouble();
      n++;
      double delta = x - mean;
      mean += delta / n;
      m2 += delta * (x - mean);
      if (n < minHistory || m2 <= 0) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of((x - mean) / Math.sqrt(m2 / (n - 1)));
    }
  }

  static Map<String, List<PerformanceStats>> byDecade(
      List<Position> positions,
      Map<YearMonth, double[]> both,
      Map<YearMonth, Double> rf,
      double cost) {
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
