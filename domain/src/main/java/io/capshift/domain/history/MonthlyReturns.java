package io.capshift.domain.history;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Monthly returns from a price series: each month's last price against the previous month's, dated
 * the first of the month (as monthly return tables are). A month without a price, or the month
 * after it, gives no return. Stateless; use {@link #DEFAULT}.
 */
public final class MonthlyReturns {
  /** The shared instance. */
  public static final MonthlyReturns DEFAULT = new MonthlyReturns();

  private MonthlyReturns() {}

  /**
   * @param prices prices (total-return adjusted, to count dividends), any frequency
   * @param id the returned series' id
   */
  public TimeSeries fromPrices(TimeSeries prices, String id) {
    Map<YearMonth, Double> monthEnd = Months.lastInMonth(prices);
    List<Observation> out = new ArrayList<>();
    YearMonth previous = null;
    double previousPrice = 0;
    for (Map.Entry<YearMonth, Double> e : monthEnd.entrySet()) {
      if (previous != null && previous.plusMonths(1).equals(e.getKey()) && previousPrice > 0) {
        out.add(new Observation(e.getKey().atDay(1), e.getValue() / previousPrice - 1));
      }
      previous = e.getKey();
      previousPrice = e.getValue();
    }
    return TimeSeries.of(id, "decimal monthly return, month-end prices of " + prices.id(), out);
  }
}
