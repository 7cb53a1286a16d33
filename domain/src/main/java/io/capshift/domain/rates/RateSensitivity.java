package io.capshift.domain.rates;

import java.util.Objects;
import java.util.Optional;

/**
 * The earnings effect of a policy-rate change.
 *
 * @param rateChange the change, decimal (−0.005 = a 50 bp cut)
 * @param rateChangeSource where the change came from: a user scenario, or the path the futures
 *     price
 * @param assumptions what the figure rests on, each with its source
 * @param earningsChange change in earnings as a share of earnings, decimal (+0.04 = +4%)
 * @param earningsChangePer25bpCut the same for one 25 bp cut, to set beside the rule of thumb
 * @param formula the arithmetic with the inputs, for people
 * @param interestCoverage the index's interest coverage distribution where its constituents report
 *     EBIT and interest expense; empty otherwise
 */
public record RateSensitivity(
    double rateChange,
    String rateChangeSource,
    SensitivityAssumptions assumptions,
    double earningsChange,
    double earningsChangePer25bpCut,
    String formula,
    Optional<InterestCoverage> interestCoverage) {

  public RateSensitivity {
    Objects.requireNonNull(interestCoverage, "interestCoverage");
  }

  /** This answer with {@code coverage} attached. */
  public RateSensitivity withInterestCoverage(Optional<InterestCoverage> coverage) {
    return new RateSensitivity(
        rateChange,
        rateChangeSource,
        assumptions,
        earningsChange,
        earningsChangePer25bpCut,
        formula,
        coverage);
  }
}
