package io.capshift.domain.signal;

import io.capshift.domain.history.Months;
import io.capshift.domain.history.PairedReturns;
import io.capshift.domain.history.TimeSeries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A monthly, point-in-time backtest of the rotation rule. At the end of each month the rule of
 * {@link RotationSignalCalculator} decides from data up to that month: relative momentum (small
 * minus large cumulative return over {@code momentumMonths}) and the policy direction (the fall of
 * the policy rate over {@code policyMonths}: cuts favour small caps), each a z-score against its
 * own values so far once it has {@code minHistory} of them, combined with their weights. The
 * position for the next month is small caps when the call is overweight small, large caps when it
 * is underweight, the 50/50 blend when neutral; a change of position costs {@code costPerSwitch}
 * per unit moved. Stateless; use {@link #DEFAULT}.
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
    PairedReturns both = PairedReturns.of(small, large);
    if (both.size() < 2) {
      throw new IllegalArgumentException(
          small.id() + " and " + large.id() + " share fewer than two months");
    }
    Map<YearMonth, Double> rf =
        riskFree.<Map<YearMonth, Double>>map(Months::lastInMonth).orElse(Map.of());
    RotationSignalCalculator rule = RotationSignalCalculator.DEFAULT;
    SignalRule settings = c.rule();
    // Each value of a history uses only data up to its own month, so both are built once and
    // read month by month; a month decides on that month's values only (no carrying forward).
    NavigableMap<YearMonth, Double> momentum = rule.momentumHistory(both, c.momentumMonths());
    NavigableMap<YearMonth, Double> easing =
        policyRate
            .filter(p -> p.size() > 0)
            .map(p -> rule.easingHistory(p, lastMonth(p), c.policyMonths()))
            .orElseGet(TreeMap::new);
    List<YearMonth> months = both.months();
    List<Position> positions = new ArrayList<>();
    for (int t = 0; t + 1 < months.size(); t++) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("backtest cancelled at " + months.get(t));
      }
      YearMonth now = months.get(t);
      RotationSignal signal =
          rule.combine(
              now.atEndOfMonth(),
              List.of(
                  component(rule, ComponentKind.MOMENTUM, momentum, now, settings),
                  component(rule, ComponentKind.POLICY, easing, now, settings)),
              k -> k == ComponentKind.MOMENTUM ? c.momentumWeight() : c.policyWeight(),
              settings.threshold());
      positions.add(
          new Position(
              months.get(t + 1),
              smallWeight(signal.stance()),
              signal.score(),
              (int) signal.components().stream().filter(s -> s.leftOut().isEmpty()).count()));
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

  private static SignalInput component(
      RotationSignalCalculator rule,
      ComponentKind kind,
      NavigableMap<YearMonth, Double> history,
      YearMonth month,
      SignalRule settings) {
    return rule.input(
        kind,
        kind.unit(settings, "", ""),
        rule.standardise(history, month, settings.minHistory(), settings.maxAgeMonths()),
        "-");
  }

  /** All in small caps, all in large, or the 50/50 blend. */
  private static double smallWeight(RotationSignal.Stance stance) {
    return switch (stance) {
      case OVERWEIGHT_SMALL -> 1;
      case UNDERWEIGHT_SMALL -> 0;
      case NEUTRAL -> 0.5;
    };
  }

  private static YearMonth lastMonth(TimeSeries s) {
    return YearMonth.from(s.date(s.size() - 1));
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
