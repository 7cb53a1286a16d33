package io.capshift.domain.earnings;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One constituent's trailing and forward earnings, for index earnings growth.
 *
 * @param symbol ticker or other identifier; not blank
 * @param value market capitalisation (or position value), USD; finite and not negative; used for
 *     the coverage weight
 * @param trailing trailing (LTM) earnings attributable to {@code value}, USD a year; may be
 *     negative
 * @param forward forward (NTM consensus) earnings attributable to {@code value}, USD a year; may be
 *     negative
 */
public record ConstituentEarnings(
    String symbol, double value, OptionalDouble trailing, OptionalDouble forward) {
  public ConstituentEarnings {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          "value must be finite and >= 0 for " + symbol + ": " + value);
    }
    requireFinite("trailing", symbol, trailing);
    requireFinite("forward", symbol, forward);
  }

  private static void requireFinite(String field, String symbol, OptionalDouble v) {
    Objects.requireNonNull(v, field);
    if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
      throw new IllegalArgumentException(
          field + " must be finite for " + symbol + ": " + v.getAsDouble());
    }
  }
}
