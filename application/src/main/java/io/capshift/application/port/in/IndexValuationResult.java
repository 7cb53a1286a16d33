package io.capshift.application.port.in;

import io.capshift.domain.funds.HoldingsValuation;
import io.capshift.domain.valuation.IndexValuation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A valuation with the inputs it came from.
 *
 * @param valuation the figures: from the look-through when the snapshot gives no earnings of its
 *     own and fundamentals are known, else from the snapshot
 * @param dataset the stored holdings or constituents
 * @param dataVersion the store's data version the answer reflects
 * @param at the date the answer is for: the date asked, else the snapshot's
 * @param lookThrough the holdings joined to company fundamentals known at {@code at}, when any are
 * @param notes what a reader must know: why there is no look-through, or that the snapshot's own
 *     figures were used
 */
public record IndexValuationResult(
    IndexValuation valuation,
    DatasetInfo dataset,
    long dataVersion,
    LocalDate at,
    Optional<HoldingsValuation> lookThrough,
    List<String> notes) {

  /** A valuation from the snapshot's own figures. */
  public IndexValuationResult(IndexValuation valuation, DatasetInfo dataset, long dataVersion) {
    this(valuation, dataset, dataVersion, valuation.asOf(), Optional.empty(), List.of());
  }

  public IndexValuationResult {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(lookThrough, "lookThrough");
    notes = List.copyOf(notes);
  }

  /** Whether the figures come from the look-through. */
  public boolean fromLookThrough() {
    return lookThrough.isPresent() && lookThrough.get().join().matched() > 0;
  }
}
