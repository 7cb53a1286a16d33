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
}
