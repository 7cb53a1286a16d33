package io.capshift.domain.history;

import java.util.OptionalInt;

/**
 * Which past observations a statistic uses: all of them up to the as-of date, or those of the last
 * N years up to it. Never any observation after the as-of date.
 *
 * @param years the look-back in years, or empty for the full history
 */
public record Window(OptionalInt years) {
  /** All observations up to the as-of date. */
  public static final Window FULL = new Window(OptionalInt.empty());

  public Window {
    if (years.isPresent() && years.getAsInt() <= 0) {
      throw new IllegalArgumentException("window years must be positive: " + years.getAsInt());
    }
  }

  /** The observations of the last {@code years} years up to the as-of date. */
  public static Window lastYears(int years) {
    return new Window(OptionalInt.of(years));
  }

  /** "full history" or "last N years". */
  public String describe() {
    return years.isPresent() ? "last " + years.getAsInt() + " years" : "full history";
  }
}
