package io.capshift.domain.valuation;

/**
 * Every sum a valuation needs. Values and earnings in USD; counts are constituents. Public only so
 * that the benchmark suite can time this kernel on its own; {@link IndexValuationCalculator} is the
 * API.
 *
 * <p>How it stays close to the cost of plainly summing the columns (docs/methods.md, "Summing at
 * the floor"):
 *
 * <ul>
 *   <li>One pass over value, earnings, dividends, book and sales, two names per step with two
 *       independent accumulators per sum, and no branch on the data: missing fields are stored as 0
 *       by the snapshot, so they add nothing; the sums that belong to names with earnings {@code <=
 *       0} are not split off per element but derived afterwards.
 *   <li>The names with earnings {@code <= 0} are the minority, and the snapshot lists them; a
 *       short, branch-free second pass over that list sums losers and the rest; the names without
 *       earnings are summed from the snapshot's list of them, and zero earners are the remainder.
 *   <li>Positive-earner sums are then totals minus that minority: {@code Σ_{E>0} E = Σ E − Σ_{E<0}
 *       E}, {@code Σ_{E>0} v = Σ v − Σ_{E<=0} v}, and the capped earnings use {@code max(a, b) = (a
 *       + b + |a − b|) / 2} summed over all names (a pass over value and earnings taken only for
 *       the fund convention, which alone needs it). When the positive side is under 1/1024 of the
 *       magnitudes it is derived from, those differences would lose digits, and the positive sums
 *       are taken directly instead (a slower, exact pass).
 *   <li>Some adds are written as {@code fma(x, 1, s)}: the CPU runs fused multiply-adds on other
 *       ports than plain adds, so the two kinds proceed side by side.
 * </ul>
 */
public final class ValuationSums {
  /** The fund-site cap on a single holding's P/E (Morningstar, iShares). */
  static final double PE_CAP = 60.0;

  private static final double INVERSE_CAP = 1.0 / PE_CAP;
  private static final double DERIVED_MIN_SHARE = 1.0 / 1024;

  int size;
  double totalValue;
  double sumSquaredValue;

  /** Σ E over every name with earnings data (missing earnings are stored as 0). */
  double earnings;

  int positiveCount;
  double positiveValue;
  double positiveEarnings;

  /**
   * Σ max(E, value / 60) over E > 0: the earnings a P/E capped at 60 implies; 0 unless {@link
   * #capped}.
   */
  double cappedPositiveEarnings;

  /** Whether the capped earnings were computed. */
  boolean capped;

  int negativeCount;
  double negativeValue;
  double negativeEarnings;

  int zeroCount;
  double zeroValue;

  int missingEarningsCount;
  double missingEarningsValue;

  final ColumnSums dividends = new ColumnSums();
  final ColumnSums book = new ColumnSums();
  final ColumnSums sales = new ColumnSums();

  /**
   * Σ |E − value / 60| over all names (0 unless {@link #capped}); with Σ E and Σ value it gives Σ
   * max(0, value/60 − E).
   */
  private double capGap;

  /** Σ (value / 60 − E) over names with E <= 0, where max(0, value/60 − E) is the term itself. */
  private double capGapNonPositive;

  private ValuationSums() {}

  /**
   * The sums for {@code policy}: the capped earnings only under {@link
   * NegativeEarningsPolicy#FUND_HARMONIC_CAPPED}, whose extra pass costs about a third more.
   */
  public static ValuationSums of(ConstituentSnapshot s, NegativeEarningsPolicy policy) {
    return of(s, policy == NegativeEarningsPolicy.FUND_HARMONIC_CAPPED);
  }

  private static ValuationSums of(ConstituentSnapshot s, boolean capped) {
    ValuationSums r = new ValuationSums();
    r.size = s.size();
    r.capped = capped;
    r.mainPass(s);
    if (capped) {
      r.capGap = capGap(s.value, s.earnings);
    }
    r.nonPositivePass(s);
    r.derivePositive(s);
    double[] p = s.presence(r.totalValue);
    r.dividends.set(p, 0);
    r.book.set(p, 3);
    r.sales.set(p, 6);
    return r;
  }

  /**
   * Column totals. Two names per step, each with its own accumulators: one chain of adds waits for
   * the previous add to finish (4 cycles), two chains keep the adders busy.
   */
  private void mainPass(ConstituentSnapshot s) {
    double[] value = s.value;
    double[] earning = s.earnings;
    double[] dividend = s.dividends;
    double[] bookValue = s.book;
    double[] sale = s.sales;
    double t0 = 0;
    double t1 = 0;
    double q0 = 0;
    double q1 = 0;
    double se0 = 0;
    double se1 = 0;
    double sd0 = 0;
    double sd1 = 0;
    double sb0 = 0;
    double sb1 = 0;
    double ss0 = 0;
    double ss1 = 0;
    int n = value.length;
    int i = 0;
    for (; i + 1 < n; i += 2) {
      double v0 = value[i];
      double v1 = value[i + 1];
      double e0 = earning[i];
      double e1 = earning[i + 1];
      t0 += v0;
      t1 += v1;
      q0 = Math.fma(v0, v0, q0);
      q1 = Math.fma(v1, v1, q1);
      se0 += e0;
      se1 += e1;
      sd0 += dividend[i];
      sd1 += dividend[i + 1];
      sb0 = Math.fma(bookValue[i], 1.0, sb0);
      sb1 = Math.fma(bookValue[i + 1], 1.0, sb1);
      ss0 = Math.fma(sale[i], 1.0, ss0);
      ss1 = Math.fma(sale[i + 1], 1.0, ss1);
    }
    if (i < n) {
      double v = value[i];
      double e = earning[i];
      t0 += v;
      q0 = Math.fma(v, v, q0);
      se0 += e;
      sd0 += dividend[i];
      sb0 += bookValue[i];
      ss0 += sale[i];
    }
    totalValue = t0 + t1;
    sumSquaredValue = q0 + q1;
    earnings = se0 + se1;
    dividends.sum = sd0 + sd1;
    book.sum = sb0 + sb1;
    sales.sum = ss0 + ss1;
  }

  /** Σ |E − value / 60| over all names, two chains of adds. */
  private static double capGap(double[] value, double[] earning) {
    double g0 = 0;
    double g1 = 0;
    int i = 0;
    for (; i + 1 < value.length; i += 2) {
      g0 += Math.abs(Math.fma(value[i], -INVERSE_CAP, earning[i]));
      g1 += Math.abs(Math.fma(value[i + 1], -INVERSE_CAP, earning[i + 1]));
    }
    if (i < value.length) {
      g0 += Math.abs(Math.fma(value[i], -INVERSE_CAP, earning[i]));
    }
    return g0 + g1;
  }

  /** Splits the names with E <= 0 into losers, zero earners and names without earnings. */
  private void nonPositivePass(ConstituentSnapshot s) {
    int[] nonPositive = s.nonPositiveEarnings;
    int count = nonPositive.length;
    double[] value = s.value;
    double[] earning = s.earnings;
    int losers = 0;
    double loserValue = 0;
    double loserEarnings = 0;
    double otherValue = 0;
    double gap = 0;
    // Branch-free: losers, zero earners and names without earnings interleave at random, and a
    // mispredicted branch per name cost more than the whole pass.
    for (int j = 0; j < count; j++) {
      int i = nonPositive[j];
      double v = value[i];
      double e = earning[i];
      gap += Math.fma(v, INVERSE_CAP, -e);
      boolean loss = e < 0;
      losers += loss ? 1 : 0;
      loserValue += loss ? v : 0.0;
      otherValue += loss ? 0.0 : v;
      loserEarnings += e; // zero earners and names without earnings add 0
    }
    int[] missing = s.missingEarnings;
    missingEarningsCount = missing.length;
    missingEarningsValue = valueAt(value, missing);
    negativeCount = losers;
    negativeValue = loserValue;
    negativeEarnings = loserEarnings;
    zeroCount = count - losers - missing.length;
    zeroValue = zeroCount == 0 ? 0.0 : Math.max(0.0, otherValue - missingEarningsValue);
    capGapNonPositive = gap;
    positiveCount = size - count;
  }

  /**
   * Positive-earner sums as totals less the non-positive side, or directly if that loses digits.
   */
  private void derivePositive(ConstituentSnapshot s) {
    double nonPositiveValue = negativeValue + zeroValue + missingEarningsValue;
    positiveValue = totalValue - nonPositiveValue;
    positiveEarnings = earnings - negativeEarnings;
    double scale = Math.max(totalValue, positiveEarnings - negativeEarnings + capGap);
    if (capped) {
      double gapAll = 0.5 * (capGap + (totalValue * INVERSE_CAP - earnings));
      cappedPositiveEarnings = positiveEarnings + (gapAll - capGapNonPositive);
    }
    boolean lossy =
        positiveValue < DERIVED_MIN_SHARE * totalValue
            || positiveEarnings < DERIVED_MIN_SHARE * scale
            || positiveCount == 0;
    if (lossy) {
      sumPositiveDirectly(s.value, s.earnings);
    }
  }

  private void sumPositiveDirectly(double[] value, double[] earning) {
    double vPos = 0;
    double ePos = 0;
    double cPos = 0;
    for (int i = 0; i < value.length; i++) {
      double e = earning[i];
      if (e > 0) {
        vPos += value[i];
        ePos += e;
        cPos += Math.max(e, value[i] * INVERSE_CAP);
      }
    }
    positiveValue = vPos;
    positiveEarnings = ePos;
    if (capped) {
      cappedPositiveEarnings = cPos;
    }
  }

  /** Σ value over the listed indexes; four chains of adds, as the loads are scattered. */
  static double valueAt(double[] value, int[] indexes) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int j = 0;
    int n = indexes.length;
    for (; j + 3 < n; j += 4) {
      s0 += value[indexes[j]];
      s1 += value[indexes[j + 1]];
      s2 += value[indexes[j + 2]];
      s3 += value[indexes[j + 3]];
    }
    for (; j < n; j++) {
      s0 += value[indexes[j]];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Σ value over the indexes not in the ascending list {@code missing}. */
  static double valueNotAt(double[] value, int[] missing) {
    double s = 0;
    int from = 0;
    for (int gap : missing) {
      for (int i = from; i < gap; i++) {
        s += value[i];
      }
      from = gap + 1;
    }
    for (int i = from; i < value.length; i++) {
      s += value[i];
    }
    return s;
  }

  /** Sums of one optional column (dividends, book or sales). */
  static final class ColumnSums {
    int count;
    double sum;
    double presentValue;
    double missingValue;

    /**
     * Counts and values of the names with and without the field. The present value is the total
     * less the missing value while that keeps at least half of the total (no loss of relative
     * precision), and a direct sum otherwise.
     */
    /** Count, present value and missing value from {@code p} at {@code at}. */
    void set(double[] p, int at) {
      count = (int) p[at];
      presentValue = p[at + 1];
      missingValue = p[at + 2];
    }

    void setPresence(double[] value, int[] missing, double total) {
      count = value.length - missing.length;
      missingValue = valueAt(value, missing);
      presentValue =
          missing.length == 0
              ? total
              : missingValue <= 0.5 * total ? total - missingValue : valueNotAt(value, missing);
    }
  }
}
