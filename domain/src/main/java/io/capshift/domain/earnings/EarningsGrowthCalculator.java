package io.capshift.domain.earnings;

import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.Figure;
import io.capshift.domain.common.SkipCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Earnings growth and the measures built on it (docs/methods.md, "Earnings growth" and "Relative
 * valuation"): growth, PEG, P/E, earnings yield, the equity risk premium against the 10-year
 * Treasury yield, and the small-minus-large growth gap. Stateless; use {@link #DEFAULT}.
 *
 * <p>Every result is a {@link Figure}: undefined, with the reason, where the measure has no meaning
 * (a non-positive denominator, an undefined input). Raw numbers that are NaN or infinite are bad
 * arguments ({@link IllegalArgumentException}).
 */
public final class EarningsGrowthCalculator {
  /** The shared instance. */
  public static final EarningsGrowthCalculator DEFAULT = new EarningsGrowthCalculator();

  static final String NO_TRAILING = "no trailing earnings";
  static final String NO_FORWARD = "no forward earnings";

  private EarningsGrowthCalculator() {}

  /**
   * Growth {@code forward / trailing − 1}, decimal (0.12 = 12%); undefined when {@code trailing <=
   * 0}.
   *
   * @param forwardEarnings NTM earnings, USD (per share or aggregate)
   * @param trailingEarnings TTM earnings, same unit
   */
  public Figure growth(double forwardEarnings, double trailingEarnings) {
    Finite.require("forwardEarnings", forwardEarnings);
    Finite.require("trailingEarnings", trailingEarnings);
    Figure ratio =
        Figure.ratio(
            forwardEarnings,
            trailingEarnings,
            "growth needs positive trailing earnings: " + trailingEarnings);
    return ratio.isDefined() ? Figure.of(ratio.getAsDouble() - 1) : ratio;
  }

  /**
   * Index growth {@code Σ F / Σ E − 1} over the constituents with both trailing and forward
   * earnings; the others are skipped and reported in the coverage, weighted by value.
   */
  public IndexEarningsGrowth indexGrowth(List<ConstituentEarnings> constituents) {
    Objects.requireNonNull(constituents, "constituents");
    GrowthSums s = new GrowthSums();
    constituents.forEach(s::add);
    List<SkipCount> skipped = new ArrayList<>(2);
    addSkip(skipped, NO_TRAILING, s.noTrailing, s.noTrailingValue, s.total);
    addSkip(skipped, NO_FORWARD, s.noForward, s.noForwardValue, s.total);
    int n = constituents.size();
    Coverage coverage = new Coverage(n, s.used, share(s.usedValue, s.total), skipped);
    Figure growth =
        s.used == 0
            ? Figure.undefined("no constituent has both trailing and forward earnings")
            : growth(s.forward, s.trailing);
    return new IndexEarningsGrowth(growth, s.forward, s.trailing, coverage);
  }

  /**
   * Small-minus-large growth gap, decimal (0.092 = 9.2 percentage points); undefined when either
   * growth is.
   */
  public Figure growthGap(Figure smallGrowth, Figure largeGrowth) {
    Objects.requireNonNull(smallGrowth, "smallGrowth");
    Objects.requireNonNull(largeGrowth, "largeGrowth");
    if (!smallGrowth.isDefined()) {
      return Figure.undefined("small-cap growth undefined: " + smallGrowth.undefinedReason().get());
    }
    if (!largeGrowth.isDefined()) {
      return Figure.undefined("large-cap growth undefined: " + largeGrowth.undefinedReason().get());
    }
    return Figure.of(smallGrowth.getAsDouble() - largeGrowth.getAsDouble());
  }

  /** Sums over constituents in one pass; a name without trailing earnings counts there first. */
  private static final class GrowthSums {
    double total;
    double usedValue;
    double noTrailingValue;
    double noForwardValue;
    double forward;
    double trailing;
    int used;
    int noTrailing;
    int noForward;

    void add(ConstituentEarnings c) {
      total += c.value();
      if (c.trailing().isEmpty()) {
        noTrailing++;
        noTrailingValue += c.value();
      } else if (c.forward().isEmpty()) {
        noForward++;
        noForwardValue += c.value();
      } else {
        used++;
        usedValue += c.value();
        forward += c.forward().getAsDouble();
        trailing += c.trailing().getAsDouble();
      }
    }
  }

  private static void addSkip(
      List<SkipCount> skipped, String reason, int count, double value, double total) {
    if (count > 0) {
      skipped.add(new SkipCount(reason, count, share(value, total)));
    }
  }

  private static double share(double part, double total) {
    return total > 0 ? part / total : 0.0;
  }
}
