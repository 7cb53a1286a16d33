package io.capshift.application.port.in;

import io.capshift.domain.common.Figure;
import io.capshift.domain.funds.HoldingsValuation;
import io.capshift.domain.funds.LookThrough;
import io.capshift.domain.funds.Turnover;
import io.capshift.domain.valuation.IndexValuation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fund's holdings snapshot says.
 *
 * @param datasetId the snapshot used
 * @param asOf its date
 * @param gapDays days from {@code asOf} to the date asked (0 when none was asked)
 * @param valuation every index figure over the holdings (negative earners included in the P/E)
 * @param fundSitePe the fund sites' P/E convention: value-weighted harmonic mean of the holdings'
 *     P/E, negative earners left out, each P/E capped at 60
 * @param lookThrough sectors, unprofitable holdings
 * @param turnover one-way turnover since the fund's previous stored snapshot, if there is one
 * @param undated true when the holdings file gave no date: {@code asOf} is the import day and
 *     {@code gapDays} says nothing of the holdings' age
 * @param fundamentals the holdings joined to the company fundamentals known at the date; when it
 *     matched any, {@code valuation} and {@code fundSitePe} come from it
 * @param notes why there is no look-through, where there is none
 */
public record FundHoldings(
    String datasetId,
    LocalDate asOf,
    long gapDays,
    IndexValuation valuation,
    Figure fundSitePe,
    LookThrough lookThrough,
    Optional<Turnover> turnover,
    boolean undated,
    Optional<HoldingsValuation> fundamentals,
    List<String> notes) {

  /** Without a look-through. */
  public FundHoldings(
      String datasetId,
      LocalDate asOf,
      long gapDays,
      IndexValuation valuation,
      Figure fundSitePe,
      LookThrough lookThrough,
      Optional<Turnover> turnover,
      boolean undated) {
    this(
        datasetId,
        asOf,
        gapDays,
        valuation,
        fundSitePe,
        lookThrough,
        turnover,
        undated,
        Optional.empty(),
        List.of());
  }

  public FundHoldings {
    Objects.requireNonNull(turnover, "turnover");
    Objects.requireNonNull(fundamentals, "fundamentals");
    notes = List.copyOf(notes);
  }
}
