package io.capshift.application.port.in;

import io.capshift.domain.rates.RateSensitivity;

/** How a policy-rate change moves an index's earnings through its floating-rate debt. */
public interface GetRateSensitivityUseCase {

  /**
   * @throws io.capshift.domain.error.InvalidInputException if an assumption has no default for the
   *     index and was not given, or is out of range
   */
  RateSensitivity getRateSensitivity(GetRateSensitivityQuery query);
}
