package io.capshift.domain.valuation;

/**
 * Every sum a valuation needs. Values and earnings in USD; counts are constituents.
 *
 * <p>How it stays close to the cost of plainly summing the columns (reliability-performance.md
 * §2.2):
 *
 * <ul>
 *   <li>One pass over value, earnings, dividends, book and sales with one independent accumulator
 *       per sum and no branch on the data: missing fields are stored as 0 by the snapshot, so they
 *       add nothing; the sums that belong to names with earnings {@code <= 0} are not split off per
 *       element but derived afterwards.
 *   <li>The pass lists the names with earnings {@code <= 0} (branch-free: every index is written,
 *       the cursor advances only for those names). They are the minority; a short second pass over
 *       that list sums losers, zero earners and names without earnings exactly.
 *   <li>Positive-earner sums are then totals minus that minority: {@code Σ_{E>0} E = Σ E − Σ_{E<0}
 *       E}, {@code Σ_{E>0} v = Σ v − Σ_{E<=0} v}, and the capped earnings use {@code max(a, b) = (a
 *       + b + |a − b|) / 2} summed over all names. When the positive side is under 1/1024 of the
 *       magnitudes it is derived from, those differences would lose digits, and the positive sums
 *       are taken directly instead (a slower, exact pass).
 *   <li>Some adds are written as {@code fma(x, 1, s)}: the CPU runs fused multiply-adds on other
 *       ports than plain adds, so the two kinds proceed side by side.
 * </ul>
 */
final class ValuationSums {
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

  /** Σ max(E, value / 60) over E > 0: the earnings a P/E capped at 60 implies. */
  double cappedPositiveEarnings;

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

  /** Σ |E − value / 60| over all names; with Σ E and Σ value it gives Σ max(0, value/60 − E). */
  private double capGap;

  /** Σ (value / 60 − E) over names with E <= 0, where max(0, value/60 − E) is the term itself. */
  private double capGapNonPositive;

  private ValuationSums() {}

  static ValuationSums of(ConstituentSnapshot s) {
    ValuationSums r = new ValuationSums();
    r.size = s.size();
    int[] nonPositive = new int[r.size];
    int count = r.mainPass(s, nonPositive);
    r.nonPositivePass(s, nonPositive, count);
    r.derivePositive(s);
    r.dividends.setPresence(s.value, s.missingDividends, r.totalValue);
    r.book.setPresence(s.value, s.missingBook, r.totalValue);
    r.sales.setPresence(s.value, s.missingSales, r.totalValue);
    return r;
  }

  /** Column totals; lists names with E <= 0 (missing included) and returns how many. */
  private int mainPass(ConstituentSnapshot s, int[] nonPositive) {
    double[] value = s.value;
    double[] earning = s.earnings;
    double[] dividend = s.dividends;
    double[] bookValue = s.book;
    double[] sale = s.sales;
    double t = 0;
    double q = 0;
    double se = 0;
    double gap = 0;
    double sd = 0;
    double sb = 0;
    double ss = 0;
    int k = 0;
    for (int i = 0; i < value.length; i++) {
      double v = value[i];
      double e = earning[i];
      t += v;
      q = Math.fma(v, v, q);
      se += e;
      gap += Math.abs(Math.fma(v, -INVERSE_CAP, e));
      sd = Math.fma(dividend[i], 1.0, sd);
      sb = Math.fma(bookValue[i], 1.0, sb);
      ss += sale[i];
      nonPositive[k] = i;
      k += e > 0 ? 0 : 1;
    }
    totalValue = t;
    sumSquaredValue = q;
    earnings = se;
    capGap = gap;
    dividends.sum = sd;
    book.sum = sb;
    sales.sum = ss;
    return k;
  }

  /** Splits the names with E <= 0 into losers, zero earners and names without earnings. */
  private void nonPositivePass(ConstituentSnapshot s, int[] nonPositive, int count) {
    int[] missing = s.missingEarnings;
    int m = 0;
    for (int j = 0; j < count; j++) {
      int i = nonPositive[j];
      double v = s.value[i];
      double e = s.earnings[i];
      capGapNonPositive += Math.fma(v, INVERSE_CAP, -e);
      if (e < 0) {
        negativeCount++;
        negativeValue += v;
        negativeEarnings += e;
      } else if (m < missing.length && missing[m] == i) {
        m++;
        missingEarningsCount++;
        missingEarningsValue += v;
      } else {
        zeroCount++;
        zeroValue += v;
      }
    }
    positiveCount = size - count;
  }

  /**
   * Positive-earner sums as totals less the non-positive side, or directly if that loses digits.
   */
  private void derivePositive(ConstituentSnapshot s) {
    double nonPositiveValue = negativeValue + zeroValue + missingEarningsValue;
    positiveValue = totalValue - nonPositiveValue;
    positiveEarnings = earnings - negativeEarnings;
    double gapAll = 0.5 * (capGap + (totalValue * INVERSE_CAP - earnings));
    cappedPositiveEarnings = positiveEarnings + (gapAll - capGapNonPositive);
    double scale = Math.max(totalValue, positiveEarnings - negativeEarnings + capGap);
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
    cappedPositiveEarnings = cPos;
  }

  /** Σ value over the listed indexes. */
  static double valueAt(double[] value, int[] indexes) {
    double s = 0;
    for (int i : indexes) {
      s += value[i];
    }
    return s;
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
