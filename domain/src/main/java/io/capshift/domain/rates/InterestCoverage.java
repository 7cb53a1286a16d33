package io.capshift.domain.rates;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How comfortably an index's companies cover their interest: the distribution of {@code EBIT /
 * interest expense} over constituents that report both. Shares are of the value (market cap or fund
 * position) of those constituents.
 *
 * @param thresholdMultiple coverage below which a name counts as weak, multiple (1.5 = 1.5x)
 * @param names constituents in the snapshot
 * @param namesWithData constituents with both EBIT and interest expense
 * @param valueShareWithData their share of the snapshot's total value, decimal
 * @param buckets counts and value shares by band, including negative EBIT and no interest expense
 * @param namesBelowThreshold names with interest expense whose coverage is below the threshold
 *     (negative EBIT included)
 * @param valueShareBelowThreshold their share of the value with data, decimal
 * @param valueWeightedMedian value-weighted median coverage over names with interest expense,
 *     multiple; empty when there are none
 * @param median equal-weighted median coverage over the same names, multiple
 */
public record InterestCoverage(
    double thresholdMultiple,
    int names,
    int namesWithData,
    double valueShareWithData,
    List<CoverageBucket> buckets,
    int namesBelowThreshold,
    double valueShareBelowThreshold,
    OptionalDouble valueWeightedMedian,
    OptionalDouble median) {

  public InterestCoverage {
    buckets = List.copyOf(buckets);
    Objects.requireNonNull(valueWeightedMedian, "valueWeightedMedian");
    Objects.requireNonNull(median, "median");
  }
}
