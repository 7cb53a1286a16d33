package io.capshift.application.port.in;

/** FedWatch-method rate expectations from a stored futures strip. */
public interface GetRateExpectationsUseCase {

  /**
   * @throws io.capshift.domain.error.NotFoundException if no strip, calendar or target range is
   *     stored for the date
   * @throws io.capshift.domain.error.FailedPreconditionException if the strip cannot be solved (a
   *     missing contract month, two decisions in one month)
   */
  RateExpectations getRateExpectations(GetRateExpectationsQuery query);
}
