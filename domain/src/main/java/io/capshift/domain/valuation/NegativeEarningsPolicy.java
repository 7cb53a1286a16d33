package io.capshift.domain.valuation;

/**
 * How a P/E treats constituents with negative earnings. Always explicit in requests and answers,
 * because the choice moves the figure a lot for small caps.
 */
public enum NegativeEarningsPolicy {
  /** Sum every constituent's earnings, losses included, as index providers do: Σ MC / Σ E. */
  INCLUDE,
  /** Drop negative earners from both sums, as many fund fact sheets do. */
  EXCLUDE_NEGATIVE,
  /**
   * The fund-site convention (Morningstar, iShares): weighted harmonic mean of holdings' P/E,
   * negative earners excluded, each P/E capped at 60.
   */
  FUND_HARMONIC_CAPPED
}
