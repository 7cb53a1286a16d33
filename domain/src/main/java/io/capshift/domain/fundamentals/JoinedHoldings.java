package io.capshift.domain.fundamentals;

import io.capshift.domain.valuation.ConstituentSnapshot;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Holdings with the figures the join attributed to each: the snapshot's earnings, dividends and
 * book value are the holding's share of the company's ({@code value × figure / market cap}), and
 * the figures an index snapshot has no column for are held here. Immutable.
 */
public final class JoinedHoldings {
  private final ConstituentSnapshot snapshot;
  private final double[] forwardEarnings;
  private final double[] debt;
  private final double[] returnOnEquity;
  private final JoinReport report;

  JoinedHoldings(
      ConstituentSnapshot snapshot,
      double[] forwardEarnings,
      double[] debt,
      double[] returnOnEquity,
      JoinReport report) {
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.forwardEarnings = forwardEarnings;
    this.debt = debt;
    this.returnOnEquity = returnOnEquity;
    this.report = Objects.requireNonNull(report, "report");
  }

  /** The holdings with attributed earnings, dividends and book value (USD). */
  public ConstituentSnapshot snapshot() {
    return snapshot;
  }

  public JoinReport report() {
    return report;
  }

  /** Holding i's share of the company's next-year consensus earnings, USD a year. */
  public OptionalDouble forwardEarnings(int i) {
    return opt(forwardEarnings[i]);
  }

  /** Holding i's share of the company's debt, USD. */
  public OptionalDouble debt(int i) {
    return opt(debt[i]);
  }

  /** The company's return on equity, net income / book equity, decimal; only for positive book. */
  public OptionalDouble returnOnEquity(int i) {
    return opt(returnOnEquity[i]);
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
