package io.capshift.domain.history;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Monthly returns of small and large caps on the months both series have, and how they compound:
 * {@code Π(1 + r) − 1} over consecutive months. Immutable.
 */
public final class PairedReturns {
  private final NavigableMap<YearMonth, double[]> byMonth;

  private PairedReturns(NavigableMap<YearMonth, double[]> byMonth) {
    this.byMonth = byMonth;
  }

  /**
   * @param small monthly returns of small caps, decimal, one a month (dated any day of it)
   * @param large the same for large caps
   */
  public static PairedReturns of(TimeSeries small, TimeSeries large) {
    Map<YearMonth, Double> l = Months.lastInMonth(large);
    TreeMap<YearMonth, double[]> both = new TreeMap<>();
    for (Map.Entry<YearMonth, Double> s : Months.lastInMonth(small).entrySet()) {
      Double lv = l.get(s.getKey());
      if (lv != null) {
        both.put(s.getKey(), new double[] {s.getValue(), lv});
      }
    }
    return new PairedReturns(both);
  }

  /** Compounded returns over a run of months, decimal (0.12 = 12%). */
  public record Compounded(double small, double large) {
    /** Small minus large, decimal. */
    public double difference() {
      return small - large;
    }
  }

  public boolean isEmpty() {
    return byMonth.isEmpty();
  }

  /** The number of months with both returns. */
  public int size() {
    return byMonth.size();
  }

  /** The months with both returns, in order. */
  public List<YearMonth> months() {
    return List.copyOf(byMonth.keySet());
  }

  public YearMonth first() {
    return byMonth.firstKey();
  }

  public YearMonth last() {
    return byMonth.lastKey();
  }

  /** Whether {@code month} has both returns. */
  public boolean has(YearMonth month) {
    return byMonth.containsKey(month);
  }

  /** Small caps' return in {@code month}, decimal; the month must be one of {@link #months()}. */
  public double small(YearMonth month) {
    return require(month)[0];
  }

  /** Large caps' return in {@code month}, decimal; the month must be one of {@link #months()}. */
  public double large(YearMonth month) {
    return require(month)[1];
  }

  /** Only the months up to {@code through}: what was known at its end. */
  public PairedReturns through(YearMonth through) {
    return new PairedReturns(byMonth.headMap(through, true));
  }

  /**
   * The returns compounded over {@code months} consecutive months from {@code first}; empty when
   * one of them is missing.
   */
  public Optional<Compounded> compound(YearMonth first, int months) {
    double s = 1;
    double l = 1;
    for (int k = 0; k < months; k++) {
      double[] r = byMonth.get(first.plusMonths(k));
      if (r == null) {
        return Optional.empty();
      }
      s *= 1 + r[0];
      l *= 1 + r[1];
    }
    return Optional.of(new Compounded(s - 1, l - 1));
  }

  /**
   * Small minus large cumulative return over the {@code months} months ending with {@code end},
   * decimal; empty when one of them is missing.
   */
  public OptionalDouble relativeReturn(YearMonth end, int months) {
    return compound(end.minusMonths(months - 1L), months)
        .map(c -> OptionalDouble.of(c.difference()))
        .orElse(OptionalDouble.empty());
  }

  /**
   * {@link #relativeReturn} for every month that has one, in one pass: a window of the last {@code
   * months} months slides over the months in order, compounding each full run of consecutive months
   * in the same order as {@link #compound}, so each value equals {@code relativeReturn(m, months)}
   * exactly. The backtest asks at every month end, so this keeps that linear in the months rather
   * than a map lookup per month of each window.
   */
  public NavigableMap<YearMonth, Double> relativeReturns(int months) {
    TreeMap<YearMonth, Double> out = new TreeMap<>();
    if (months <= 0) {
      return out;
    }
    YearMonth[] keys = new YearMonth[months];
    double[][] window = new double[months][];
    int seen = 0;
    for (Map.Entry<YearMonth, double[]> e : byMonth.entrySet()) {
      int at = seen % months;
      keys[at] = e.getKey();
      window[at] = e.getValue();
      seen++;
      if (seen < months) {
        continue;
      }
      int first = seen % months; // the oldest of the last `months` entries
      if (!keys[first].equals(e.getKey().minusMonths(months - 1L))) {
        continue; // a month is missing from the run
      }
      double sm = 1;
      double lg = 1;
      for (int k = 0; k < months; k++) {
        double[] r = window[(first + k) % months];
        sm *= 1 + r[0];
        lg *= 1 + r[1];
      }
      out.put(e.getKey(), new Compounded(sm - 1, lg - 1).difference());
    }
    return out;
  }

  /**
   * Small minus large cumulative return at the end of each month from {@code first}, for up to
   * {@code months} months, stopping at the first month missing.
   */
  public List<Double> path(YearMonth first, int months) {
    List<Double> path = new ArrayList<>();
    double s = 1;
    double l = 1;
    for (int k = 0; k < months; k++) {
      double[] r = byMonth.get(first.plusMonths(k));
      if (r == null) {
        break;
      }
      s *= 1 + r[0];
      l *= 1 + r[1];
      path.add(s - l);
    }
    return path;
  }

  private double[] require(YearMonth month) {
    double[] r = byMonth.get(Objects.requireNonNull(month, "month"));
    if (r == null) {
      throw new IllegalArgumentException("no returns of both series in " + month);
    }
    return r;
  }
}
