package io.capshift.domain.signal;

import java.util.List;
import java.util.Map;

/**
 * A backtest of the rotation rule against buy-and-hold small, large and 50/50.
 *
 * @param positions one per month held, in order
 * @param full the four strategies over the whole period: rotation, small, large, 50/50
 * @param byDecade the same per decade ("1930s"), in order
 * @param growth the rotation's growth of 1 at the end of each month, for the equity curve
 * @param benchmarkGrowth the same for small, large and 50/50 (named as in {@code full}), to draw
 *     beside it
 */
public record BacktestResult(
    List<Position> positions,
    List<PerformanceStats> full,
    Map<String, List<PerformanceStats>> byDecade,
    List<Double> growth,
    Map<String, List<Double>> benchmarkGrowth) {
  public BacktestResult {
    positions = List.copyOf(positions);
    full = List.copyOf(full);
    byDecade = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byDecade));
    growth = List.copyOf(growth);
    java.util.Map<String, List<Double>> copy = new java.util.LinkedHashMap<>();
    benchmarkGrowth.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    benchmarkGrowth = java.util.Collections.unmodifiableMap(copy);
  }
}
