package io.capshift.domain.flows;

import io.capshift.domain.history.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Flows from a fund's shares outstanding: {@code flow_t = (shares_t − shares_{t−1}) × NAV_t}, or ×
 * price where no NAV is near. Creations and redemptions happen at NAV, so NAV is the right price; a
 * market price differs from it by the premium or discount.
 *
 * <p>Flows are counted on the business days of the fund's own data: weekdays whose NAV, where one
 * is observed, differs from the NAV observed before (a day whose NAV repeats the one before, such
 * as a scrape early on a Monday, read the same business day twice). A run of at least {@link
 * #FLAT_RUN_DAYS} such days with unchanged shares outstanding is a publisher not updating them: its
 * flows are unknown, left out and reported as a {@link FlatRun}, not read as zero. Stateless; use
 * {@link #DEFAULT}.
 */
public final class FlowCalculator {
  /** The shared instance. */
  public static final FlowCalculator DEFAULT = new FlowCalculator();

  /** A NAV or price at most this many days before a shares date values that day's change. */
  public static final int MAX_PRICE_AGE_DAYS = 7;

  /**
   * Business days of unchanged shares outstanding that mark missing updates: a week. A fund as
   * traded as IWM creates or redeems shares most days.
   */
  public static final int FLAT_RUN_DAYS = 5;

  private FlowCalculator() {}

  /**
   * Flows between consecutive share counts on business days, how many could not be priced, how many
   * observations repeated a business day, and the runs of missing updates.
   */
  public record Result(
      List<FlowPoint> flows, int unpriced, int repeatedDays, List<FlatRun> flatRuns) {
    public Result {
      flows = List.copyOf(flows);
      flatRuns = List.copyOf(flatRuns);
    }
  }

  /**
   * Daily flows: on the business days of the fund's data, with runs of missing updates left out.
   *
   * @param shares shares outstanding, count, observed daily
   * @param nav NAV per share, USD
   * @param price market price per share, USD, used where no NAV is within {@link
   *     #MAX_PRICE_AGE_DAYS}
   */
  public Result fromShares(
      TimeSeries shares, Optional<TimeSeries> nav, Optional<TimeSeries> price) {
    return flows(
        shares, businessDays(shares, nav), nav, price, FlowPoint.Basis.SHARES_X_PRICE, true);
  }

  /**
   * Flows between every two consecutive share counts, such as those of a fund's holdings files,
   * which are dated by their publisher and months apart.
   *
   * @param fallback per-share value used where no NAV is near, USD
   * @param fallbackBasis how flows priced by {@code fallback} are labelled
   */
  public Result betweenObservations(
      TimeSeries shares,
      Optional<TimeSeries> nav,
      Optional<TimeSeries> fallback,
      FlowPoint.Basis fallbackBasis) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      all.add(i);
    }
    return flows(shares, all, nav, fallback, fallbackBasis, false);
  }

  private Result flows(
      TimeSeries shares,
      List<Integer> days,
      Optional<TimeSeries> nav,
      Optional<TimeSeries> fallback,
      FlowPoint.Basis fallbackBasis,
      boolean flagFlatRuns) {
    int repeated = shares.size() - days.size();
    List<FlowPoint> out = new ArrayList<>();
    List<FlatRun> flat = new ArrayList<>();
    int unpriced = 0;
    int k = 1;
    while (k < days.size()) {
      int i = days.get(k);
      int prev = days.get(k - 1);
      // a run of unchanged counts from day k on
      int end = k;
      while (end < days.size() && shares.value(days.get(end)) == shares.value(prev)) {
        end++;
      }
      if (flagFlatRuns && end - k >= FLAT_RUN_DAYS) {
        flat.add(new FlatRun(shares.date(i), shares.date(days.get(end - 1)), end - k));
        k = end;
        continue;
      }
      double change = shares.value(i) - shares.value(prev);
      OptionalDouble byNav = valueNear(nav, shares, i);
      OptionalDouble byPrice = valueNear(fallback, shares, i);
      if (byNav.isPresent()) {
        out.add(
            new FlowPoint(
                shares.date(i), change * byNav.getAsDouble(), FlowPoint.Basis.SHARES_X_NAV));
      } else if (byPrice.isPresent()) {
        out.add(new FlowPoint(shares.date(i), change * byPrice.getAsDouble(), fallbackBasis));
      } else {
        unpriced++;
      }
      k++;
    }
    return new Result(out, unpriced, repeated, flat);
  }

  /**
   * The indexes of the shares observations that fall on business days of the fund's data: weekdays,
   * less the days whose NAV repeats the NAV observed before it (a scrape that read the same day's
   * figures again).
   */
  private static List<Integer> businessDays(TimeSeries shares, Optional<TimeSeries> nav) {
    java.util.Set<java.time.LocalDate> repeats = new java.util.HashSet<>();
    nav.ifPresent(
        n -> {
          for (int j = 1; j < n.size(); j++) {
            if (n.value(j) == n.value(j - 1)) {
              repeats.add(n.date(j));
            }
          }
        });
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      java.time.LocalDate d = shares.date(i);
      if (d.getDayOfWeek().getValue() <= 5 && !repeats.contains(d)) {
        out.add(i);
      }
    }
    return out;
  }

  private static OptionalDouble valueNear(Optional<TimeSeries> series, TimeSeries shares, int i) {
    if (series.isEmpty()) {
      return OptionalDouble.empty();
    }
    OptionalInt j = series.get().indexWithin(shares.date(i), MAX_PRICE_AGE_DAYS);
    return j.isPresent()
        ? OptionalDouble.of(series.get().value(j.getAsInt()))
        : OptionalDouble.empty();
  }
}
