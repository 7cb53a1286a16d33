package io.capshift.application.port.in;

/** Valuation of one index or fund at a date. */
public interface GetIndexValuationUseCase {

  /**
   * @throws io.capshift.domain.error.NotFoundException if no snapshot of the id exists on or
   *     before the date
   */
  IndexValuationResult getIndexValuation(GetIndexValuationQuery query);
}
