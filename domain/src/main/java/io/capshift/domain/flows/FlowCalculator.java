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
 * market price differs from it by the premium or discount. Stateless; use {@link #DEFAULT}.
 */
public final class FlowCalculator {
  /** The shared instance. */
  public static final FlowCalculator DEFAULT = new FlowCalculator();

  /** A NAV or price at most this many days before a shares date values that day's change. */
  public static final int MAX_PRICE_AGE_DAYS = 7;

  private FlowCalculator() {}

  /** Flows between consecutive share counts, and how many could not be priced. */
  public record Result(List<FlowPoint> flows, int unpriced) {
    public Result {
      flows = List.copyOf(flows);
    }
  }

  /**
   * @param shares shares outstanding, count
   * @param nav NAV per share, USD
   * @param price market price per share, USD, used where no NAV is within {@link
   *     #MAX_PRICE_AGE_DAYS}
   */
  public Result fromShares(
      TimeSeries shares, Optional<TimeSeries> nav, Optional<TimeSeries> price) {
    return fromShares(shares, nav, price, FlowPoint.Basis.SHARES_X_PRICE);
  }

  /**
   * As {@link #fromShares(TimeSeries, Optional, Optional)}, with another stand-in for NAV.
   *
   * @param fallback per-share value used where no NAV is near, USD
   * @param fallbackBasis how flows priced by {@code fallback} are labelled
   */
  public Result fromShares(
      TimeSeries shares,
      Optional<TimeSeries> nav,
      Optional<TimeSeries> fallback,
      FlowPoint.Basis fallbackBasis) {
    Optional<TimeSeries> price = fallback;
    List<FlowPoint> out = new ArrayList<>();
    int unpriced = 0;
    for (int i = 1; i < shares.size(); i++) {
      double change = shares.value(i) - shares.value(i - 1);
      OptionalDouble byNav = valueNear(nav, shares, i);
      OptionalDouble byPrice = valueNear(price, shares, i);
      if (byNav.isPresent()) {
        out.add(
            new FlowPoint(
                shares.date(i), change * byNav.getAsDouble(), FlowPoint.Basis.SHARES_X_NAV));
      } else if (byPrice.isPresent()) {
        out.add(new FlowPoint(shares.date(i), change * byPrice.getAsDouble(), fallbackBasis));
      } else {
        unpriced++;
      }
    }
    return new Result(out, unpriced);
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
