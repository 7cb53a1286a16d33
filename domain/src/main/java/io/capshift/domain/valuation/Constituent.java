package io.capshift.domain.valuation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One member of an index or one holding of a fund at a date.
 *
 * @param symbol ticker or other identifier; not blank
 * @param name display name; may be empty
 * @param sector sector or industry label as the source gives it; may be empty
 * @param value USD: market capitalisation for an index member, position market value for a fund
 *     holding; finite and not negative
 * @param earnings USD a year, trailing (LTM), attributable to {@code value}; may be negative
 * @param dividends USD a year attributable to {@code value}; not negative
 * @param bookValue USD, book equity attributable to {@code value}; may be negative
 * @param sales USD a year, revenue attributable to {@code value}
 * @param credit the company's debt service figures, {@link CreditFigures#NONE} when not given;
 *     whole-company figures, not scaled to {@code value}
 */
public record Constituent(
    String symbol,
    String name,
    String sector,
    double value,
    OptionalDouble earnings,
    OptionalDouble dividends,
    OptionalDouble bookValue,
    OptionalDouble sales,
    CreditFigures credit) {

  public Constituent {
    credit = Objects.requireNonNullElse(credit, CreditFigures.NONE);
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    name = Objects.requireNonNullElse(name, "");
    sector = Objects.requireNonNullElse(sector, "");
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          "value must be finite and >= 0 for " + symbol + ": " + value);
    }
    requireFinite("earnings", symbol, earnings);
    requireFinite("dividends", symbol, dividends);
    requireFinite("bookValue", symbol, bookValue);
    requireFinite("sales", symbol, sales);
    if (dividends.isPresent() && dividends.getAsDouble() < 0) {
      throw new IllegalArgumentException(
          "dividends cannot be negative for " + symbol + ": " + dividends.getAsDouble());
    }
  }

  /** A constituent without debt service figures. */
  public Constituent(
      String symbol,
      String name,
      String sector,
      double value,
      OptionalDouble earnings,
      OptionalDouble dividends,
      OptionalDouble bookValue,
      OptionalDouble sales) {
    this(symbol, name, sector, value, earnings, dividends, bookValue, sales, CreditFigures.NONE);
  }

  /** A constituent with only a value (no earnings, dividends, book or sales data). */
  public static Constituent valueOnly(String symbol, String name, String sector, double value) {
    return new Constituent(
        symbol,
        name,
        sector,
        value,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  private static void requireFinite(String field, String symbol, OptionalDouble v) {
    Objects.requireNonNull(v, field);
    if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
      throw new IllegalArgumentException(
          field + " must be finite for " + symbol + ": " + v.getAsDouble());
    }
  }
}
