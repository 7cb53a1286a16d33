package io.capshift.domain.signal;

import java.time.LocalDate;
import java.util.List;

/**
 * The rotation call at a date.
 *
 * @param asOf the date; only data known by then is used
 * @param components every component, used or left out
 * @param score Σ weight × z over Σ weight of the components used, standard deviations
 * @param stance overweight small caps above the threshold, underweight below its negative, neutral
 *     between (or with no component)
 * @param threshold the threshold, standard deviations
 * @param fund the small-cap fund the signal reads and names for the rotation; empty when none is
 *     named
 * @param fundNote how that fund was picked: named by the caller, or ranked first by the fund choice
 *     at the date
 */
public record RotationSignal(
    LocalDate asOf,
    List<SignalComponent> components,
    double score,
    Stance stance,
    double threshold,
    String fund,
    String fundNote) {

  /** A signal that names no fund. */
  public RotationSignal(
      LocalDate asOf,
      List<SignalComponent> components,
      double score,
      Stance stance,
      double threshold) {
    this(asOf, components, score, stance, threshold, "", "");
  }

  /** The same call, naming {@code fund}. */
  public RotationSignal withFund(String fund, String note) {
    return new RotationSignal(asOf, components, score, stance, threshold, fund, note);
  }

  /** The call. */
  public enum Stance {
    OVERWEIGHT_SMALL,
    NEUTRAL,
    UNDERWEIGHT_SMALL
  }

  public RotationSignal {
    components = List.copyOf(components);
    fund = java.util.Objects.requireNonNullElse(fund, "");
    fundNote = java.util.Objects.requireNonNullElse(fundNote, "");
  }
}
