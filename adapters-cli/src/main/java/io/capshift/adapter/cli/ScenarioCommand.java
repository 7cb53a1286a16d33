package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.ScenarioText;
import io.capshift.adapter.cli.render.Text;
import io.capshift.application.port.in.RunScenarioUseCase;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.signal.ScenarioResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code capshift scenario}: implied returns of small and large caps under a scenario. */
@Command(
    name = "scenario",
    description =
        "Implied annual returns of small and large caps under the 2026 small-cap thesis"
            + " or a change of it, split into dividend yield, earnings growth, rate effect and"
            + " multiple change.")
final class ScenarioCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Option(names = "--name", description = "Scenario (default: ${DEFAULT-VALUE}).")
  String name = RunScenarioUseCase.THESIS;

  @Option(
      names = "--cuts-bp",
      split = ",",
      paramLabel = "BP,...",
      description = "Rate moves in the horizon, bp (e.g. -25,-25); 0 for none.")
  List<Double> moves;

  @Option(
      names = "--small-growth",
      paramLabel = "G",
      description =
          "Small caps' annual earnings growth, decimal in (-1, 10) (0.21 = 21%%; default: the"
              + " scenario's).")
  Double smallGrowth;

  @Option(
      names = "--large-growth",
      paramLabel = "G",
      description =
          "Large caps' annual earnings growth, decimal in (-1, 10) (default: the scenario's).")
  Double largeGrowth;

  @Option(
      names = "--target-small-pe",
      paramLabel = "PE",
      description =
          "Small caps' P/E at the horizon, a multiple in (0, 1000) (default: the scenario's).")
  Double targetSmallPe;

  @Option(
      names = "--target-large-pe",
      paramLabel = "PE",
      description =
          "Large caps' P/E at the horizon, a multiple in (0, 1000) (default: the scenario's).")
  Double targetLargePe;

  @Option(
      names = "--target-relative",
      paramLabel = "R",
      description =
          "Small P/E over large P/E at the horizon, a ratio in (0, 10) (default: the"
              + " scenario's).")
  Double targetRelative;

  @Option(
      names = "--horizon-years",
      paramLabel = "Y",
      description = "The horizon, years in (0, 30] (default: the scenario's).")
  Double horizonYears;

  @Option(
      names = "--small-dividend-yield",
      paramLabel = "D",
      description = "Small caps' dividend yield, decimal in [0, 1) (default: the scenario's).")
  Double smallDividendYield;

  @Option(
      names = "--large-dividend-yield",
      paramLabel = "D",
      description = "Large caps' dividend yield, decimal in [0, 1) (default: the scenario's).")
  Double largeDividendYield;

  @Option(
      names = "--as-expected",
      description = "Rate moves as the latest stored futures strip prices over the horizon.")
  boolean asExpected;

  @Option(
      names = "--versus-no-cuts",
      description = "Also run the same scenario with no rate moves and show what changed.")
  boolean versusNoCuts;

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    try (UseCases capshift = store.open()) {
      RunScenarioUseCase.Query q =
          query(Optional.ofNullable(moves).map(m -> m.stream().filter(b -> b != 0).toList()));
      ScenarioResult r = capshift.scenario().runScenario(q);
      format.print(out, store.backend(), r, () -> ScenarioText.render(r));
      if (versusNoCuts && format.isText()) {
        ScenarioResult none = capshift.scenario().runScenario(query(Optional.of(List.of())));
        out.print(Text.line("%nthe same with no rate moves:"));
        out.print(ScenarioText.render(none));
        out.print(ScenarioText.changes(r, none));
      }
    }
    return 0;
  }

  private RunScenarioUseCase.Query query(Optional<List<Double>> rateMoves) {
    return new RunScenarioUseCase.Query(
        name,
        rateMoves,
        Options.opt(smallGrowth),
        Options.opt(largeGrowth),
        Options.opt(targetSmallPe),
        Options.opt(targetLargePe),
        Options.opt(targetRelative),
        Options.opt(horizonYears),
        Options.opt(smallDividendYield),
        Options.opt(largeDividendYield),
        asExpected && rateMoves.map(List::isEmpty).map(b -> !b).orElse(true));
  }
}
