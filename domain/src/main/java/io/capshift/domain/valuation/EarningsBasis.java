package io.capshift.domain.valuation;

import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.SkipCount;
import java.util.ArrayList;
import java.util.List;

/**
 * The constituents a negative-earnings policy admits to the P/E, as sums.
 *
 * @param policy the policy
 * @param value Σ value of the admitted constituents, USD
 * @param earnings Σ E of the admitted constituents (capped earnings under {@code
 *     FUND_HARMONIC_CAPPED}), USD a year
 * @param count number of admitted constituents
 */
record EarningsBasis(NegativeEarningsPolicy policy, double value, double earnings, int count) {

  static EarningsBasis of(ValuationSums s, NegativeEarningsPolicy policy) {
    return switch (policy) {
      case INCLUDE ->
          new EarningsBasis(
              policy,
              s.positiveValue + s.zeroValue + s.negativeValue,
              s.earnings,
              s.positiveCount + s.zeroCount + s.negativeCount);
      case EXCLUDE_NEGATIVE ->
          new EarningsBasis(
              policy,
              s.positiveValue + s.zeroValue,
              s.positiveEarnings,
              s.positiveCount + s.zeroCount);
      case FUND_HARMONIC_CAPPED ->
          new EarningsBasis(policy, s.positiveValue, s.cappedPositiveEarnings, s.positiveCount);
    };
  }

  /** Which constituents entered the P/E and why the others did not. */
  Coverage coverage(ValuationSums s) {
    double total = s.totalValue;
    List<SkipCount> skipped = new ArrayList<>(3);
    IndexValuationCalculator.addSkip(
        skipped,
        IndexValuationCalculator.NO_EARNINGS_DATA,
        s.missingEarningsCount,
        s.missingEarningsValue,
        total);
    if (policy != NegativeEarningsPolicy.INCLUDE) {
      IndexValuationCalculator.addSkip(
          skipped,
          "negative earnings excluded by policy " + policy,
          s.negativeCount,
          s.negativeValue,
          total);
    }
    if (policy == NegativeEarningsPolicy.FUND_HARMONIC_CAPPED) {
      IndexValuationCalculator.addSkip(
          skipped, "zero earnings excluded by policy " + policy, s.zeroCount, s.zeroValue, total);
    }
    return new Coverage(s.size, count, IndexValuationCalculator.share(value, total), skipped);
  }
}
