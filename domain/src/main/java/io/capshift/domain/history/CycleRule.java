package io.capshift.domain.history;

import java.time.LocalDate;
import java.util.Locale;

/** How the first cut of an easing cycle is told from the policy-rate history. */
public enum CycleRule {
  /**
   * The default: a cut after a hike of at least 25 bp, or after the quiet months without a cut.
   * Moves under 25 bp are ignored, neither hike nor cut: the target series before 2008 moves in
   * sixteenths and eighths of a point, and a one-sixteenth uptick is not a tightening.
   */
  HIKE_OR_QUIET,
  /** {@link #HIKE_OR_QUIET}, counting only the cycles that start in 1989 or later. */
  SINCE_1989,
  /** Every cut after any rise of the rate, however small, or after the quiet months. */
  EVERY_FIRST_CUT;

  /** The first day of the cycles {@link #SINCE_1989} counts. */
  static final LocalDate Y1989 = LocalDate.of(1989, 1, 1);

  /** The smallest move {@link #HIKE_OR_QUIET} counts, decimal: 25 bp. */
  static final double MIN_MOVE = 0.0025;

  /** The rule's short name, as the command line and answers spell it: {@code hike-or-quiet}. */
  public String label() {
    return name().toLowerCase(Locale.US).replace('_', '-');
  }

  /**
   * The rule a {@link #label()} names, any case.
   *
   * @throws IllegalArgumentException naming the labels when none matches
   */
  public static CycleRule ofLabel(String label) {
    for (CycleRule r : values()) {
      if (r.label().equalsIgnoreCase(label.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "must be hike-or-quiet, since-1989 or every-first-cut, got '" + label + "'");
  }

  /** Words for the rule, as an answer prints them. */
  public String describe(int quietMonths) {
    return switch (this) {
      case HIKE_OR_QUIET ->
          "a cut after a hike of at least 25 bp or after "
              + quietMonths
              + " months without a cut; a move under 25 bp is neither";
      case SINCE_1989 ->
          "the same as hike-or-quiet, cycles from 1989 on (a cut after a hike of at least 25 bp or"
              + " after "
              + quietMonths
              + " months without a cut)";
      case EVERY_FIRST_CUT ->
          "a cut after any rise of the rate, however small, or after "
              + quietMonths
              + " months without a cut";
    };
  }
}
