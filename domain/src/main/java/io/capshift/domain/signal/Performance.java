package io.capshift.domain.signal;

import io.capshift.domain.history.PairedReturns;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Performance statistics of the rotation and the three buy-and-hold strategies. */
final class Performance {
  static final String ROTATION = "rotation";
  static final String SMALL = "small (buy and hold)";
  static final String LARGE = "large (buy and hold)";
  static final String BLEND = "50/50 (rebalanced monthly)";

  private Performance() {}

  static BacktestResult of(
      List<Position> positions, PairedReturns both, Map<YearMonth, Double> rf, double cost) {
    List<Double> growth = new ArrayList<>();
    List<Double> small = new ArrayList<>();
    List<Double> large = new ArrayList<>();
    List<Double> blend = new ArrayList<>();
    double g = 1;
    double s = 1;
    double l = 1;
    double b = 1;
    double previous = 0.5;
    for (Position p : positions) {
      g *= 1 + rotation(p, both, previous, cost);
      previous = p.smallWeight();
      growth.add(g);
      double rs = both.small(p.month());
      double rl = both.large(p.month());
      s *= 1 + rs;
      l *= 1 + rl;
      b *= 1 + (rs + rl) / 2;
      small.add(s);
      large.add(l);
      blend.add(b);
    }
    java.util.Map<String, List<Double>> benchmarks = new java.util.LinkedHashMap<>();
    benchmarks.put(SMALL, small);
    benchmarks.put(LARGE, large);
    benchmarks.put(BLEND, blend);
    return new BacktestResult(
        positions,
        stats(positions, both, rf, cost, 0.5),
        RotationBacktest.byDecade(positions, both, rf, cost),
        growth,
        benchmarks);
  }

  /**
   * @param startWeight the small-cap weight held before the first month (the run starts in the
   *     blend)
   */
  static List<PerformanceStats> stats(
      List<Position> ps,
      PairedReturns both,
      Map<YearMonth, Double> rf,
      double cost,
      double startWeight) {
    int n = ps.size();
    double[] rot = new double[n];
    double[] small = new double[n];
    double[] large = new double[n];
    double[] blend = new double[n];
    double[] free = new double[n];
    boolean[] hasRf = new boolean[n];
    int switches = 0;
    int away = 0;
    int hits = 0;
    double inSmall = 0;
    double previous = startWeight;
    for (int i = 0; i < n; i++) {
      Position p = ps.get(i);
      rot[i] = rotation(p, both, previous, cost);
      small[i] = both.small(p.month());
      large[i] = both.large(p.month());
      blend[i] = (small[i] + large[i]) / 2;
      Double f = rf.get(p.month());
      hasRf[i] = f != null;
      free[i] = f == null ? 0 : f;
      switches += p.smallWeight() != previous ? 1 : 0;
      if (p.smallWeight() != 0.5) {
        away++;
        hits += rot[i] > blend[i] ? 1 : 0;
      }
      inSmall += p.smallWeight();
      previous = p.smallWeight();
    }
    YearMonth from = ps.get(0).month();
    YearMonth to = ps.get(n - 1).month();
    OptionalDouble hitRate =
        away > 0 ? OptionalDouble.of((double) hits / away) : OptionalDouble.empty();
    RiskFree riskFree = new RiskFree(free, hasRf);
    return List.of(
        one(
            Performance.ROTATION,
            from,
            to,
            rot,
            riskFree,
            switches * 12.0 / n,
            inSmall / n,
            hitRate),
        one(SMALL, from, to, small, riskFree, 0, 1, OptionalDouble.empty()),
        one(LARGE, from, to, large, riskFree, 0, 0, OptionalDouble.empty()),
        one(BLEND, from, to, blend, riskFree, 0, 0.5, OptionalDouble.empty()));
  }

  private static double rotation(Position p, PairedReturns both, double previous, double cost) {
    double w = p.smallWeight();
    return w * both.small(p.month())
        + (1 - w) * both.large(p.month())
        - cost * Math.abs(w - previous);
  }

  /** Monthly risk-free returns and which months have one. */
  private record RiskFree(double[] rate, boolean[] known) {}

  private static PerformanceStats one(
      String name,
      YearMonth from,
      YearMonth to,
      double[] r,
      RiskFree rf,
      double switchesPerYear,
      double timeInSmall,
      OptionalDouble hitRate) {
    int n = r.length;
    double growth = 1;
    double peak = 1;
    double drawdown = 0;
    double sum = 0;
    for (double x : r) {
      growth *= 1 + x;
      peak = Math.max(peak, growth);
      drawdown = Math.max(drawdown, 1 - growth / peak);
      sum += x;
    }
    double mean = sum / n;
    double var = 0;
    for (double x : r) {
      var += (x - mean) * (x - mean);
    }
    double sd = n > 1 ? Math.sqrt(var / (n - 1)) : 0;
    return new PerformanceStats(
        name,
        from,
        to,
        n,
        Math.pow(growth, 12.0 / n) - 1,
        sd * Math.sqrt(12),
        sharpe(r, rf),
        drawdown,
        switchesPerYear,
        timeInSmall,
        hitRate);
  }

  /** Over the months with a risk-free rate, if there are at least 24 of them. */
  private static OptionalDouble sharpe(double[] r, RiskFree rf) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < r.length; i++) {
      if (rf.known()[i]) {
        sum += r[i] - rf.rate()[i];
        n++;
      }
    }
    if (n < 24) {
      return OptionalDouble.empty();
    }
    double mean = sum / n;
    double var = 0;
    for (int i = 0; i < r.length; i++) {
      if (rf.known()[i]) {
        double d = r[i] - rf.rate()[i] - mean;
        var += d * d;
      }
    }
    double sd = Math.sqrt(var / (n - 1));
    return sd > 0 ? OptionalDouble.of(mean / sd * Math.sqrt(12)) : OptionalDouble.empty();
  }
}
