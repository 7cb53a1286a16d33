package io.capshift.domain.flows;

import io.capshift.domain.history.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Rolling flows, their z-scores and reversals ({@link #definition}): a reversal is a change of sign
 * of the rolling flow, confirmed once the rolling flow of the new sign reaches {@code k} sample
 * standard deviations of the rolling flows so far, before it turns back; it is dated by the day the
 * sign changed. A sign change that fades back before reaching the threshold is noise around zero.
 * Stateless; use {@link #DEFAULT}.
 */
public final class FlowAnalyzer {
  /** The shared instance. */
  public static final FlowAnalyzer DEFAULT = new FlowAnalyzer();

  /**
   * Default window: 20 flows, about a month of trading days for daily flows; short enough to see a
   * turn within weeks, long enough that one creation basket does not decide the sign.
   */
  public static final int DEFAULT_WINDOW = 20;

  /**
   * Default k: one standard deviation; a sign change smaller than the rolling flow's usual swing is
   * noise around zero rather than a turn of money.
   */
  public static final double DEFAULT_K = 1.0;

  private FlowAnalyzer() {}

  /** The reversal rule in words, as answers print it. */
  public static String definition(int window, double k) {
    return String.format(
        java.util.Locale.US,
        "a reversal is a change of sign of the %d-flow rolling sum, confirmed once the sum of the"
            + " new sign reaches %.1f standard deviations of the rolling sums so far before it"
            + " turns back; dated by the day the sign changed",
        window,
        k);
  }

  /**
   * @param flows flows in date order
   * @param assets the fund's total net assets, USD, for flow as a share of assets
   * @param window flows per rolling sum, at least 1
   * @param k reversal threshold in standard deviations, positive
   */
  public FlowAnalysis analyze(
      List<FlowPoint> flows, Optional<TimeSeries> assets, int window, double k) {
    if (window < 1 || !(k > 0 && k < 100)) {
      throw new IllegalArgumentException(
          "window must be >= 1 and k in (0, 100): " + window + ", " + k);
    }
    List<RollingFlow> rolling = new ArrayList<>();
    List<Reversal> reversals = new ArrayList<>();
    double sum = 0;
    double total = 0;
    // running moments of the rolling sums so far (Welford)
    int n = 0;
    double mean = 0;
    double m2 = 0;
    // the sign the rolling sum holds, and a change of it not yet confirmed
    double side = 0;
    Reversal crossing = null;
    for (int i = 0; i < flows.size(); i++) {
      sum += flows.get(i).flowUsd();
      total += flows.get(i).flowUsd();
      if (i >= window) {
        sum -= flows.get(i - window).flowUsd();
      }
      if (i < window - 1) {
        continue;
      }
      n++;
      double delta = sum - mean;
      mean += delta / n;
      m2 += delta * (sum - mean);
      double sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
      OptionalDouble z = sd > 0 ? OptionalDouble.of((sum - mean) / sd) : OptionalDouble.empty();
      RollingFlow now =
          new RollingFlow(flows.get(i).date(), sum, shareOfAssets(sum, assets, flows.get(i)), z);
      double sign = Math.signum(sum);
      if (side == 0) {
        side = sign;
      } else if (sign != 0 && sign != side) {
        if (crossing == null || Math.signum(crossing.afterUsd()) != sign) {
          double before = rolling.get(rolling.size() - 1).sumUsd();
          crossing = new Reversal(now.date(), before, sum, now.date(), sum, 0);
        }
        if (sd > 0 && Math.abs(sum) >= k * sd) {
          reversals.add(
              new Reversal(
                  crossing.date(),
                  crossing.beforeUsd(),
                  crossing.afterUsd(),
                  now.date(),
                  sum,
                  Math.abs(sum) / sd));
          side = sign;
          crossing = null;
        }
      } else if (sign == side) {
        crossing = null; // turned back before it was confirmed
      }
      rolling.add(now);
    }
    return new FlowAnalysis(flows, window, k, rolling, reversals, total);
  }

  private static OptionalDouble shareOfAssets(
      double sum, Optional<TimeSeries> assets, FlowPoint at) {
    if (assets.isEmpty()) {
      return OptionalDouble.empty();
    }
    OptionalInt j = assets.get().indexWithin(at.date(), FlowCalculator.MAX_PRICE_AGE_DAYS);
    if (j.isEmpty() || !(assets.get().value(j.getAsInt()) > 0)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(sum / assets.get().value(j.getAsInt()));
  }
}
