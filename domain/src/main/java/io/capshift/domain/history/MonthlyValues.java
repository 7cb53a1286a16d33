package io.capshift.domain.history;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Values by month, months strictly increasing, held in two arrays: a history that a backtest reads
 * up to each of its months by a binary search and a copy, where a sorted map would be walked entry
 * by entry every month. Immutable.
 */
public final class MonthlyValues {
  /** No months. */
  public static final MonthlyValues EMPTY = new MonthlyValues(new YearMonth[0], new double[0]);

  private final YearMonth[] months;
  private final double[] values;

  private MonthlyValues(YearMonth[] months, double[] values) {
    this.months = months;
    this.values = values;
  }

  /**
   * The entries of {@code byMonth}.
   *
   * @throws IllegalArgumentException if the map is not in month order
   */
  public static MonthlyValues of(NavigableMap<YearMonth, Double> byMonth) {
    YearMonth[] months = new YearMonth[byMonth.size()];
    double[] values = new double[months.length];
    int i = 0;
    for (Map.Entry<YearMonth, Double> e : byMonth.entrySet()) {
      if (i > 0 && !e.getKey().isAfter(months[i - 1])) {
        throw new IllegalArgumentException("months out of order: " + e.getKey());
      }
      months[i] = e.getKey();
      values[i++] = e.getValue();
    }
    return new MonthlyValues(months, values);
  }

  /**
   * Consecutive months from {@code first}, one per value.
   *
   * @param values taken as they are, not copied: the caller gives up the array
   */
  public static MonthlyValues consecutive(YearMonth first, double[] values) {
    Objects.requireNonNull(first, "first");
    YearMonth[] months = new YearMonth[values.length];
    for (int i = 0; i < months.length; i++) {
      months[i] = first.plusMonths(i);
    }
    return new MonthlyValues(months, values);
  }

  public int size() {
    return months.length;
  }

  public YearMonth month(int i) {
    return months[Objects.checkIndex(i, months.length)];
  }

  public double value(int i) {
    return values[Objects.checkIndex(i, values.length)];
  }

  /** How many of the months are on or before {@code through}. */
  public int countThrough(YearMonth through) {
    int i = Arrays.binarySearch(months, through);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The first {@code count} values, in month order, as a new array. */
  public double[] values(int count) {
    return Arrays.copyOf(values, Objects.checkIndex(count, values.length + 1));
  }

  /** The values by month, as a sorted map. */
  public NavigableMap<YearMonth, Double> asMap() {
    TreeMap<YearMonth, Double> out = new TreeMap<>();
    for (int i = 0; i < months.length; i++) {
      out.put(months[i], values[i]);
    }
    return out;
  }
}
