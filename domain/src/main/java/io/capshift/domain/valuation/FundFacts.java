package io.capshift.domain.valuation;

import java.util.OptionalDouble;

/**
 * Fund-level facts as the fund's own file states them, beside the holdings.
 *
 * @param sharesOutstanding fund shares outstanding, count
 * @param listedShare the share of the fund the listed holdings make up, decimal, where the file
 *     lists only part of it (a table of top holdings); empty when it lists every holding
 */
public record FundFacts(OptionalDouble sharesOutstanding, OptionalDouble listedShare) {
  /** No fund-level facts (an index, or a fund file without them). */
  public static final FundFacts NONE = new FundFacts(OptionalDouble.empty());

  /** A complete holdings list. */
  public FundFacts(OptionalDouble sharesOutstanding) {
    this(sharesOutstanding, OptionalDouble.empty());
  }

  public FundFacts {
    if (sharesOutstanding.isPresent()
        && !(Double.isFinite(sharesOutstanding.getAsDouble())
            && sharesOutstanding.getAsDouble() >= 0)) {
      throw new IllegalArgumentException(
          "sharesOutstanding must be finite and >= 0: " + sharesOutstanding.getAsDouble());
    }
    if (listedShare.isPresent()
        && !(listedShare.getAsDouble() >= 0 && listedShare.getAsDouble() <= 1.5)) {
      throw new IllegalArgumentException(
          "listedShare must lie in [0, 1.5]: " + listedShare.getAsDouble());
    }
  }
}
