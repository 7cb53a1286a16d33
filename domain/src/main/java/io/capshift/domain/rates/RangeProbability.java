package io.capshift.domain.rates;

/**
 * The probability that the target range is a given one after a meeting.
 *
 * @param lowerBound lower bound, decimal rate (0.0375 = 3.75%)
 * @param upperBound upper bound, decimal rate
 * @param probability in [0, 1]
 */
public record RangeProbability(double lowerBound, double upperBound, double probability) {
  public RangeProbability {
    if (!Double.isFinite(lowerBound) || !Double.isFinite(upperBound) || lowerBound > upperBound) {
      throw new IllegalArgumentException(
          "bounds must be finite with lower <= upper: " + lowerBound + ", " + upperBound);
    }
    if (!(probability >= 0 && probability <= 1 + 1e-12)) {
      throw new IllegalArgumentException("probability must lie in [0, 1]: " + probability);
    }
  }

  /** The range in basis points as FedWatch labels it: 0.0375–0.0400 → "375-400". */
  public String label() {
    return label(lowerBound, upperBound);
  }

  /** The label of a range given in decimal bounds (0.0425, 0.045 → "425-450"). */
  public static String label(double lowerBound, double upperBound) {
    return Math.round(lowerBound * 10_000) + "-" + Math.round(upperBound * 10_000);
  }

  /** Mid of the range, decimal rate. */
  public double mid() {
    return (lowerBound + upperBound) / 2;
  }
}
