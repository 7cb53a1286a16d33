package io.capshift.adapter.grpc;

import io.capshift.api.v1.Figure;
import io.capshift.api.v1.InputKind;
import io.capshift.api.v1.StalenessLimits;
import io.capshift.domain.common.Staleness;
import io.capshift.domain.error.FieldViolation;
import java.util.List;

/** Maps the values several services share: figures, input kinds, raw doubles. */
final class CommonProtoMapper {
  private CommonProtoMapper() {}

  /** A figure: its value (finite, by the domain's contract) or why it is undefined. */
  static Figure figure(io.capshift.domain.common.Figure figure) {
    return figure.isDefined()
        ? Figure.newBuilder().setValue(decimal(figure.getAsDouble())).build()
        : Figure.newBuilder().setUndefinedReason(figure.undefinedReason().orElseThrow()).build();
  }

  static InputKind inputKind(io.capshift.application.port.in.InputKind kind) {
    return switch (kind) {
      case CONSTITUENTS -> InputKind.INPUT_KIND_CONSTITUENTS;
      case PUBLISHED_METRICS -> InputKind.INPUT_KIND_PUBLISHED_METRICS;
      case QUARTERLY_EPS -> InputKind.INPUT_KIND_QUARTERLY_EPS;
    };
  }

  /**
   * Guards a raw double the domain does not check, so NaN or infinity never reaches a client.
   *
   * @param name what the value is, for the server log
   * @throws IllegalStateException (mapped to INTERNAL) when the value is not finite
   */
  static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException(name + " is not finite: " + value);
    }
    return decimal(value);
  }

  /**
   * {@code value} to 12 significant digits, the boundary where binary arithmetic meets the decimals
   * a client reads: 0.034999999999999996 goes out as 0.035, a residue under 1e-12 in size
   * (1.11e-16) and -0 as 0. No figure capshift computes means anything past 12 digits.
   */
  static double decimal(double value) {
    if (!(Math.abs(value) >= 1e-12)) {
      return Double.isNaN(value) ? value : 0.0;
    }
    if (Double.isInfinite(value)) {
      return value;
    }
    double abs = Math.abs(value);
    // the decimal exponent from the binary one (log10 2 = 0.30103), corrected by one step at most;
    // no log10 or pow on the path every response's doubles take
    int exponent = (int) Math.floor(Math.getExponent(abs) * 0.30102999566398120);
    if (abs >= pow10(exponent + 1)) {
      exponent++;
    } else if (abs < pow10(exponent)) {
      exponent--;
    }
    int digits = 11 - exponent; // decimal places that keep 12 significant digits
    if (digits >= 0) {
      if (digits >= POWERS.length) {
        return value; // |value| near 1e-11 .. 1e-12: a power of ten this small is not exact
      }
      double scale = POWERS[digits];
      return Math.rint(value * scale) / scale;
    }
    if (-digits >= POWERS.length) {
      return value;
    }
    double scale = POWERS[-digits];
    return Math.rint(value / scale) * scale;
  }

  /** 10^e for |e| within the table; e below it is inexact but only compared against. */
  private static double pow10(int e) {
    if (e >= 0) {
      return e < POWERS.length ? POWERS[e] : Double.POSITIVE_INFINITY;
    }
    return -e < POWERS.length ? 1 / POWERS[-e] : 0;
  }

  /** 10^0 .. 10^22, each exact as a double. */
  private static final double[] POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  /**
   * The staleness limits a request gives, the defaults for unset fields.
   *
   * @param field the message's path in the request, e.g. {@code max_staleness}
   * @param violations receives one per limit out of range, named {@code field.monthly_days} etc.
   */
  static Staleness staleness(
      boolean isSet, StalenessLimits limits, String field, List<FieldViolation> violations) {
    Staleness d = Staleness.DEFAULT;
    if (!isSet) {
      return d;
    }
    int monthly = limits.hasMonthlyDays() ? limits.getMonthlyDays() : d.monthlyDays();
    int daily = limits.hasDailyDays() ? limits.getDailyDays() : d.dailyDays();
    if (monthly < 0 || monthly > 36_500) {
      violations.add(
          new FieldViolation(field + ".monthly_days", "must be 0 to 36500 days, got " + monthly));
      monthly = d.monthlyDays();
    }
    if (daily < 0 || daily > 36_500) {
      violations.add(
          new FieldViolation(field + ".daily_days", "must be 0 to 36500 days, got " + daily));
      daily = d.dailyDays();
    }
    return new Staleness(monthly, daily);
  }
}
