package io.capshift.domain.funds;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fund's holdings say beyond the index figures: sectors, unprofitable holdings, size.
 *
 * @param holdings number of holdings
 * @param sectors sector weights, largest first; holdings without a sector label are left out and
 *     their share is {@code unlabelledWeight}
 * @param unlabelledWeight share of value without a sector label, decimal
 * @param unprofitable holdings with negative earnings: count
 * @param unprofitableWeight their share of value, decimal
 * @param earningsUnknown holdings without earnings data: count (neither profitable nor not)
 * @param earningsUnknownWeight their share of value, decimal
 * @param weightedAverageMarketCapReason why the weighted average market cap is not given: a
 *     holdings file gives each position's value, not the company's market capitalisation
 */
public record LookThrough(
    int holdings,
    List<SectorWeight> sectors,
    double unlabelledWeight,
    int unprofitable,
    double unprofitableWeight,
    int earningsUnknown,
    double earningsUnknownWeight,
    Optional<String> weightedAverageMarketCapReason) {

  public LookThrough {
    sectors = List.copyOf(sectors);
    Objects.requireNonNull(weightedAverageMarketCapReason, "weightedAverageMarketCapReason");
  }
}
