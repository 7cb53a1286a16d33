package io.capshift.application.port.in;

import io.capshift.domain.common.Figure;
import io.capshift.domain.history.HistoryStatistics;
import java.util.List;
import java.util.Optional;

/**
 * Small against large.
 *
 * @param small the small side
 * @param large the large side
 * @param ratio small P/E / large P/E, multiple
 * @param discount 1 − ratio, decimal (0.30 = small trades 30% below large)
 * @param ratioHistory the ratio's statistics against its own history, where both sides have one
 * @param notes caveats a reader must see, e.g. the two sides use different measures
 * @param dataVersion the store's data version the answer reflects
 * @param growthGap small minus large earnings growth, forward over trailing, from each side's
 *     look-through (decimal); undefined with the reason where a side has none
 */
public record ValuationComparison(
    ValuationSide small,
    ValuationSide large,
    Figure ratio,
    Figure discount,
    Optional<HistoryStatistics> ratioHistory,
    List<String> notes,
    long dataVersion,
    Figure growthGap) {

  /** Without a growth gap. */
  public ValuationComparison(
      ValuationSide small,
      ValuationSide large,
      Figure ratio,
      Figure discount,
      Optional<HistoryStatistics> ratioHistory,
      List<String> notes,
      long dataVersion) {
    this(
        small,
        large,
        ratio,
        discount,
        ratioHistory,
        notes,
        dataVersion,
        Figure.undefined("no look-through on either side"));
  }

  public ValuationComparison {
    notes = List.copyOf(notes);
    java.util.Objects.requireNonNull(growthGap, "growthGap");
  }
}
