package io.capshift.domain.earnings;

import io.capshift.domain.common.Result;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Next-twelve-months (NTM) and trailing-twelve-months (TTM) earnings per index share from provider
 * estimates. Stateless; use {@link #DEFAULT}.
 *
 * <p>From calendar-year estimates, NTM is the time-weighted blend {@code w·CY1 + (1 − w)·CY2}, CY1
 * being the as-of date's year (docs/methods.md, "Index valuation", vectors TV-VAL3..5):
 *
 * <ul>
 *   <li>{@link BlendRule#FACTSET_CALENDAR_DAYS} (default): {@code w} = days remaining after the
 *       as-of date in its year / days in that year (2025-10-29: 63/365).
 *   <li>{@link BlendRule#YARDENI_WEEKS}: {@code w} = ⌊days remaining / 7⌋ / 52 (2023-11-30: 31
 *       days, 4/52).
 * </ul>
 *
 * <p>From quarterly estimates, NTM is the sum of the next four calendar quarters whose quarter end
 * is after the as-of date, and TTM the sum of the four ending on or before it. Quarters are
 * identified by calendar quarter end (31 Mar, 30 Jun, 30 Sep, 31 Dec), as index providers date
 * them. Any status (actual, partial, estimate) counts. When one of the four has no entry or no EPS
 * on the basis asked for, the sum is not guessed: the result is a failure that names the missing
 * quarter ends.
 */
public final class ForwardEarningsCalculator {
  /** The shared instance. */
  public static final ForwardEarningsCalculator DEFAULT = new ForwardEarningsCalculator();

  private static final int WEEKS_IN_YEAR = 52;

  private ForwardEarningsCalculator() {}

  /**
   * NTM earnings blended from the estimates for the as-of date's calendar year and the next.
   *
   * @param asOf the date earnings are forward from
   * @param cy1 estimate for {@code asOf}'s calendar year, USD per index share
   * @param cy2 estimate for the following calendar year, USD per index share
   * @param rule the weighting rule; named in the result's method and description
   * @return value in USD per index share, the weight {@code w} of CY1, and the inputs in words
   */
  public NtmEarnings fromCalendarYears(LocalDate asOf, double cy1, double cy2, BlendRule rule) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(rule, "rule");
    Finite.require("cy1", cy1);
    Finite.require("cy2", cy2);
    int remaining = asOf.lengthOfYear() - asOf.getDayOfYear();
    boolean days = rule == BlendRule.FACTSET_CALENDAR_DAYS;
    int numerator = days ? remaining : remaining / 7;
    int denominator = days ? asOf.lengthOfYear() : WEEKS_IN_YEAR;
    // (n·CY1 + (d − n)·CY2) / d, not w·CY1 + (1 − w)·CY2: fewer roundings, as done by hand
    double value = (numerator * cy1 + (denominator - numerator) * cy2) / denominator;
    String text = describe(asOf, rule, numerator, denominator, cy1, cy2, value);
    return new NtmEarnings(asOf, value, method(rule), (double) numerator / denominator, text);
  }

  /**
   * NTM earnings as the sum of the four calendar quarters after {@code asOf}: the first quarter end
   * strictly after it and the three following (at 2025-10-29: Q4 2025 to Q3 2026).
   *
   * @param quarters quarterly EPS, any order; entries outside the four are ignored
   * @param basis operating or as-reported EPS
   * @return value in USD per index share, method {@code NEXT_FOUR_QUARTERS}, weight 0; a failure
   *     naming them when any of the four has no entry or no EPS on {@code basis}
   * @throws IllegalArgumentException when {@code quarters} has two different entries for a date
   */
  public Result<NtmEarnings> fromQuarters(
      LocalDate asOf, List<QuarterlyEarnings> quarters, EpsBasis basis) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(quarters, "quarters");
    Objects.requireNonNull(basis, "basis");
    String what = "next four quarters after " + asOf;
    return QuarterSum.of(quarters, QuarterSum.quarterEndAfter(asOf), basis, what)
        .map(
            sum ->
                new NtmEarnings(
                    asOf,
                    sum.sum,
                    NtmEarnings.Method.NEXT_FOUR_QUARTERS,
                    0,
                    sum.describe(basis, what)));
  }

  /**
   * TTM earnings: the sum of the four calendar quarters ending on or before {@code asOf} (at
   * 2025-09-30: Q4 2024 to Q3 2025; at 2025-10-29 the same).
   *
   * @param quarters quarterly EPS, any order; entries outside the four are ignored
   * @param basis operating or as-reported EPS
   * @return value in USD per index share and the quarters used; a failure naming them when any of
   *     the four has no entry or no EPS on {@code basis}
   * @throws IllegalArgumentException when {@code quarters} has two different entries for a date
   */
  public Result<TrailingEarnings> trailingFourQuarters(
      LocalDate asOf, List<QuarterlyEarnings> quarters, EpsBasis basis) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(quarters, "quarters");
    Objects.requireNonNull(basis, "basis");
    LocalDate last = QuarterSum.quarterEndOnOrBefore(asOf);
    String what = "four quarters to " + last;
    return QuarterSum.of(quarters, QuarterSum.plusQuarters(last, -3), basis, what)
        .map(
            sum ->
                new TrailingEarnings(
                    asOf,
                    basis,
                    sum.sum,
                    sum.quarters,
                    sum.includesEstimates,
                    sum.describe(basis, what)));
  }

  private static NtmEarnings.Method method(BlendRule rule) {
    return rule == BlendRule.FACTSET_CALENDAR_DAYS
        ? NtmEarnings.Method.FACTSET_CALENDAR_DAYS
        : NtmEarnings.Method.YARDENI_WEEKS;
  }

  /** "FactSet calendar-day blend: 63/365 × CY2025 268.30 + 302/365 × CY2026 304.88 = 298.57". */
  private static String describe(
      LocalDate asOf, BlendRule rule, int num, int den, double cy1, double cy2, double value) {
    return String.format(
        Locale.US,
        "%s: %d/%d × CY%d %.2f + %d/%d × CY%d %.2f = %.2f",
        rule == BlendRule.FACTSET_CALENDAR_DAYS
            ? "FactSet calendar-day blend"
            : "Yardeni weekly blend",
        num,
        den,
        asOf.getYear(),
        cy1,
        den - num,
        den,
        asOf.getYear() + 1,
        cy2,
        value);
  }
}
