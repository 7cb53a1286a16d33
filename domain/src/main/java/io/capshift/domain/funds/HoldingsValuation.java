package io.capshift.domain.funds;

import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.Figure;
import io.capshift.domain.fundamentals.JoinReport;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.IndexValuation;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.util.List;
import java.util.Objects;

/**
 * A fund (or index) valued from its holdings joined to company fundamentals.
 *
 * @param join what was matched, from which fundamentals, how old
 * @param valuations the index figures over the joined holdings under each negative-earnings policy,
 *     in {@link NegativeEarningsPolicy} order; their dividend yield counts matched non-payers as 0
 * @param forwardPriceEarnings Σ value / Σ forward earnings over holdings with a forward EPS,
 *     multiple (x)
 * @param forwardCoverage which holdings entered it
 * @param earningsGrowth Σ forward earnings / Σ trailing earnings − 1 over holdings with a forward
 *     EPS and positive trailing earnings (a loss has no growth rate), decimal
 * @param growthCoverage which holdings entered it
 * @param nonPositive holdings in companies with earnings {@code <= 0}
 * @param medianReturnOnEquity value-weighted median of the companies' net income / book equity over
 *     holdings with positive book equity, decimal
 * @param debtToEquity Σ attributed debt / Σ attributed book equity over holdings with both and
 *     positive book, multiple (x)
 * @param sectors sector weights, largest first
 * @param fundCoverage the share of the whole fund the joined holdings make up: the matched share of
 *     the listed value times the listed share of the fund, decimal
 */
public record HoldingsValuation(
    JoinReport join,
    List<IndexValuation> valuations,
    Figure forwardPriceEarnings,
    Coverage forwardCoverage,
    Figure earningsGrowth,
    Coverage growthCoverage,
    NonPositiveEarners nonPositive,
    Figure medianReturnOnEquity,
    Figure debtToEquity,
    List<SectorWeight> sectors,
    Figure fundCoverage,
    ConstituentSnapshot holdings) {

  public HoldingsValuation {
    Objects.requireNonNull(join, "join");
    valuations = List.copyOf(valuations);
    if (valuations.size() != NegativeEarningsPolicy.values().length) {
      throw new IllegalArgumentException("one valuation per policy");
    }
    sectors = List.copyOf(sectors);
    Objects.requireNonNull(holdings, "holdings");
  }

  /** The same valuation with {@code report} as its join's report (a join re-dated). */
  public HoldingsValuation withJoin(JoinReport report) {
    return new HoldingsValuation(
        report,
        valuations,
        forwardPriceEarnings,
        forwardCoverage,
        earningsGrowth,
        growthCoverage,
        nonPositive,
        medianReturnOnEquity,
        debtToEquity,
        sectors,
        fundCoverage,
        holdings);
  }

  /** The valuation under {@code policy}. */
  public IndexValuation valuation(NegativeEarningsPolicy policy) {
    return valuations.get(policy.ordinal());
  }
}
