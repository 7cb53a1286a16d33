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
 */
public record RotationSignal(
    LocalDate asOf,
    List<SignalComponent> components,
    double score,
    Stance stance,
    double threshold) {

  /** The call. */
  public enum Stance {
    OVERWEIGHT_SMALL,
    NEUTRAL,
    UNDERWEIGHT_SMALL
  }

  public RotationSignal {
    components = List.copyOf(components);
  }
}
