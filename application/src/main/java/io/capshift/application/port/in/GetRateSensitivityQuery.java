package io.capshift.application.port.in;

import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The earnings effect of a policy-rate change on an index, with any assumption overridden.
 *
 * @param indexId e.g. {@code russell2000} or {@code sp500}
 * @param rateChangeBps the change in basis points, negative for cuts (−50 = a 50 bp cut); ignored
 *     when {@code asExpected}
 * @param floatingDebtShare override, decimal (0.30 = 30%)
 * @param debtToEarnings override, multiple (x)
 * @param taxRate override, decimal
 * @param asExpected use the change the latest futures strip prices over the next twelve months
 * @param coverageThreshold interest coverage below which a constituent counts as weak, multiple
 *     (default 1.5x); used where the index's constituents report EBIT and interest expense
 */
public record GetRateSensitivityQuery(
    String indexId,
    double rateChangeBps,
    OptionalDouble floatingDebtShare,
    OptionalDouble debtToEarnings,
    OptionalDouble taxRate,
    boolean asExpected,
    OptionalDouble coverageThreshold) {

  /** The default coverage threshold. */
  public GetRateSensitivityQuery(
      String indexId,
      double rateChangeBps,
      OptionalDouble floatingDebtShare,
      OptionalDouble debtToEarnings,
      OptionalDouble taxRate,
      boolean asExpected) {
    this(
        indexId,
        rateChangeBps,
        floatingDebtShare,
        debtToEarnings,
        taxRate,
        asExpected,
        OptionalDouble.empty());
  }

  /** A user scenario of {@code rateChangeBps}. */
  public GetRateSensitivityQuery(
      String indexId,
      double rateChangeBps,
      OptionalDouble floatingDebtShare,
      OptionalDouble debtToEarnings,
      OptionalDouble taxRate) {
    this(indexId, rateChangeBps, floatingDebtShare, debtToEarnings, taxRate, false);
  }

  public GetRateSensitivityQuery {
    Objects.requireNonNull(floatingDebtShare, "floatingDebtShare");
    Objects.requireNonNull(debtToEarnings, "debtToEarnings");
    Objects.requireNonNull(taxRate, "taxRate");
    Objects.requireNonNull(coverageThreshold, "coverageThreshold");
    if (coverageThreshold.isPresent()
        && !(coverageThreshold.getAsDouble() > 0 && coverageThreshold.getAsDouble() < 1_000)) {
      throw InvalidInputException.of(
          "coverage_threshold",
          "must be a positive multiple below 1000, got " + coverageThreshold.getAsDouble());
    }
    // each override checked by its own request field, not as "the assumptions"
    List<FieldViolation> bad = new ArrayList<>();
    within(bad, "floating_debt_share", floatingDebtShare, 1, "a decimal share");
    within(bad, "debt_to_earnings", debtToEarnings, 1_000, "a multiple");
    within(bad, "tax_rate", taxRate, 1, "a decimal rate");
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    if (indexId == null || indexId.isBlank()) {
      throw InvalidInputException.of("index_id", "must name an index, e.g. russell2000");
    }
    indexId = indexId.strip();
    if (!Double.isFinite(rateChangeBps) || Math.abs(rateChangeBps) > 2_000) {
      throw InvalidInputException.of(
          "rate_change_bps", "must be within ±2000 bp, got " + rateChangeBps);
    }
  }

  private static void within(
      List<FieldViolation> bad, String field, OptionalDouble v, double hi, String what) {
    if (v.isPresent() && !(v.getAsDouble() >= 0 && v.getAsDouble() <= hi)) {
      bad.add(
          new FieldViolation(
              field,
              "must be "
                  + what
                  + " in [0, "
                  + (hi == 1 ? "1" : "1000")
                  + "], got "
                  + v.getAsDouble()));
    }
  }
}
