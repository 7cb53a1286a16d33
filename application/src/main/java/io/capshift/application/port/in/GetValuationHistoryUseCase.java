package io.capshift.application.port.in;

/** Statistics of a valuation series (P/E, CAPE, ERP…) against its own history. */
public interface GetValuationHistoryUseCase {

  /**
   * @throws io.capshift.domain.error.NotFoundException if the series does not exist, or has no
   *     observation on or before the date (the message names the first available date)
   */
  ValuationHistory getValuationHistory(GetValuationHistoryQuery query);
}
