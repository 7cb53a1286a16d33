package io.capshift.domain.valuation;

/**
 * Constituents with negative trailing earnings.
 *
 * @param count how many
 * @param weight their share of the snapshot's total value, decimal (0.12 = 12%)
 */
public record NegativeEarners(int count, double weight) {
  public NegativeEarners {
    if (count < 0) {
      throw new IllegalArgumentException("count cannot be negative: " + count);
    }
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be finite: " + weight);
    }
  }
}
