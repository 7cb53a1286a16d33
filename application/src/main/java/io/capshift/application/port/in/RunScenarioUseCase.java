package io.capshift.application.port.in;

import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.signal.ScenarioResult;
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
      if (!THESIS.equals(name)) {
        throw InvalidInputException.of(
            "name", "unknown scenario '" + name + "'; built in: " + THESIS);
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
