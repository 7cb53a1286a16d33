package io.capshift.domain.signal;

/**
 * Implied annual returns of a scenario. The rate effect is the earnings change at the run rate of
 * the whole path by the horizon (all moves in force): {@code per25bp × (−Σ bp / 25)}, spread over
 * the horizon as {@code (1 + effect)^(1/H) − 1}; the multiple change is {@code (target P/E /
 * P/E)^(1/H) − 1}. Stateless; use {@link #DEFAULT}.
 */
public final class ScenarioCalculator {
  /** The shared instance. */
  public static final ScenarioCalculator DEFAULT = new ScenarioCalculator();

  private ScenarioCalculator() {}

  public ScenarioResult run(Scenario s) {
    double bps = s.rateMovesBps().stream().mapToDouble(Double::doubleValue).sum();
    double largeTarget = s.large().targetPe().orElse(s.large().pe());
    double smallTarget =
        s.targetRelative().isPresent()
            ? s.targetRelative().getAsDouble() * largeTarget
            : s.small().targetPe().orElse(s.small().pe());
    return new ScenarioResult(
        s,
        parts(s.small(), smallTarget, bps, s.horizonYears()),
        parts(s.large(), largeTarget, bps, s.horizonYears()),
        bps);
  }

  private static ReturnParts parts(Scenario.Side side, double targetPe, double bps, double years) {
    double effect = side.earningsPer25bpCut().orElse(0) * (-bps / 25);
    if (!(effect > -1)) {
      throw new IllegalArgumentException(
          side.label() + ": a rate effect of " + effect + " would wipe out earnings");
    }
    double rate = Math.pow(1 + effect, 1 / years) - 1;
    double multiple = Math.pow(targetPe / side.pe(), 1 / years) - 1;
    double g = side.earningsGrowth();
    double price = (1 + g) * (1 + rate) * (1 + multiple) - 1;
    return new ReturnParts(
        side.dividendYield(),
        g,
        rate,
        multiple,
        price - g - rate - multiple,
        side.dividendYield() + price,
        targetPe);
  }
}
