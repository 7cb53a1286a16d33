package io.capshift.domain.signal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One reason in the rotation signal. Positive z-scores favour small caps.
 *
 * @param name e.g. "relative momentum"
 * @param raw the measure before standardising, in {@code unit}; empty when left out
 * @param unit the raw measure's unit
 * @param zScore the measure against its own history up to the date, sign set so that positive
 *     favours small caps; empty when left out
 * @param weight the weight asked for
 * @param contribution weight × z over the weights used; 0 when left out
 * @param source the data it came from and how
 * @param lastObservation the date of the last observation it read, if it read any
 * @param leftOut why it is left out, if it is
 */
public record SignalComponent(
    String name,
    OptionalDouble raw,
    String unit,
    OptionalDouble zScore,
    double weight,
    double contribution,
    String source,
    Optional<LocalDate> lastObservation,
    Optional<String> leftOut) {
  public SignalComponent {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(zScore, "zScore");
    Objects.requireNonNull(lastObservation, "lastObservation");
    Objects.requireNonNull(leftOut, "leftOut");
  }
}
