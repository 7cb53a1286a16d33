package io.capshift.domain.valuation;

/**
 * The {@code k} largest values offered, by partial selection (no sort of the whole column): a
 * descending buffer of {@code k}. The caller keeps the threshold {@link #offer} returns and offers
 * only values above it, so once the buffer is full almost every value costs one comparison.
 */
final class TopWeights {
  private final double[] top;
  private int filled;

  TopWeights(int k) {
    if (k <= 0) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
    top = new double[k];
  }

  /** Sum of the {@code k} largest entries of {@code values} (of all of them when fewer). */
  static double sumOfLargest(double[] values, int k) {
    TopWeights t = new TopWeights(k);
    double threshold = Double.NEGATIVE_INFINITY;
    int i = 0;
    while (i < values.length) {
      // Tight scan to the next value worth offering: compare and step, nothing else.
      while (i < values.length && values[i] <= threshold) {
        i++;
      }
      if (i < values.length) {
        threshold = t.offer(values[i++]);
      }
    }
    return t.sum();
  }

  /**
   * Keeps {@code x} if it is among the {@code k} largest so far; returns the value a later entry
   * must exceed to be kept (negative infinity until the buffer is full).
   */
  double offer(double x) {
    int k = top.length;
    int j = filled < k ? filled++ : k - 1;
    while (j > 0 && top[j - 1] < x) {
      top[j] = top[j - 1];
      j--;
    }
    top[j] = x;
    return filled == k ? top[k - 1] : Double.NEGATIVE_INFINITY;
  }

  /** Sum of the kept values. */
  double sum() {
    double s = 0;
    for (int i = 0; i < filled; i++) {
      s += top[i];
    }
    return s;
  }
}
