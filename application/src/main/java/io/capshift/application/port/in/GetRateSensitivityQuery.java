package io.capshift.application.port.in;

import io.capshift.domain.error.InvalidInputException;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The earnings effect of a policy-rate change on an index, with any assumption overridden.
 *
 * @param indexId e.g. {@code russell2000} or {@code sp500}
 * @param rateChangeBps the change in basis points, negative for cuts (−50 = a 50 bp cut)
 * @param floatingDebtShare override, decimal (0.30 = 30%)
 * @param debtToEarnings override, multiple (x)
 * @param taxRate override, decimal
 */
public record GetRateSensitivityQuery(
    String indexId,
    double rateChangeBps,
    OptionalDouble floatingDebtShare,
    OptionalDouble debtToEarnings,
    OptionalDouble taxRate) {
  public GetRateSensitivityQuery {
    Objects.requireNonNull(floatingDebtShare, "floatingDebtShare");
    Objects.requireNonNull(debtToEarnings, "debtToEarnings");
    Objects.requireNonNull(taxRate, "taxRate");
    if (indexId == null || indexId.isBlank()) {
      throw InvalidInputException.of("index_id", "must name an index, e.g. russell2000");
    }
    indexId = indexId.strip();
    if (!Double.isFinite(rateChangeBps) || Math.abs(rateChangeBps) > 2_000) {
      throw InvalidInputException.of(
          "rate_change_bps", "must be within ±2000 bp, got " + rateChangeBps);
    }
  }
}
