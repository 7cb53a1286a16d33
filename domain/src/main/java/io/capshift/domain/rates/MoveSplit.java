package io.capshift.domain.rates;

/**
 * One meeting's expected change split between the two nearest whole numbers of 25 bp steps.
 *
 * <p>With {@code x = (end − start) / 0.0025} the expected change in steps, the outcomes are {@code
 * lower = ⌊x⌋} with probability {@code 1 − (x − ⌊x⌋)} and {@code upper = lower + 1} with
 * probability {@code x − ⌊x⌋}. This is CME's rule "k = trunc(x) with probability 1 − |x − k|, one
 * step further with |x − k|" written with the floor, and its mean is exactly {@code x}. Both
 * probabilities always lie in [0, 1]: an expected change beyond one step moves the pair rather than
 * pushing a probability past 1, so finm32900's single-step "clipped" probability equals {@link
 * #probabilityOfMove()} here. Steps are signed: negative = cuts.
 *
 * @param expectedSteps {@code x}, expected change in 25 bp steps (−0.95 = 95% of one cut)
 * @param lowerSteps {@code ⌊x⌋}
 * @param lowerProbability probability of {@code lowerSteps}
 * @param upperSteps {@code ⌊x⌋ + 1}
 * @param upperProbability probability of {@code upperSteps}, {@code x − ⌊x⌋}
 */
public record MoveSplit(
    double expectedSteps,
    int lowerSteps,
    double lowerProbability,
    int upperSteps,
    double upperProbability) {

  /** One step of the target range: 25 bp as a decimal rate. */
  public static final double STEP = 0.0025;

  /** Expected steps this close to a whole number are taken as that number (floating noise). */
  private static final double SNAP = 1e-9;

  public MoveSplit {
    if (!Double.isFinite(expectedSteps)) {
      throw new IllegalArgumentException("expectedSteps must be finite: " + expectedSteps);
    }
    if (upperSteps != lowerSteps + 1) {
      throw new IllegalArgumentException(
          "upperSteps must be lowerSteps + 1: " + lowerSteps + ", " + upperSteps);
    }
  }

  /**
   * The split of a move from {@code startRate} to {@code endRate}.
   *
   * @param startRate rate before the meeting, decimal (0.0433 = 4.33%)
   * @param endRate expected rate after it, decimal
   */
  public static MoveSplit between(double startRate, double endRate) {
    return ofSteps((endRate - startRate) / STEP);
  }

  /** The split of an expected change of {@code expectedSteps} 25 bp steps. */
  public static MoveSplit ofSteps(double expectedSteps) {
    double x = expectedSteps;
    if (Math.abs(x - Math.rint(x)) < SNAP) {
      x = Math.rint(x);
    }
    double floor = Math.floor(x);
    double upper = x - floor;
    return new MoveSplit(x, (int) floor, 1 - upper, (int) floor + 1, upper);
  }

  /** Probability of exactly {@code steps} steps (negative = cuts). */
  public double probabilityOf(int steps) {
    return (steps == lowerSteps ? lowerProbability : 0)
        + (steps == upperSteps ? upperProbability : 0);
  }

  /** Probability of any change at this meeting. */
  public double probabilityOfMove() {
    return 1 - probabilityOf(0);
  }

  /** Probability of a cut (any size) at this meeting. */
  public double probabilityOfCut() {
    return (lowerSteps < 0 ? lowerProbability : 0) + (upperSteps < 0 ? upperProbability : 0);
  }

  /** Probability of a hike (any size) at this meeting. */
  public double probabilityOfHike() {
    return (lowerSteps > 0 ? lowerProbability : 0) + (upperSteps > 0 ? upperProbability : 0);
  }
}
