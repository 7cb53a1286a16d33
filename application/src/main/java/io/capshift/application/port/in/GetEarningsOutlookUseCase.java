package io.capshift.application.port.in;

/** Trailing and forward earnings, growth, PEG and the equity risk premium of an index. */
public interface GetEarningsOutlookUseCase {

  /**
   * @throws io.capshift.domain.error.NotFoundException if the index has no earnings data
   */
  EarningsOutlook getEarningsOutlook(GetEarningsOutlookQuery query);
}
