package io.capshift.domain.fundamentals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The limits of a look-through join.
 *
 * @param maxAgeDays fundamentals older than this many days at the answer's date are left out
 * @param capTolerance a company whose market cap departs from shares × price by more than this
 *     share ({@link CompanyFundamentals#capDisagreement()}) stays in the holdings but out of every
 *     sum scaled by market cap (earnings, book, debt)
 */
public record JoinRules(int maxAgeDays, double capTolerance) {
  /** A year, and 50%. */
  public static final JoinRules DEFAULT = new JoinRules(365, 0.5);

  public JoinRules {
    if (maxAgeDays < 0) {
      throw new IllegalArgumentException("maxAgeDays cannot be negative: " + maxAgeDays);
    }
    if (!(capTolerance > 0) || !Double.isFinite(capTolerance)) {
      throw new IllegalArgumentException("capTolerance must be positive: " + capTolerance);
    }
  }

  /**
   * Whether holdings of {@code holdingsAsOf} are current at {@code at}: dated by their file and at
   * most {@link #maxAgeDays()} old. A fund choice reads only current holdings, so only those are
   * looked through for it.
   */
  public boolean holdingsCurrent(boolean undated, LocalDate holdingsAsOf, LocalDate at) {
    return !undated && ChronoUnit.DAYS.between(holdingsAsOf, at) <= maxAgeDays;
  }

  // Written out: a record's generated methods are linked through method handles at their first
  // call, several ms each in a fresh process, and cache keys call these on every command.

  @Override
  public boolean equals(Object o) {
    return o instanceof JoinRules r
        && r.maxAgeDays == maxAgeDays
        && Double.compare(r.capTolerance, capTolerance) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * maxAgeDays + Double.hashCode(capTolerance);
  }

  @Override
  public String toString() {
    return "JoinRules[maxAgeDays=" + maxAgeDays + ", capTolerance=" + capTolerance + "]";
  }
}
