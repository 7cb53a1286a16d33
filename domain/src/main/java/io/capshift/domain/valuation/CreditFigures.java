package io.capshift.domain.valuation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A company's debt service figures, where a constituents file gives them. Each is optional.
 *
 * @param ebit operating income (earnings before interest and taxes), USD a year; may be negative
 * @param interestExpense interest paid on debt, USD a year; not negative
 * @param totalDebt total debt, USD; not negative
 * @param floatingDebtShare share of {@code totalDebt} that reprices with the policy rate, decimal
 *     (0.30 = 30%), in [0, 1]
 */
public record CreditFigures(
    OptionalDouble ebit,
    OptionalDouble interestExpense,
    OptionalDouble totalDebt,
    OptionalDouble floatingDebtShare) {

  /** No figures. */
  public static final CreditFigures NONE =
      new CreditFigures(
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty());

  public CreditFigures {
    requireFinite("ebit", ebit, Double.NEGATIVE_INFINITY);
    requireFinite("interestExpense", interestExpense, 0);
    requireFinite("totalDebt", totalDebt, 0);
    requireFinite("floatingDebtShare", floatingDebtShare, 0);
    if (floatingDebtShare.isPresent() && floatingDebtShare.getAsDouble() > 1) {
      throw new IllegalArgumentException(
          "floatingDebtShare must lie in [0, 1]: " + floatingDebtShare.getAsDouble());
    }
  }

  /** Whether no figure is given. */
  public boolean isEmpty() {
    return ebit.isEmpty()
        && interestExpense.isEmpty()
        && totalDebt.isEmpty()
        && floatingDebtShare.isEmpty();
  }

  private static void requireFinite(String field, OptionalDouble v, double min) {
    Objects.requireNonNull(v, field);
    if (v.isPresent() && !(Double.isFinite(v.getAsDouble()) && v.getAsDouble() >= min)) {
      throw new IllegalArgumentException(
          field + " must be finite" + (min == 0 ? " and >= 0" : "") + ": " + v.getAsDouble());
    }
  }
}
