package io.capshift.application.port.in;

/** Relative valuation of a small-cap and a large-cap index. */
public interface CompareValuationsUseCase {

  /**
   * @throws io.capshift.domain.error.NotFoundException if either side has no data
   */
  ValuationComparison compareValuations(CompareValuationsQuery query);
}
