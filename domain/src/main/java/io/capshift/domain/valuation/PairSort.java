package io.capshift.domain.valuation;

/** In-place ascending sort of {@code keys} that carries {@code weights} along (no boxing). */
final class PairSort {
  private static final int INSERTION_LIMIT = 24;

  private PairSort() {}

  /** Sorts {@code keys[from, to)} ascending, moving {@code weights} with them; keys are not NaN. */
  static void sort(double[] keys, double[] weights, int from, int to) {
    while (to - from > INSERTION_LIMIT) {
      int split = partition(keys, weights, from, to);
      if (split - from < to - split) {
        sort(keys, weights, from, split);
        from = split;
      } else {
        sort(keys, weights, split, to);
        to = split;
      }
    }
    insertionSort(keys, weights, from, to);
  }

  /** Hoare partition around a median-of-three pivot; returns the first index of the upper part. */
  private static int partition(double[] keys, double[] weights, int from, int to) {
    double pivot = medianOfThree(keys[from], keys[(from + to) >>> 1], keys[to - 1]);
    int i = from - 1;
    int j = to;
    while (true) {
      do {
        i++;
      } while (keys[i] < pivot);
      do {
        j--;
      } while (keys[j] > pivot);
      if (i >= j) {
        return j + 1;
      }
      swap(keys, weights, i, j);
    }
  }

  private static double medianOfThree(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  private static void insertionSort(double[] keys, double[] weights, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      double k = keys[i];
      double w = weights[i];
      int j = i - 1;
      while (j >= from && keys[j] > k) {
        keys[j + 1] = keys[j];
        weights[j + 1] = weights[j];
        j--;
      }
      keys[j + 1] = k;
      weights[j + 1] = w;
    }
  }

  private static void swap(double[] keys, double[] weights, int i, int j) {
    double k = keys[i];
    keys[i] = keys[j];
    keys[j] = k;
    double w = weights[i];
    weights[i] = weights[j];
    weights[j] = w;
  }
}
