package io.capshift.domain.valuation;

import java.util.OptionalDouble;

/**
 * Fund-level facts as the fund's own file states them, beside the holdings.
 *
 * @param sharesOutstanding fund shares outstanding, count
 */
public record FundFacts(OptionalDouble sharesOutstanding) {
  /** No fund-level facts (an index, or a fund file without them). */
  public static final FundFacts NONE = new FundFacts(OptionalDouble.empty());

  public FundFacts {
    if (sharesOutstanding.isPresent()
        && !(Double.isFinite(sharesOutstanding.getAsDouble())
            && sharesOutstanding.getAsDouble() >= 0)) {
      throw new IllegalArgumentException(
          "sharesOutstanding must be finite and >= 0: " + sharesOutstanding.getAsDouble());
    }
  }
}
