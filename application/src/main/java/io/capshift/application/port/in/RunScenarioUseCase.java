package io.capshift.application.port.in;

import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.signal.ScenarioResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** Implied returns of small and large caps under a named scenario, with any input changed. */
public interface RunScenarioUseCase {
  /** The built-in scenario: the figures of the 2026 small-cap thesis. */
  String THESIS = "thesis-2026";

  /**
   * A scenario and the inputs changed from it; unset means as the scenario has it.
   *
   * @param name the base scenario, {@link #THESIS}
   * @param rateMovesBps rate moves within the horizon, basis points (empty list: no moves)
   * @param smallGrowth small caps' annual earnings growth, decimal
   * @param largeGrowth large caps' annual earnings growth, decimal
   * @param targetSmallPe small caps' P/E at the horizon
   * @param targetLargePe large caps' P/E at the horizon
   * @param targetRelative small P/E over large P/E at the horizon
   * @param horizonYears the horizon, years
   * @param smallDividendYield decimal
   * @param largeDividendYield decimal
   * @param asExpected take the rate moves the latest stored futures strip prices over the horizon
   *     (overrides {@code rateMovesBps})
   */
  record Query(
      String name,
      Optional<List<Double>> rateMovesBps,
      OptionalDouble smallGrowth,
      OptionalDouble largeGrowth,
      OptionalDouble targetSmallPe,
      OptionalDouble targetLargePe,
      OptionalDouble targetRelative,
      OptionalDouble horizonYears,
      OptionalDouble smallDividendYield,
      OptionalDouble largeDividendYield,
      boolean asExpected) {
    public Query {
      Objects.requireNonNull(rateMovesBps, "rateMovesBps");
      // every bad input at once, named by its request field (gRPC path; the CLI shows options)
      List<FieldViolation> v = new ArrayList<>();
      if (!THESIS.equals(name)) {
        v.add(new FieldViolation("name", "unknown scenario '" + name + "'; built in: " + THESIS));
      }
      within(v, "small_growth", smallGrowth, -1, 10, "a decimal a year in (-1, 10)");
      within(v, "large_growth", largeGrowth, -1, 10, "a decimal a year in (-1, 10)");
      within(v, "target_small_pe", targetSmallPe, 0, 1_000, "a multiple in (0, 1000)");
      within(v, "target_large_pe", targetLargePe, 0, 1_000, "a multiple in (0, 1000)");
      within(v, "target_relative", targetRelative, 0, 10, "a ratio in (0, 10)");
      if (horizonYears.isPresent()
          && !(horizonYears.getAsDouble() > 0 && horizonYears.getAsDouble() <= 30)) {
        v.add(
            new FieldViolation(
                "horizon_years", "must be years in (0, 30], got " + horizonYears.getAsDouble()));
      }
      dividendYield(v, "small_dividend_yield", smallDividendYield);
      dividendYield(v, "large_dividend_yield", largeDividendYield);
      List<Double> moves = rateMovesBps.orElse(List.of());
      for (int i = 0; i < moves.size(); i++) {
        if (!(Math.abs(moves.get(i)) <= 500)) {
          v.add(
              new FieldViolation(
                  "rate_moves_bps[" + i + "]",
                  "each move must be within ±500 basis points, got " + moves.get(i)));
        }
      }
      if (asExpected && rateMovesBps.isPresent()) {
        v.add(
            new FieldViolation(
                "rate_moves_as_expected",
                "conflicts with the rate moves given: ask for the moves the futures price or"
                    + " give them, not both"));
      }
      if (!v.isEmpty()) {
        throw new InvalidInputException(v);
      }
    }

    private static void within(
        List<FieldViolation> v, String field, OptionalDouble x, double lo, double hi, String what) {
      if (x.isPresent() && !(x.getAsDouble() > lo && x.getAsDouble() < hi)) {
        v.add(new FieldViolation(field, "must be " + what + ", got " + x.getAsDouble()));
      }
    }

    private static void dividendYield(List<FieldViolation> v, String field, OptionalDouble x) {
      if (x.isPresent() && !(x.getAsDouble() >= 0 && x.getAsDouble() < 1)) {
        v.add(new FieldViolation(field, "must be a decimal in [0, 1), got " + x.getAsDouble()));
      }
    }

    /** The named scenario unchanged. */
    public static Query of(String name) {
      return new Query(
          name,
          Optional.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          false);
    }
  }

  /**
   * @throws io.capshift.domain.error.InvalidInputException if a changed input is out of range
   */
  ScenarioResult runScenario(Query query);
}
