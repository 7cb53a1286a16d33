package io.capshift.domain.valuation;

import io.capshift.domain.common.Figure;
import io.capshift.domain.history.DerivedSeries;
import io.capshift.domain.history.HistoryStatistics;
import io.capshift.domain.history.HistoryStatisticsCalculator;
import io.capshift.domain.history.SeriesMath;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.history.Window;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes {@link RelativeValuation}: small-cap P/E over large-cap P/E at a date, the discount,
 * and, given a history of both P/Es, the ratio's own history statistics and the implied annual
 * re-rating if it returns to its mean (docs/methods.md, "Relative valuation"). Stateless; use
 * {@link #DEFAULT}.
 *
 * <p>The ratio history is the two P/E series on their common dates (matched exactly; align monthly
 * series with {@link SeriesMath#alignMonthly} first), leaving out dates where either P/E is {@code
 * <= 0}. Its statistics use only observations up to the as-of date. The re-rating uses today's
 * ratio (from the two given P/Es) against the history's mean; the history's own value at its last
 * date on or before the as-of date is in {@link HistoryStatistics#value()}.
 */
public final class RelativeValuationCalculator {
  /** The shared instance. */
  public static final RelativeValuationCalculator DEFAULT = new RelativeValuationCalculator();

  /** Unit of the ratio series. */
  public static final String RATIO_UNIT = "multiple (x), small-cap P/E / large-cap P/E";

  static final String NO_HISTORY_GIVEN = "no history of the two P/Es given";

  private RelativeValuationCalculator() {}

  /**
   * Ratio and discount at {@code asOf}, without history.
   *
   * @param smallPe small-cap P/E, multiple (x)
   * @param largePe large-cap P/E, multiple (x)
   */
  public RelativeValuation calculate(LocalDate asOf, Figure smallPe, Figure largePe) {
    Objects.requireNonNull(asOf, "asOf");
    Figure ratio = ratio(smallPe, largePe);
    return new RelativeValuation(
        asOf,
        smallPe,
        largePe,
        ratio,
        discount(ratio),
        Optional.empty(),
        Optional.of(NO_HISTORY_GIVEN));
  }

  /**
   * Ratio and discount at {@code asOf}, and the ratio against its history built from the two P/E
   * series. When the series have no common positive point on or before {@code asOf}, the result has
   * no history and says why; it does not fail.
   *
   * @param smallPeHistory the small-cap index's P/E series, multiple (x)
   * @param largePeHistory the large-cap index's P/E series, multiple (x), same dating convention
   * @param window full history or the last N years
   * @param horizonYears years over which the ratio returns to its mean, for the re-rating; the
   *     re-rating is undefined when it is {@code <= 0}
   * @throws IllegalArgumentException when {@code horizonYears} is NaN or infinite
   */
  public RelativeValuation calculate(
      LocalDate asOf,
      Figure smallPe,
      Figure largePe,
      TimeSeries smallPeHistory,
      TimeSeries largePeHistory,
      Window window,
      double horizonYears) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(window, "window");
    if (!Double.isFinite(horizonYears)) {
      throw new IllegalArgumentException("horizonYears must be finite: " + horizonYears);
    }
    Figure ratio = ratio(smallPe, largePe);
    DerivedSeries series = ratioSeries(smallPeHistory, largePeHistory);
    Optional<RelativeValuationHistory> history = Optional.empty();
    Optional<String> reason = Optional.empty();
    if (series.series().indexOnOrBefore(asOf).isPresent()) {
      history = Optional.of(history(series, asOf, window, horizonYears, ratio));
    } else {
      reason = Optional.of(noCommonHistory(smallPeHistory, largePeHistory, asOf));
    }
    return new RelativeValuation(asOf, smallPe, largePe, ratio, discount(ratio), history, reason);
  }

  /**
   * {@code smallPe / largePe}, multiple (x); undefined when either is undefined or {@code <= 0}.
   */
  public Figure ratio(Figure smallPe, Figure largePe) {
    Objects.requireNonNull(smallPe, "smallPe");
    Objects.requireNonNull(largePe, "largePe");
    Optional<String> problem =
        problem("small-cap", smallPe).or(() -> problem("large-cap", largePe));
    if (problem.isPresent()) {
      return Figure.undefined(problem.get());
    }
    return Figure.ratio(smallPe.getAsDouble(), largePe.getAsDouble(), "P/E ratio overflows");
  }

  /** {@code 1 − ratio}, decimal; undefined when the ratio is. */
  public Figure discount(Figure ratio) {
    Objects.requireNonNull(ratio, "ratio");
    return ratio.isDefined() ? Figure.of(1 - ratio.getAsDouble()) : ratio;
  }

  /**
   * The small/large P/E ratio series on common dates where both P/Es are positive; its id is {@code
   * "<small id>/<large id>"}, its unit {@link #RATIO_UNIT}.
   */
  public DerivedSeries ratioSeries(TimeSeries smallPeHistory, TimeSeries largePeHistory) {
    Objects.requireNonNull(smallPeHistory, "smallPeHistory");
    Objects.requireNonNull(largePeHistory, "largePeHistory");
    String id = smallPeHistory.id() + "/" + largePeHistory.id();
    return SeriesMath.DEFAULT.ratioOfPositives(id, RATIO_UNIT, smallPeHistory, largePeHistory);
  }

  private static RelativeValuationHistory history(
      DerivedSeries series, LocalDate asOf, Window window, double horizonYears, Figure ratio) {
    HistoryStatistics stats =
        HistoryStatisticsCalculator.DEFAULT.calculate(series.series(), asOf, window);
    Figure reRating =
        ratio.isDefined()
            ? HistoryStatisticsCalculator.impliedAnnualReRating(
                ratio.getAsDouble(), stats.mean(), horizonYears)
            : Figure.undefined("ratio undefined: " + ratio.undefinedReason().get());
    return new RelativeValuationHistory(stats, series.droppedPoints(), horizonYears, reRating);
  }

  private static Optional<String> problem(String which, Figure pe) {
    if (!pe.isDefined()) {
      return Optional.of(which + " P/E undefined: " + pe.undefinedReason().get());
    }
    return pe.getAsDouble() > 0
        ? Optional.empty()
        : Optional.of(which + " P/E not positive: " + pe.getAsDouble());
  }

  private static String noCommonHistory(TimeSeries small, TimeSeries large, LocalDate asOf) {
    return "series "
        + small.id()
        + " and "
        + large.id()
        + " have no common date with both P/Es positive on or before "
        + asOf;
  }
}
