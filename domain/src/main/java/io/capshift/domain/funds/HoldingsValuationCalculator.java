package io.capshift.domain.funds;

import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.Figure;
import io.capshift.domain.common.SkipCount;
import io.capshift.domain.fundamentals.JoinedHoldings;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.IndexValuation;
import io.capshift.domain.valuation.IndexValuationCalculator;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Values joined holdings (docs/methods.md, "Look-through"): the index calculations over the
 * attributed figures, plus forward P/E, growth, profitability and leverage. Stateless; use {@link
 * #DEFAULT}.
 */
public final class HoldingsValuationCalculator {
  /** The shared instance. */
  public static final HoldingsValuationCalculator DEFAULT = new HoldingsValuationCalculator();

  private HoldingsValuationCalculator() {}

  /** Every figure of {@code joined}; undefined ones say why. */
  public HoldingsValuation calculate(JoinedHoldings joined) {
    Objects.requireNonNull(joined, "joined");
    ConstituentSnapshot s = joined.snapshot();
    int n = s.size();
    List<IndexValuation> valuations = new ArrayList<>();
    for (NegativeEarningsPolicy p : NegativeEarningsPolicy.values()) {
      valuations.add(IndexValuationCalculator.DEFAULT.calculate(s, p));
    }
    double total = 0;
    double[] value = new double[n];
    double[] earnings = new double[n];
    boolean[] hasEarnings = new boolean[n];
    for (int i = 0; i < n; i++) {
      Constituent c = s.constituent(i);
      value[i] = c.value();
      total += c.value();
      hasEarnings[i] = c.earnings().isPresent();
      earnings[i] = c.earnings().orElse(0);
    }
    // forward P/E and growth
    double fwdValue = 0;
    double fwdSum = 0;
    int fwdCount = 0;
    double bothForward = 0;
    double bothTrailing = 0;
    double bothValue = 0;
    int bothCount = 0;
    for (int i = 0; i < n; i++) {
      if (joined.forwardEarnings(i).isPresent()) {
        double f = joined.forwardEarnings(i).getAsDouble();
        fwdValue += value[i];
        fwdSum += f;
        fwdCount++;
        if (hasEarnings[i] && earnings[i] > 0) {
          bothForward += f;
          bothTrailing += earnings[i];
          bothValue += value[i];
          bothCount++;
        }
      }
    }
    Figure forwardPe =
        fwdCount == 0
            ? Figure.undefined("no holding has a forward EPS")
            : fwdSum > 0
                ? Figure.ratio(fwdValue, fwdSum, "forward P/E overflows")
                : Figure.undefined(
                    String.format(
                        Locale.US,
                        "sum of forward earnings <= 0 (%s USD over %d holdings)",
                        fwdSum,
                        fwdCount));
    Figure growth =
        bothCount == 0
            ? Figure.undefined("no holding has both a forward EPS and positive trailing earnings")
            : bothTrailing > 0
                ? Figure.of(bothForward / bothTrailing - 1)
                : Figure.undefined(
                    String.format(
                        Locale.US,
                        "trailing earnings of the holdings with a forward EPS sum to <= 0 (%s USD)",
                        bothTrailing));
    // profitability
    int withEarnings = 0;
    int nonPositive = 0;
    double nonPositiveValue = 0;
    double coveredValue = 0;
    for (int i = 0; i < n; i++) {
      if (hasEarnings[i]) {
        withEarnings++;
        coveredValue += value[i];
        if (!(earnings[i] > 0)) {
          nonPositive++;
          nonPositiveValue += value[i];
        }
      }
    }
    NonPositiveEarners losers =
        new NonPositiveEarners(
            nonPositive,
            withEarnings,
            withEarnings == 0 ? 0 : (double) nonPositive / withEarnings,
            share(nonPositiveValue, total),
            share(nonPositiveValue, coveredValue));
    // leverage: debt over book where both are attributed and book is positive
    double debtSum = 0;
    double bookSum = 0;
    int leverageCount = 0;
    for (int i = 0; i < n; i++) {
      Constituent c = s.constituent(i);
      if (joined.debt(i).isPresent()
          && c.bookValue().isPresent()
          && c.bookValue().getAsDouble() > 0) {
        debtSum += joined.debt(i).getAsDouble();
        bookSum += c.bookValue().getAsDouble();
        leverageCount++;
      }
    }
    Figure debtToEquity =
        leverageCount == 0
            ? Figure.undefined("no holding has both debt and a positive book value")
            : Figure.ratio(debtSum, bookSum, "book value sums to 0");
    double listed = s.fundFacts().listedShare().orElse(1.0);
    return new HoldingsValuation(
        joined.report(),
        valuations,
        forwardPe,
        coverage(n, fwdCount, fwdValue, total, "no forward EPS"),
        growth,
        coverage(
            n, bothCount, bothValue, total, "no forward EPS, or trailing earnings <= 0 or none"),
        losers,
        medianRoe(joined, value),
        debtToEquity,
        LookThroughCalculator.DEFAULT.calculate(s).sectors(),
        Figure.of(listed * joined.report().matchedWeight()),
        s);
  }

  /** The value-weighted median ROE over holdings that have one. */
  private static Figure medianRoe(JoinedHoldings joined, double[] value) {
    int n = value.length;
    Integer[] idx = new Integer[n];
    int m = 0;
    double weight = 0;
    for (int i = 0; i < n; i++) {
      if (joined.returnOnEquity(i).isPresent() && value[i] > 0) {
        idx[m++] = i;
        weight += value[i];
      }
    }
    if (m == 0) {
      return Figure.undefined("no holding has net income and a positive book value");
    }
    Integer[] used = Arrays.copyOf(idx, m);
    Arrays.sort(used, (a, b) -> Double.compare(roe(joined, a), roe(joined, b)));
    double half = weight / 2;
    double cumulative = 0;
    for (int i : used) {
      cumulative += value[i];
      if (cumulative >= half) {
        return Figure.of(roe(joined, i));
      }
    }
    return Figure.of(roe(joined, used[m - 1]));
  }

  private static double roe(JoinedHoldings joined, int i) {
    return joined.returnOnEquity(i).getAsDouble();
  }

  private static Coverage coverage(int n, int used, double usedValue, double total, String why) {
    List<SkipCount> skipped = new ArrayList<>(1);
    if (used < n) {
      skipped.add(new SkipCount(why, n - used, share(total - usedValue, total)));
    }
    return new Coverage(n, used, share(usedValue, total), skipped);
  }

  private static double share(double part, double total) {
    return total > 0 ? part / total : 0;
  }
}
