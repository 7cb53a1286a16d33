package io.capshift.domain.valuation;

import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.Figure;
import io.capshift.domain.common.SkipCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Computes {@link IndexValuation} from a {@link ConstituentSnapshot}. Stateless; use {@link
 * #DEFAULT}.
 *
 * <p>Conventions (docs/methods.md, "Index valuation"):
 *
 * <ul>
 *   <li>P/E is the aggregate (harmonic) ratio {@code Σ value / Σ E} over the constituents the
 *       policy admits: {@code INCLUDE} every name with earnings data; {@code EXCLUDE_NEGATIVE}
 *       names with {@code E >= 0} (a zero earner stays in); {@code FUND_HARMONIC_CAPPED} names with
 *       {@code E > 0}, each P/E capped at 60, i.e. {@code Σ v / Σ max(E, v / 60)} — the
 *       value-weighted harmonic mean of capped P/Es that Morningstar and iShares publish.
 *   <li>P/E is undefined when no constituent has earnings data or the admitted earnings sum to
 *       {@code <= 0}; the figure carries the reason.
 *   <li>Earnings yield is {@code Σ E / Σ value} over the same constituents (with the capped
 *       earnings under {@code FUND_HARMONIC_CAPPED}), so it equals {@code 1 / P/E} when the P/E is
 *       defined. It stays defined — negative or zero — when the P/E is undefined because {@code Σ E
 *       <= 0} under {@code INCLUDE}: a negative yield is the honest figure for a loss-making index.
 *       It is undefined only when no constituent has earnings data or the admitted names carry no
 *       value.
 *   <li>The weighted median P/E uses constituents with {@code E > 0} under every policy.
 *   <li>Dividend yield, P/B and P/S use the constituents that have that field; P/B and P/S are
 *       undefined when the field sums to {@code <= 0}.
 * </ul>
 *
 * <p>The sums come from one pass over the snapshot's columns ({@link ValuationSums}); the weighted
 * median and the top-10 weight use a selection each, not a full sort of the snapshot.
 */
public final class IndexValuationCalculator {
  /** The shared instance. */
  public static final IndexValuationCalculator DEFAULT = new IndexValuationCalculator();

  static final String NO_EARNINGS = "no constituent has earnings data";
  static final String NO_EARNINGS_DATA = "no earnings data";
  static final String ZERO_TOTAL_VALUE = "total value is 0";

  private IndexValuationCalculator() {}

  /**
   * Valuation of {@code snapshot} with negative earners treated by {@code policy}.
   *
   * @param snapshot the constituents; values and fundamentals in USD
   * @param policy how negative (and, for the fund convention, zero) earners enter the P/E
   * @return every figure defined or undefined with a reason; never NaN or infinite
   */
  public IndexValuation calculate(ConstituentSnapshot snapshot, NegativeEarningsPolicy policy) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(policy, "policy");
    ValuationSums s = ValuationSums.of(snapshot, policy);
    EarningsBasis basis = EarningsBasis.of(s, policy);
    double total = s.totalValue;
    return new IndexValuation(
        snapshot.id(),
        snapshot.asOf(),
        snapshot.type(),
        policy,
        total,
        priceEarnings(s, basis, policy),
        earningsYield(s, basis, policy),
        weightedMedian(snapshot, s),
        dividendYield(s.dividends),
        multiple(s.book, "book value"),
        multiple(s.sales, "sales"),
        new NegativeEarners(s.negativeCount, share(s.negativeValue, total)),
        concentration(snapshot, s),
        basis.coverage(s),
        coverage(s, s.dividends, "no dividend data"),
        coverage(s, s.book, "no book value data"),
        coverage(s, s.sales, "no sales data"));
  }

  private static Figure priceEarnings(
      ValuationSums s, EarningsBasis basis, NegativeEarningsPolicy policy) {
    if (s.missingEarningsCount == s.size) {
      return Figure.undefined(NO_EARNINGS);
    }
    if (!(basis.earnings() > 0)) {
      return Figure.undefined(
          String.format(
              Locale.US,
              "sum of earnings <= 0 under %s (%s USD over %d constituents; earnings yield %.2f%%)",
              policy,
              usd(basis.earnings()),
              basis.count(),
              basis.value() > 0 ? 100 * basis.earnings() / basis.value() : 0.0));
    }
    double pe = basis.value() / basis.earnings();
    return Double.isFinite(pe) ? Figure.of(pe) : Figure.undefined("P/E overflows under " + policy);
  }

  private static Figure earningsYield(
      ValuationSums s, EarningsBasis basis, NegativeEarningsPolicy policy) {
    if (s.missingEarningsCount == s.size) {
      return Figure.undefined(NO_EARNINGS);
    }
    double yield = basis.earnings() / basis.value();
    return basis.value() > 0 && Double.isFinite(yield)
        ? Figure.of(yield)
        : Figure.undefined("constituents admitted under " + policy + " have no value");
  }

  private static Figure weightedMedian(ConstituentSnapshot snapshot, ValuationSums s) {
    if (s.positiveCount == 0) {
      return Figure.undefined("no constituent has positive earnings");
    }
    double median = snapshot.weightedMedianPriceEarnings(s.positiveValue);
    if (Double.isNaN(median)) {
      return Figure.undefined("constituents with positive earnings have no value");
    }
    return Double.isFinite(median)
        ? Figure.of(median)
        : Figure.undefined("weighted median P/E overflows");
  }

  private static Figure dividendYield(ValuationSums.ColumnSums d) {
    if (d.count == 0) {
      return Figure.undefined("no constituent has dividend data");
    }
    double yield = d.sum / d.presentValue;
    return d.presentValue > 0 && Double.isFinite(yield)
        ? Figure.of(yield)
        : Figure.undefined("constituents with dividend data have no value");
  }

  /** Σ value / Σ field over names with the field: P/B or P/S. */
  private static Figure multiple(ValuationSums.ColumnSums c, String field) {
    if (c.count == 0) {
      return Figure.undefined("no constituent has " + field + " data");
    }
    if (!(c.sum > 0)) {
      return Figure.undefined(
          String.format(
              Locale.US, "sum of %s <= 0 (%s USD over %d constituents)", field, c.sum, c.count));
    }
    double multiple = c.presentValue / c.sum;
    return Double.isFinite(multiple)
        ? Figure.of(multiple)
        : Figure.undefined("price to " + field + " overflows");
  }

  private static Concentration concentration(ConstituentSnapshot snapshot, ValuationSums s) {
    double total = s.totalValue;
    if (!(total > 0)) {
      Figure none = Figure.undefined(ZERO_TOTAL_VALUE);
      return new Concentration(s.size, none, none, none);
    }
    double top10 = snapshot.top10Value();
    double squaredTotal = total * total;
    return new Concentration(
        s.size,
        Figure.ratio(top10, total, ZERO_TOTAL_VALUE),
        Figure.ratio(s.sumSquaredValue, squaredTotal, ZERO_TOTAL_VALUE),
        Figure.ratio(squaredTotal, s.sumSquaredValue, ZERO_TOTAL_VALUE));
  }

  private static Coverage coverage(ValuationSums s, ValuationSums.ColumnSums c, String reason) {
    List<SkipCount> skipped = new ArrayList<>(1);
    addSkip(skipped, reason, s.size - c.count, c.missingValue, s.totalValue);
    return new Coverage(s.size, c.count, share(c.presentValue, s.totalValue), skipped);
  }

  static void addSkip(
      List<SkipCount> skipped, String reason, int count, double value, double total) {
    if (count > 0) {
      skipped.add(new SkipCount(reason, count, share(value, total)));
    }
  }

  /** An amount for a message: whole dollars with thousands separators, or {@code %g} if huge. */
  static String usd(double v) {
    return Math.abs(v) < 1e15
        ? String.format(Locale.US, "%,.0f", v)
        : String.format(Locale.US, "%.4g", v);
  }

  /** {@code part / total}, or 0 when the total is not positive. */
  static double share(double part, double total) {
    return total > 0 ? part / total : 0.0;
  }
}
