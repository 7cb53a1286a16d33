package io.capshift.application.port.in;

/** The small-minus-large earnings growth gap. */
public interface CompareEarningsGrowthUseCase {

  /**
   * @throws io.capshift.domain.error.NotFoundException if either side has no earnings data
   */
  GrowthComparison compareEarningsGrowth(CompareEarningsGrowthQuery query);
}
