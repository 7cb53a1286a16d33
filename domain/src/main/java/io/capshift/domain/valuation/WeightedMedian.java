package io.capshift.domain.valuation;

/**
 * Value-weighted median of constituents' P/E, by selection rather than a full sort.
 *
 * <p>Definition: over constituents with earnings {@code E > 0}, sorted by {@code P/E = value / E},
 * the first P/E at which the cumulative value reaches half of their total value.
 *
 * <p>Method: a bracket {@code (lo, hi]} around the median is read off a small sorted sample; one
 * pass then sums the value at or below {@code lo} and lists the names inside the bracket, comparing
 * {@code value <= lo * E} (no division). If the bracket holds the median, the next round works on
 * the listed names only; if the sample misled us, the bracket is widened on the side that missed,
 * so every round keeps the median. Once few names are left they are sorted exactly by {@code value
 * / E} and walked. A comparison by product can differ from the quotient in the last bit, so names
 * within an ulp of a bound may be classed on either side: the result is exact to that rounding
 * (relative 1e-15), and deterministic for a given snapshot.
 *
 * <p>Cost: the first round reads every name (about 1.5 ns a name on the 2-core reference VM,
 * against 0.15 ns a column entry for a plain sum), so this figure, not the sums, dominates {@link
 * IndexValuationCalculator}'s time; see {@code bench/} for the numbers.
 */
final class WeightedMedian {
  private static final int SAMPLE = 64;
  private static final double MARGIN = 0.15;
  private static final int SMALL = 96;
  private static final int MAX_ROUNDS = 6;
  private static final int PROBE = 8;

  private WeightedMedian() {}

  /**
   * The value-weighted median P/E over names with {@code E > 0}, or NaN (never leaves the package)
   * when {@code positiveWeight}, their total value, is not positive.
   *
   * @param value values, USD
   * @param earnings earnings, USD a year (missing stored as 0)
   * @param positiveWeight Σ value over names with {@code E > 0}
   */
  static double priceEarnings(double[] value, double[] earnings, double positiveWeight) {
    if (!(positiveWeight > 0)) {
      return Double.NaN;
    }
    double half = 0.5 * positiveWeight;
    Selection s = new Selection(value, earnings, positiveWeight);
    for (int round = 0; round < MAX_ROUNDS && s.count > SMALL; round++) {
      s.narrow(half);
    }
    return s.finish(half);
  }

  /** The names still in play (all, then a shrinking index list) and the value known below. */
  private static final class Selection {
    final double[] value;
    final double[] earnings;
    int[] kept;
    int[] next;
    boolean all = true;
    int count;

    /** Σ value of positive earners known to sort before every kept name. */
    double below;

    /** Σ value of the kept positive earners. */
    double keptWeight;

    double splitBelow;
    double splitInside;
    int splitCount;

    Selection(double[] value, double[] earnings, double positiveWeight) {
      this.value = value;
      this.earnings = earnings;
      this.kept = new int[value.length];
      this.next = new int[value.length];
      this.count = value.length;
      this.keptWeight = positiveWeight;
    }

    int index(int t) {
      return all ? t : kept[t];
    }

    /** One round: bracket from a sample, widened on the side that missed, then kept. */
    void narrow(double half) {
      double[] bracket = sampleBracket((half - below) / keptWeight);
      split(bracket[0], bracket[1]);
      if (below + splitBelow >= half) {
        split(0.0, bracket[1]);
      } else if (below + splitBelow + splitInside < half) {
        split(bracket[0], Double.POSITIVE_INFINITY);
      }
      below += splitBelow;
      keptWeight = splitInside;
      count = splitCount;
      int[] swap = kept;
      kept = next;
      next = swap;
      all = false;
    }

    /**
     * Over the kept names: value with {@code P/E <= lo}, and the names with {@code lo < P/E <= hi}
     * written to {@code next}. Names with {@code E <= 0} never fall inside (for them {@code hi * E
     * <= 0 <= value}) and add nothing below unless their value is 0. Branch-free body: the
     * comparisons become selects, and every name is written, the cursor moving only past names
     * inside.
     */
    private void split(double lo, double hi) {
      double belowLo = 0;
      double inside = 0;
      int c = 0;
      int[] out = next;
      for (int t = 0; t < count; t++) {
        int i = index(t);
        double v = value[i];
        double e = earnings[i];
        boolean isBelow = v <= lo * e;
        boolean isInside = !isBelow & v <= hi * e;
        belowLo += isBelow ? v : 0.0;
        inside += isInside ? v : 0.0;
        out[c] = i;
        c += isInside ? 1 : 0;
      }
      splitBelow = belowLo;
      splitInside = inside;
      splitCount = c;
    }

    /**
     * A bracket around the target quantile {@code fraction} of the kept value, from up to {@link
     * #SAMPLE} positive earners spread over the kept names; {@code (0, +inf)} if too few.
     */
    private double[] sampleBracket(double fraction) {
      double[] pe = new double[SAMPLE];
      double[] w = new double[SAMPLE];
      int n = 0;
      for (int j = 0; j < SAMPLE; j++) {
        int t = (int) ((long) j * count / SAMPLE);
        for (int p = 0; p < PROBE && t + p < count; p++) {
          int i = index(t + p);
          if (earnings[i] > 0) {
            pe[n] = value[i] / earnings[i];
            w[n++] = value[i];
            break;
          }
        }
      }
      if (n < 2) {
        return new double[] {0.0, Double.POSITIVE_INFINITY};
      }
      PairSort.sort(pe, w, 0, n);
      double total = sum(w, n);
      // Margins in weight, not in count: a few large names carry most of a sample's weight.
      double lo = fraction - MARGIN > 0 ? pe[firstReaching(w, n, (fraction - MARGIN) * total)] : 0;
      double hi =
          fraction + MARGIN < 1
              ? pe[firstReaching(w, n, (fraction + MARGIN) * total)]
              : Double.POSITIVE_INFINITY;
      return new double[] {lo, hi};
    }

    /** Sorts what is left exactly by {@code value / E} and walks to the median. */
    double finish(double half) {
      double[] pe = new double[count];
      double[] w = new double[count];
      int n = 0;
      for (int t = 0; t < count; t++) {
        int i = index(t);
        if (earnings[i] > 0) {
          pe[n] = value[i] / earnings[i];
          w[n++] = value[i];
        }
      }
      PairSort.sort(pe, w, 0, n);
      double cumulative = below;
      for (int k = 0; k < n; k++) {
        cumulative += w[k];
        if (cumulative >= half) {
          return pe[k];
        }
      }
      return n > 0 ? pe[n - 1] : Double.NaN;
    }
  }

  private static double sum(double[] w, int n) {
    double s = 0;
    for (int k = 0; k < n; k++) {
      s += w[k];
    }
    return s;
  }

  /** First index whose cumulative weight reaches {@code target} (the last if none does). */
  private static int firstReaching(double[] w, int n, double target) {
    double cumulative = 0;
    for (int k = 0; k < n; k++) {
      cumulative += w[k];
      if (cumulative >= target) {
        return k;
      }
    }
    return n - 1;
  }
}
