package io.capshift.application.port.in;

/** A fund's look-through and facts at a date. */
public interface GetFundProfileUseCase {
  /**
   * @throws io.capshift.domain.error.NotFoundException if neither holdings nor facts of the fund
   *     are stored
   */
  FundProfile getFundProfile(GetFundProfileQuery query);
}
