package io.capshift.bootstrap;

import io.capshift.application.port.in.RunScenarioUseCase;
import io.capshift.domain.signal.ReturnParts;
import io.capshift.domain.signal.ScenarioResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code capshift scenario}: implied returns of small and large caps under a scenario. */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description =
        "Implied annual returns of small and large caps under the 2026 small-cap thesis"
            + " or a change of it, split into dividend yield, earnings growth, rate effect and"
            + " multiple change.")
final class ScenarioCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--name", description = "Scenario (default: ${DEFAULT-VALUE}).")
  String name = RunScenarioUseCase.THESIS;

  @Option(
      names = "--cuts-bp",
      split = ",",
      paramLabel = "BP,...",
      description = "Rate moves in the horizon, bp (e.g. -25,-25); 0 for none.")
  List<Double> moves;

  @Option(names = "--small-growth", paramLabel = "G")
  Double smallGrowth;

  @Option(names = "--large-growth", paramLabel = "G")
  Double largeGrowth;

  @Option(names = "--target-small-pe", paramLabel = "PE")
  Double targetSmallPe;

  @Option(names = "--target-large-pe", paramLabel = "PE")
  Double targetLargePe;

  @Option(
      names = "--target-relative",
      paramLabel = "R",
      description = "Small P/E over large P/E at the horizon.")
  Double targetRelative;

  @Option(names = "--horizon-years", paramLabel = "Y")
  Double horizonYears;

  @Option(names = "--small-dividend-yield", paramLabel = "D")
  Double smallDividendYield;

  @Option(names = "--large-dividend-yield", paramLabel = "D")
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
    try (Capshift capshift = store.open()) {
      RunScenarioUseCase.Query q =
          query(Optional.ofNullable(moves).map(m -> m.stream().filter(b -> b != 0).toList()));
      ScenarioResult r = capshift.scenario().runScenario(q);
      System.out.print(render(r));
      if (versusNoCuts) {
        ScenarioResult none = capshift.scenario().runScenario(query(Optional.of(List.of())));
        System.out.print(Text.line("%nthe same with no rate moves:"));
        System.out.print(render(none));
        System.out.print(changes(r, none));
      }
    }
    return 0;
  }

  private RunScenarioUseCase.Query query(Optional<List<Double>> rateMoves) {
    return new RunScenarioUseCase.Query(
        name,
        rateMoves,
        opt(smallGrowth),
        opt(largeGrowth),
        opt(targetSmallPe),
        opt(targetLargePe),
        opt(targetRelative),
        opt(horizonYears),
        opt(smallDividendYield),
        opt(largeDividendYield),
        asExpected && rateMoves.map(List::isEmpty).map(b -> !b).orElse(true));
  }

  static String render(ScenarioResult r) {
    var s = r.scenario();
    StringBuilder out =
        new StringBuilder(
            Text.line(
                "scenario %s: %.1f years, rate moves %s bp" + " (%+.0f bp in all)",
                s.name(),
                s.horizonYears(),
                s.rateMovesBps().stream().map(b -> String.format(Locale.ROOT, "%.1f", b)).toList(),
                r.rateChangeBps()));
    out.append(Text.line("  from: %s", s.sources()));
    out.append(
        String.format(
            Locale.ROOT,
            "  %-32s %9s %9s %9s %9s %9s %9s%n",
            "a year",
            "div yld",
            "earnings",
            "rates",
            "multiple",
            "compound",
            "total"));
    row(out, s.small().label(), r.small());
    row(out, s.large().label(), r.large());
    out.append(Text.line("  small minus large: %+.2f points a year", r.difference() * 100));
    out.append(
        Text.line("  rates: small %s; large %s", s.small().rateSource(), s.large().rateSource()));
    out.append(
        Text.line(
            "  P/E: small %.1f -> %.1f, large %.1f -> %.1f",
            s.small().pe(), r.small().targetPe(), s.large().pe(), r.large().targetPe()));
    return out.toString();
  }

  private static void row(StringBuilder out, String label, ReturnParts p) {
    out.append(
        String.format(
            Locale.ROOT,
            "  %-32s %8.2f%% %8.2f%% %8.2f%% %8.2f%% %8.2f%% %8.2f%%%n",
            label,
            pct(p.dividendYield()),
            pct(p.earningsGrowth()),
            pct(p.rateEffect()),
            pct(p.multipleChange()),
            pct(p.interaction()),
            pct(p.total())));
  }

  static String changes(ScenarioResult a, ScenarioResult b) {
    StringBuilder out =
        new StringBuilder("what changed (scenario minus no moves, points a year):\n");
    for (var side :
        List.of(
            new Object[] {"small", a.small(), b.small()},
            new Object[] {"large", a.large(), b.large()})) {
      ReturnParts x = (ReturnParts) side[1];
      ReturnParts y = (ReturnParts) side[2];
      List<String> same = new java.util.ArrayList<>();
      if (x.dividendYield() == y.dividendYield()) {
        same.add("dividend yield");
      }
      if (x.earningsGrowth() == y.earningsGrowth()) {
        same.add("earnings growth");
      }
      if (x.multipleChange() == y.multipleChange()) {
        same.add("multiple");
      }
      out.append(
          String.format(
              Locale.ROOT,
              "  %-6s rates %+.2f, compound %+.2f, total %+.2f%s%n",
              side[0],
              pct(x.rateEffect() - y.rateEffect()),
              pct(x.interaction() - y.interaction()),
              pct(x.total() - y.total()),
              same.isEmpty() ? "" : "; unchanged: " + String.join(", ", same)));
    }
    out.append(
        Text.line(
            "  small minus large: %+.2f -> %+.2f", a.difference() * 100, b.difference() * 100));
    return out.toString();
  }

  /** Percent, with a rounding residue shown as 0 rather than -0.00. */
  private static double pct(double decimal) {
    double v = decimal * 100;
    return Math.abs(v) < 5e-7 ? 0 : v;
  }

  private static OptionalDouble opt(Double d) {
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }
}
