package io.capshift.domain.funds;

import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import java.util.HashMap;
import java.util.Map;

/** One-way turnover between two snapshots of a fund. Stateless; use {@link #DEFAULT}. */
public final class TurnoverCalculator {
  /** The shared instance. */
  public static final TurnoverCalculator DEFAULT = new TurnoverCalculator();

  private TurnoverCalculator() {}

  /**
   * Weights are each snapshot's values over its own total, matched by symbol; a price move shifts
   * weights too, so this is turnover of weights, not of trades.
   */
  public Turnover between(ConstituentSnapshot from, ConstituentSnapshot to) {
    if (from.asOf().isAfter(to.asOf())) {
      throw new IllegalArgumentException("from " + from.asOf() + " is after to " + to.asOf());
    }
    Map<String, Double> before = weights(from);
    Map<String, Double> after = weights(to);
    double sum = 0;
    int kept = 0;
    for (Map.Entry<String, Double> e : after.entrySet()) {
      Double b = before.get(e.getKey());
      kept += b == null ? 0 : 1;
      sum += Math.abs(e.getValue() - (b == null ? 0 : b));
    }
    for (Map.Entry<String, Double> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        sum += e.getValue();
      }
    }
    return new Turnover(
        from.asOf(), to.asOf(), sum / 2, after.size() - kept, before.size() - kept, kept);
  }

  private static Map<String, Double> weights(ConstituentSnapshot s) {
    double total = 0;
    for (Constituent c : s.constituents()) {
      total += c.value();
    }
    Map<String, Double> w = new HashMap<>();
    for (Constituent c : s.constituents()) {
      w.merge(c.symbol(), LookThroughCalculator.share(c.value(), total), Double::sum);
    }
    return w;
  }
}
