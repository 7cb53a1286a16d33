package io.capshift.application.port.in;

import java.util.Optional;

/** Valuation of one index or fund at a date. */
public interface GetIndexValuationUseCase {

  /**
   * @throws io.capshift.domain.error.NotFoundException if no snapshot of the id exists on or before
   *     the date
   */
  IndexValuationResult getIndexValuation(GetIndexValuationQuery query);

  /**
   * The answer {@link #getIndexValuation} would give, if it is already computed for the store's
   * current data version; empty otherwise. Reads nothing and computes nothing, so a caller on a
   * thread that must not block (a network event loop) can answer at once and hand only misses on.
   */
  default Optional<IndexValuationResult> cachedIndexValuation(GetIndexValuationQuery query) {
    return Optional.empty();
  }

  /**
   * The answer {@link #getIndexValuation} would give, if it can be had in microseconds: cached, or
   * computed from a snapshot already in memory that has its own earnings (no look-through to join)
   * and at most {@code maxNames} names; empty otherwise. Reads and decodes no dataset (the store
   * may still look at its manifest, as every call does), so a network thread can answer small
   * valuations itself, where handing them to a worker costs more than the valuation.
   */
  default Optional<IndexValuationResult> readyIndexValuation(
      GetIndexValuationQuery query, int maxNames) {
    return cachedIndexValuation(query);
  }
}
