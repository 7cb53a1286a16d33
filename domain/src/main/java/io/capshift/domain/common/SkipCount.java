package io.capshift.domain.common;

/**
 * How many inputs were left out of a figure for one reason, and the weight they carried.
 *
 * @param reason why they were left out, e.g. "no earnings data"
 * @param count number of constituents
 * @param weight their share of total value, decimal (0.05 = 5%)
 */
public record SkipCount(String reason, int count, double weight) {
  public SkipCount {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    if (count < 0) {
      throw new IllegalArgumentException("count cannot be negative: " + count);
    }
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be finite: " + weight);
    }
  }
}
