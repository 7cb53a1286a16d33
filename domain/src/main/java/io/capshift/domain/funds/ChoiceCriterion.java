package io.capshift.domain.funds;

import java.util.Arrays;
import java.util.Optional;

/** What a fund is ranked on, each with its unit and which way is better. */
public enum ChoiceCriterion {
  /** Trailing P/E, multiple (x): from the holdings where they join fundamentals, else published. */
  VALUATION("valuation", "P/E, multiple (x)", false),
  /** Share of the fund's value in companies with earnings {@code <= 0}, decimal. */
  UNPROFITABLE("unprofitable", "share of value, decimal", false),
  /** Weight of the ten largest holdings, decimal. */
  CONCENTRATION("concentration", "top-10 weight, decimal", false),
  /** Dividend yield, decimal. */
  DIVIDEND_YIELD("dividend_yield", "decimal a year", true),
  /** Expense ratio, decimal a year. */
  EXPENSE_RATIO("expense_ratio", "decimal a year", false),
  /** Fund size: log10 of total net assets in USD (cost of trading falls with size). */
  SIZE("size", "log10 of total net assets, USD", true);

  private final String key;
  private final String unit;
  private final boolean higherIsBetter;

  ChoiceCriterion(String key, String unit, boolean higherIsBetter) {
    this.key = key;
    this.unit = unit;
    this.higherIsBetter = higherIsBetter;
  }

  /** The name weights are given by, e.g. {@code expense_ratio}. */
  public String key() {
    return key;
  }

  public String unit() {
    return unit;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** The criterion named {@code key}. */
  public static Optional<ChoiceCriterion> of(String key) {
    return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
  }
}
