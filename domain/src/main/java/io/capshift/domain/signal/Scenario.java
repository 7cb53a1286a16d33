package io.capshift.domain.signal;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What-if inputs for small and large caps over a horizon. Rates, growth and yields are decimals
 * (0.212 = 21.2%); P/Es are multiples.
 *
 * @param name for people, e.g. "thesis-2026"
 * @param horizonYears the horizon, years, in (0, 30]
 * @param rateMovesBps the policy-rate moves within the horizon, basis points, negative = cuts
 * @param small small caps' inputs
 * @param large large caps' inputs
 * @param targetRelative small P/E over large P/E at the horizon, if set (sets small's target P/E
 *     from large's target, or from large's current P/E)
 * @param sources where the figures come from, for people
 */
public record Scenario(
    String name,
    double horizonYears,
    List<Double> rateMovesBps,
    Side small,
    Side large,
    OptionalDouble targetRelative,
    String sources) {

  /**
   * One side's inputs.
   *
   * @param label e.g. "small caps (Russell 2000 / IWM)"
   * @param pe the P/E today, multiple
   * @param targetPe the P/E at the horizon, if it changes
   * @param earningsGrowth annual earnings growth, decimal
   * @param dividendYield dividend yield, decimal
   * @param earningsPer25bpCut change in earnings from one 25 bp cut, decimal (0.02 = +2%); empty
   *     when no rate sensitivity is modelled for this side
   * @param rateSource where the rate sensitivity comes from, or why there is none
   */
  public record Side(
      String label,
      double pe,
      OptionalDouble targetPe,
      double earningsGrowth,
      double dividendYield,
      OptionalDouble earningsPer25bpCut,
      String rateSource) {
    public Side {
      Objects.requireNonNull(targetPe, "targetPe");
      Objects.requireNonNull(earningsPer25bpCut, "earningsPer25bpCut");
      if (!(pe > 0 && pe < 1_000)
          || !(earningsGrowth > -1 && earningsGrowth < 10)
          || !(dividendYield >= 0 && dividendYield < 1)
          || targetPe.isPresent()
              && !(targetPe.getAsDouble() > 0 && targetPe.getAsDouble() < 1_000)) {
        throw new IllegalArgumentException(
            label
                + ": P/E in (0, 1000), growth in (-1, 10),"
                + " dividend yield in [0, 1): "
                + pe
                + ", "
                + earningsGrowth
                + ", "
                + dividendYield
                + ", target "
                + targetPe);
      }
    }
  }

  public Scenario {
    rateMovesBps = List.copyOf(rateMovesBps);
    Objects.requireNonNull(targetRelative, "targetRelative");
    if (!(horizonYears > 0 && horizonYears <= 30)) {
      throw new IllegalArgumentException("horizonYears must be in (0, 30]: " + horizonYears);
    }
    if (rateMovesBps.stream().anyMatch(b -> !(Math.abs(b) <= 500))) {
      throw new IllegalArgumentException("each rate move must be within ±500 bp: " + rateMovesBps);
    }
  }

  /** The same scenario with other rate moves. */
  public Scenario withRateMoves(String newName, List<Double> moves) {
    return new Scenario(newName, horizonYears, moves, small, large, targetRelative, sources);
  }
}
