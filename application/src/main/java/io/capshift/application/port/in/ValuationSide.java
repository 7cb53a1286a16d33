package io.capshift.application.port.in;

import io.capshift.domain.common.Figure;
import io.capshift.domain.funds.HoldingsValuation;
import io.capshift.domain.valuation.IndexValuation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One index's P/E in a comparison, and where it came from.
 *
 * @param id the index or fund id
 * @param input constituents or published metrics
 * @param asOf the date of the data used
 * @param priceEarnings the P/E used, multiple (x)
 * @param measure what that P/E is, e.g. "trailing aggregate P/E, INCLUDE" or "published
 *     ESTIMATED_PE (S&amp;P DJI, P/E on 2025E operating EPS)"
 * @param datasetIds the stored datasets used
 * @param valuation the full valuation when computed from constituents
 * @param lookThrough the holdings joined to company fundamentals, when the side has holdings and
 *     fundamentals are known at the date (its growth figure serves the growth gap even when the P/E
 *     comes from the side's own figures)
 */
public record ValuationSide(
    String id,
    InputKind input,
    LocalDate asOf,
    Figure priceEarnings,
    String measure,
    List<String> datasetIds,
    Optional<IndexValuation> valuation,
    Optional<HoldingsValuation> lookThrough) {

  /** A side without a look-through. */
  public ValuationSide(
      String id,
      InputKind input,
      LocalDate asOf,
      Figure priceEarnings,
      String measure,
      List<String> datasetIds,
      Optional<IndexValuation> valuation) {
    this(id, input, asOf, priceEarnings, measure, datasetIds, valuation, Optional.empty());
  }

  public ValuationSide {
    datasetIds = List.copyOf(datasetIds);
    java.util.Objects.requireNonNull(lookThrough, "lookThrough");
  }
}
