package io.capshift.application.port.in;

import io.capshift.domain.common.Staleness;
import io.capshift.domain.signal.RotationSignal;
import java.time.LocalDate;
import java.util.Objects;

/** The rotation call at a date, every component with its data. */
public interface GetRotationSignalUseCase {
  /**
   * @param asOf the date; only data known by then is used
   * @param smallId small-cap monthly returns or prices for momentum, e.g. ff-size:vw_lo20
   * @param largeId the large-cap counterpart
   * @param smallFund fund whose facts give flows and the small side's P/E, e.g. IWM; {@link
   *     #CHOSEN} (empty) for the fund the fund choice ranks first at the date
   * @param largeFund fund whose facts give the large side's P/E, e.g. SPY
   * @param weights weight of each component by name ({@link #COMPONENTS}); a component not named
   *     weighs {@link #DEFAULT_WEIGHT}
   * @param staleness how old each component's data may be at {@code asOf}
   */
  record Query(
      LocalDate asOf,
      String smallId,
      String largeId,
      String smallFund,
      String largeFund,
      java.util.Map<String, Double> weights,
      Staleness staleness) {
    /** The components' names, as weights are given. */
    public static final java.util.List<String> COMPONENTS =
        java.util.Arrays.stream(io.capshift.domain.signal.ComponentKind.values())
            .map(io.capshift.domain.signal.ComponentKind::key)
            .toList();

    /**
     * The small-cap fund whose flows and P/E the signal reads when none is named and the fund
     * choice ranks no small-cap fund (and in backtests, which do not choose month by month).
     */
    public static final String DEFAULT_SMALL_FUND = "IWM";

    /** The small fund "chosen": the one {@link ChooseFundUseCase} ranks first at the date. */
    public static final String CHOSEN = "";

    /** The large-cap fund whose P/E the signal reads unless another is named. */
    public static final String DEFAULT_LARGE_FUND = "SPY";

    /** Equal weights: no component has earned more trust than another in the record. */
    public static final double DEFAULT_WEIGHT = 1.0;

    /** Equal weights, the default staleness limits. */
    public Query(
        LocalDate asOf, String smallId, String largeId, String smallFund, String largeFund) {
      this(asOf, smallId, largeId, smallFund, largeFund, java.util.Map.of());
    }

    /** The default staleness limits. */
    public Query(
        LocalDate asOf,
        String smallId,
        String largeId,
        String smallFund,
        String largeFund,
        java.util.Map<String, Double> weights) {
      this(asOf, smallId, largeId, smallFund, largeFund, weights, Staleness.DEFAULT);
    }

    /** The default series and funds, equal weights. */
    public static Query at(LocalDate asOf) {
      return new Query(
          asOf,
          RunEventStudyUseCase.DEFAULT_SMALL,
          RunEventStudyUseCase.DEFAULT_LARGE,
          CHOSEN,
          DEFAULT_LARGE_FUND);
    }

    public Query {
      weights = java.util.Map.copyOf(weights);
      for (var e : weights.entrySet()) {
        if (!COMPONENTS.contains(e.getKey()) || !(e.getValue() >= 0 && e.getValue() <= 100)) {
          throw io.capshift.domain.error.InvalidInputException.of(
              "weights",
              "a weight is one of "
                  + COMPONENTS
                  + " = a number in [0, 100], got "
                  + e.getKey()
                  + "="
                  + e.getValue());
        }
      }
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(smallId, "smallId");
      Objects.requireNonNull(largeId, "largeId");
      Objects.requireNonNull(smallFund, "smallFund");
      Objects.requireNonNull(largeFund, "largeFund");
      Objects.requireNonNull(staleness, "staleness");
      RunEventStudyUseCase.requireSeriesPair(smallId, largeId);
    }
  }

  RotationSignal getRotationSignal(Query query);

  /** The weight of {@code component} in {@code q}. */
  static double weight(Query q, String component) {
    return q.weights().getOrDefault(component, Query.DEFAULT_WEIGHT);
  }
}
