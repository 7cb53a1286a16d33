package io.capshift.domain.rates;

import java.time.LocalDate;

/**
 * Which rate the decision day itself counts at in its month's average: how a meeting month's
 * average splits into days before the decision ({@code pre}) and after ({@code post = N − pre}).
 * The Fed's decisions take effect the day after the decision day (the built-in target ranges:
 * decided 2025-12-10, effective 2025-12-11). docs/methods.md gives the evidence for each.
 */
public enum FedWatchDayCount {
  /**
   * The default: the decision day counts at the old rate, {@code pre = decision day}. It matches
   * when decisions take effect, and reproduces CME's own FedWatch page of 2026 for the nearest
   * meeting exactly.
   */
  DECISION_DAY_AT_OLD_RATE,

  /**
   * The decision day counts at the new rate, {@code pre = decision day − 1}: the count of CME's
   * FedWatch method documents of 2015 and 2022, which the reference vectors TV-FW1 to TV-FW4
   * reproduce.
   */
  DECISION_DAY_AT_NEW_RATE;

  /** Days of the decision's month counted at the old rate. */
  public int daysBefore(LocalDate decision) {
    return this == DECISION_DAY_AT_OLD_RATE
        ? decision.getDayOfMonth()
        : decision.getDayOfMonth() - 1;
  }
}
