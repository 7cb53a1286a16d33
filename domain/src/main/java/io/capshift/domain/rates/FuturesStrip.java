package io.capshift.domain.rates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Settlement (or last) prices of 30-day fed funds futures on one date, by contract month.
 *
 * <p>A contract settles at {@code 100 − r̄}, where {@code r̄} is the average daily effective fed
 * funds rate over its calendar month in percent, so the implied monthly average rate is {@code (100
 * − price) / 100} as a decimal rate (96.43 → 0.0357 = 3.57%).
 *
 * @param asOf the date the prices are from; meetings deciding on or before it are already priced
 * @param prices price per contract month, e.g. 2026-03 → 96.43; at least one; each finite and in
 *     (0, 100]: 100 is a zero average rate; the fed funds rate has never been negative
 */
public record FuturesStrip(LocalDate asOf, SortedMap<YearMonth, Double> prices) {
  private static final double MAX_PRICE = 100;

  public FuturesStrip {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(prices, "prices");
    if (prices.isEmpty()) {
      throw new IllegalArgumentException("prices: a strip needs at least one contract");
    }
    TreeMap<YearMonth, Double> copy = new TreeMap<>();
    for (Map.Entry<YearMonth, Double> e : prices.entrySet()) {
      YearMonth month = Objects.requireNonNull(e.getKey(), "prices: contract month");
      Double price = e.getValue();
      if (price == null || !Double.isFinite(price) || price <= 0 || price > MAX_PRICE) {
        throw new IllegalArgumentException(
            "prices[" + month + "] must be finite and in (0, 100]: " + price);
      }
      copy.put(month, price);
    }
    prices = Collections.unmodifiableSortedMap(copy);
  }

  /** A strip from any map of contract month to price (copied and sorted). */
  public static FuturesStrip of(LocalDate asOf, Map<YearMonth, Double> prices) {
    return new FuturesStrip(asOf, new TreeMap<>(Objects.requireNonNull(prices, "prices")));
  }

  /**
   * The monthly average rate a price implies.
   *
   * @param price futures price, e.g. 95.6725
   * @return decimal rate, {@code (100 − price) / 100} (95.6725 → 0.043275 = 4.3275%)
   */
  public static double impliedRate(double price) {
    return (100 - price) / 100;
  }

  /** The implied average rate of {@code month} (decimal), or empty when it has no price. */
  public OptionalDouble impliedRate(YearMonth month) {
    Double price = prices.get(month);
    return price == null ? OptionalDouble.empty() : OptionalDouble.of(impliedRate(price));
  }

  /** True when the strip has a price for {@code month}. */
  public boolean has(YearMonth month) {
    return prices.containsKey(month);
  }

  /** The earliest contract month. */
  public YearMonth firstMonth() {
    return prices.firstKey();
  }

  /** The latest contract month: meetings after it are outside the strip's coverage. */
  public YearMonth lastMonth() {
    return prices.lastKey();
  }
}
