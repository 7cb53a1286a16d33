package io.capshift.domain.signal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One component of the rotation signal before the components are combined.
 *
 * @param kind the component
 * @param raw the raw measure, in {@code unit}, if there is data
 * @param unit the raw measure's unit
 * @param zScore the raw measure against its own history (positive favours small caps), if there is
 *     enough history
 * @param weight the weight asked for, not negative
 * @param source where it came from
 * @param lastObservation the date of the last observation it read, if it read any
 * @param leftOut why it has no z-score, when it has none
 */
public record SignalInput(
    ComponentKind kind,
    OptionalDouble raw,
    String unit,
    OptionalDouble zScore,
    double weight,
    String source,
    Optional<LocalDate> lastObservation,
    String leftOut) {
  public SignalInput {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(zScore, "zScore");
    Objects.requireNonNull(lastObservation, "lastObservation");
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be finite and not negative: " + weight);
    }
  }

  /** The same component with another weight. */
  public SignalInput withWeight(double newWeight) {
    return new SignalInput(kind, raw, unit, zScore, newWeight, source, lastObservation, leftOut);
  }
}
