package io.capshift.domain.earnings;

import io.capshift.domain.common.Figure;
import java.util.Objects;
import java.util.Optional;

/**
 * What an index's earnings imply at its level (docs/methods.md, "Earnings growth" and "Relative
 * valuation"): trailing and forward P/E, growth, PEG, forward earnings yield and the equity risk
 * premium (Fed model) against the 10-year Treasury yield. The one place these are computed.
 * Stateless; use {@link #DEFAULT}.
 *
 * <p>Every result is a {@link Figure}: undefined, with the reason, where the measure has no meaning
 * (a non-positive denominator, an undefined input). Raw numbers that are NaN or infinite are bad
 * arguments ({@link IllegalArgumentException}).
 */
public final class EarningsOutlookCalculator {
  /** The shared instance. */
  public static final EarningsOutlookCalculator DEFAULT = new EarningsOutlookCalculator();

  private EarningsOutlookCalculator() {}

  /**
   * Every measure at once.
   *
   * @param level index level or price, USD (points for an index)
   * @param trailingEps trailing twelve-month earnings in the same unit as {@code level}
   * @param forward next-twelve-month earnings and how they were made, if known
   * @param otherGrowth growth to use when trailing and forward earnings are not both known (a
   *     published figure, or undefined with the reason), decimal
   * @param tenYearYield the 10-year Treasury yield, decimal, or undefined with the reason
   */
  public EarningsMultiples multiples(
      Figure level,
      Figure trailingEps,
      Optional<NtmEarnings> forward,
      Figure otherGrowth,
      Figure tenYearYield) {
    Figure forwardEps =
        forward.map(f -> Figure.of(f.value())).orElse(Figure.undefined("no forward earnings"));
    Figure trailingPe =
        both(level, trailingEps)
            ? priceEarnings(level.getAsDouble(), trailingEps.getAsDouble())
            : Figure.undefined(missing(level, trailingEps));
    Figure forwardPe =
        both(level, forwardEps)
            ? priceEarnings(level.getAsDouble(), forwardEps.getAsDouble())
            : Figure.undefined(missing(level, forwardEps));
    Figure yield =
        both(level, forwardEps)
            ? earningsYield(forwardEps.getAsDouble(), level.getAsDouble())
            : Figure.undefined(missing(level, forwardEps));
    Figure growth =
        both(trailingEps, forwardEps)
            ? EarningsGrowthCalculator.DEFAULT.growth(
                forwardEps.getAsDouble(), trailingEps.getAsDouble())
            : otherGrowth;
    Figure erp =
        tenYearYield.isDefined()
            ? equityRiskPremium(yield, tenYearYield.getAsDouble())
            : Figure.undefined(tenYearYield.undefinedReason().orElseThrow());
    return new EarningsMultiples(trailingPe, forwardPe, growth, peg(forwardPe, growth), yield, erp);
  }

  /**
   * Price / earnings, multiple (x); undefined when {@code earnings <= 0}.
   *
   * @param price index level or price, USD (per share or aggregate)
   * @param earnings earnings in the same unit, a year
   */
  public Figure priceEarnings(double price, double earnings) {
    Finite.require("price", price);
    Finite.require("earnings", earnings);
    return Figure.ratio(price, earnings, "P/E needs positive earnings: " + earnings);
  }

  /**
   * PEG = P/E / (growth × 100), multiple (x) per percentage point of growth; undefined when the P/E
   * is undefined or {@code <= 0}, or growth is undefined or {@code <= 0}.
   *
   * @param priceEarnings P/E, multiple (x), usually forward
   * @param growth expected annual earnings growth, decimal (0.212 = 21.2%)
   */
  public Figure peg(Figure priceEarnings, Figure growth) {
    Objects.requireNonNull(priceEarnings, "priceEarnings");
    Objects.requireNonNull(growth, "growth");
    if (!priceEarnings.isDefined()) {
      return Figure.undefined("P/E undefined: " + priceEarnings.undefinedReason().get());
    }
    if (!growth.isDefined()) {
      return Figure.undefined("growth undefined: " + growth.undefinedReason().get());
    }
    if (!(priceEarnings.getAsDouble() > 0)) {
      return Figure.undefined("PEG needs a positive P/E: " + priceEarnings.getAsDouble());
    }
    return Figure.ratio(
        priceEarnings.getAsDouble(),
        growth.getAsDouble() * 100,
        "PEG needs positive growth: " + growth.getAsDouble());
  }

  /**
   * Earnings yield E / P, decimal (0.043 = 4.3%); negative for negative earnings; undefined when
   * {@code price <= 0}.
   *
   * @param earnings earnings a year, USD (per share or aggregate)
   * @param price price in the same unit
   */
  public Figure earningsYield(double earnings, double price) {
    Finite.require("earnings", earnings);
    Finite.require("price", price);
    return Figure.ratio(earnings, price, "earnings yield needs a positive price: " + price);
  }

  /**
   * Earnings yield from a P/E: {@code 1 / P/E}, decimal; undefined when the P/E is undefined or
   * {@code <= 0}.
   */
  public Figure earningsYield(Figure priceEarnings) {
    Objects.requireNonNull(priceEarnings, "priceEarnings");
    if (!priceEarnings.isDefined()) {
      return Figure.undefined("P/E undefined: " + priceEarnings.undefinedReason().get());
    }
    return Figure.ratio(
        1, priceEarnings.getAsDouble(), "P/E not positive: " + priceEarnings.getAsDouble());
  }

  /**
   * Equity risk premium (Fed model): earnings yield − 10-year Treasury yield, decimal (0.004 = 40
   * bp); undefined when the earnings yield is.
   *
   * @param earningsYield forward earnings yield, decimal
   * @param tenYearYield 10-year Treasury yield, decimal (0.0425 = 4.25%); a value of 1 or more in
   *     absolute terms is taken for a percentage passed by mistake and rejected
   */
  public Figure equityRiskPremium(Figure earningsYield, double tenYearYield) {
    Objects.requireNonNull(earningsYield, "earningsYield");
    Finite.require("tenYearYield", tenYearYield);
    if (Math.abs(tenYearYield) >= 1) {
      throw new IllegalArgumentException(
          "tenYearYield must be a decimal rate (0.0425 = 4.25%): " + tenYearYield);
    }
    if (!earningsYield.isDefined()) {
      return Figure.undefined("earnings yield undefined: " + earningsYield.undefinedReason().get());
    }
    return Figure.of(earningsYield.getAsDouble() - tenYearYield);
  }

  private static boolean both(Figure a, Figure b) {
    return a.isDefined() && b.isDefined();
  }

  private static String missing(Figure a, Figure b) {
    return (a.isDefined() ? b : a).undefinedReason().orElse("missing input");
  }
}
