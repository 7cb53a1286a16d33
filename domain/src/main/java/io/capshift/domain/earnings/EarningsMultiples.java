package io.capshift.domain.earnings;

import io.capshift.domain.common.Figure;
import java.util.Objects;

/**
 * What an index's earnings imply at its level; each figure undefined, with the reason, where it
 * cannot be computed.
 *
 * @param trailingPe level / trailing EPS, multiple (x)
 * @param forwardPe level / forward EPS, multiple (x)
 * @param growth forward / trailing EPS − 1, or the growth given instead, decimal (0.12 = 12%)
 * @param peg forward P/E / (growth × 100), multiple per percentage point of growth
 * @param forwardEarningsYield forward EPS / level, decimal
 * @param equityRiskPremium forward earnings yield − 10-year Treasury yield, decimal (0.004 = 40 bp)
 */
public record EarningsMultiples(
    Figure trailingPe,
    Figure forwardPe,
    Figure growth,
    Figure peg,
    Figure forwardEarningsYield,
    Figure equityRiskPremium) {
  public EarningsMultiples {
    Objects.requireNonNull(trailingPe, "trailingPe");
    Objects.requireNonNull(forwardPe, "forwardPe");
    Objects.requireNonNull(growth, "growth");
    Objects.requireNonNull(peg, "peg");
    Objects.requireNonNull(forwardEarningsYield, "forwardEarningsYield");
    Objects.requireNonNull(equityRiskPremium, "equityRiskPremium");
  }
}
