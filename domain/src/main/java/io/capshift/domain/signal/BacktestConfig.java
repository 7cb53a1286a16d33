package io.capshift.domain.signal;

import java.util.Objects;

/**
 * How the backtest is run: the signal's own rule, decided at every month end, and what a switch
 * costs.
 *
 * @param rule the rotation rule, {@link SignalRule#LIVE} by default: the backtest tests the call
 *     the signal makes
 * @param costPerSwitch cost of moving all of the portfolio, decimal in [0, 0.1) (0.001 = 10 bp, a
 *     round trip between two liquid index funds)
 */
public record BacktestConfig(SignalRule rule, double costPerSwitch) {

  /** The live rule, 10 bp a switch. */
  public static final BacktestConfig DEFAULT = new BacktestConfig(SignalRule.LIVE, 0.001);

  public BacktestConfig {
    Objects.requireNonNull(rule, "rule");
    if (!(costPerSwitch >= 0 && costPerSwitch < 0.1)) {
      throw new IllegalArgumentException("cost must be in [0, 0.1): " + costPerSwitch);
    }
  }
}
