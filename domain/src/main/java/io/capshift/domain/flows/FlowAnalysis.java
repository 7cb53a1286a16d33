package io.capshift.domain.flows;

import java.util.List;

/**
 * A fund's flows, their rolling sums and the reversals among them.
 *
 * @param flows the flows, in date order
 * @param window flows per rolling sum
 * @param k how many standard deviations a sign change must span to count as a reversal
 * @param rolling one rolling sum per flow from the {@code window}-th on
 * @param reversals the reversals, in date order
 * @param totalUsd Σ of all flows, USD
 */
public record FlowAnalysis(
    List<FlowPoint> flows,
    int window,
    double k,
    List<RollingFlow> rolling,
    List<Reversal> reversals,
    double totalUsd) {

  /** The reversal rule in words ({@link FlowAnalyzer#definition}). */
  public String reversalDefinition() {
    return FlowAnalyzer.definition(window, k);
  }

  public FlowAnalysis {
    flows = List.copyOf(flows);
    rolling = List.copyOf(rolling);
    reversals = List.copyOf(reversals);
  }
}
