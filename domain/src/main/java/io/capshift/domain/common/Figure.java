package io.capshift.domain.common;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One computed number, or an explicit statement of why it is undefined. A defined figure is always
 * finite: NaN and infinity never leave the domain.
 *
 * <p>The unit is documented by the field that holds the figure (for example "decimal, 0.0425 =
 * 4.25%" or "multiple, x").
 */
public record Figure(OptionalDouble value, Optional<String> undefinedReason) {

  public Figure {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(undefinedReason, "undefinedReason");
    if (value.isPresent() == undefinedReason.isPresent()) {
      throw new IllegalArgumentException("a figure has either a value or a reason, not both");
    }
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException("figure must be finite: " + value.getAsDouble());
    }
  }

  /** A defined, finite figure. */
  public static Figure of(double value) {
    return new Figure(OptionalDouble.of(value), Optional.empty());
  }

  /** An undefined figure and the reason a reader should see, e.g. "sum of earnings <= 0". */
  public static Figure undefined(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("an undefined figure needs a reason");
    }
    return new Figure(OptionalDouble.empty(), Optional.of(reason));
  }

  /**
   * A figure from a ratio {@code numerator / denominator}, undefined with the reason when the
   * denominator is not positive or the result is not finite.
   */
  public static Figure ratio(double numerator, double denominator, String reasonIfUndefined) {
    if (!(denominator > 0)) {
      return undefined(reasonIfUndefined);
    }
    double r = numerator / denominator;
    return Double.isFinite(r) ? of(r) : undefined(reasonIfUndefined);
  }

  public boolean isDefined() {
    return value.isPresent();
  }

  /** The value; throws if undefined (callers check {@link #isDefined()} first). */
  public double getAsDouble() {
    return value.orElseThrow(
        () -> new IllegalStateException("figure is undefined: " + undefinedReason.orElse("")));
  }

  @Override
  public String toString() {
    return value.isPresent()
        ? Double.toString(value.getAsDouble())
        : "undefined (" + undefinedReason.get() + ")";
  }
}
