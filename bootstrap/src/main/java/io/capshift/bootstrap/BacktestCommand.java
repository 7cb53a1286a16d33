package io.capshift.bootstrap;

import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.domain.signal.BacktestConfig;
import io.capshift.domain.signal.PerformanceStats;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code capshift backtest}: how the rotation rule would have done, month by month. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description =
        "A point-in-time monthly backtest of the rotation rule (relative momentum and"
            + " the policy direction) against buy-and-hold small, large and 50/50.")
final class BacktestCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--small",
      paramLabel = "SERIES",
      description =
          "Small caps: a series id or a" + " size portfolio such as lo20 (default: lo20).")
  String small = "lo20";

  @Option(names = "--large", paramLabel = "SERIES", description = "Large caps (default: hi20).")
  String large = "hi20";

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First month held.")
  LocalDate from;

  @Option(
      names = "--cost-bps",
      paramLabel = "BP",
      description = "Cost of a full switch, basis" + " points (default: 10).")
  double costBps = BacktestConfig.DEFAULT.costPerSwitch() * 10_000;

  @Option(
      names = "--threshold",
      paramLabel = "SD",
      description = "Score beyond which the rule" + " leaves the 50/50 blend (default: 0.5).")
  double threshold = BacktestConfig.DEFAULT.threshold();

  @Override
  public Integer call() {
    BacktestConfig d = BacktestConfig.DEFAULT;
    BacktestConfig config =
        new BacktestConfig(
            d.momentumMonths(),
            d.policyMonths(),
            d.minHistory(),
            threshold,
            costBps / 10_000,
            d.momentumWeight(),
            d.policyWeight());
    try (Capshift capshift = store.open()) {
      RunBacktestUseCase.Report r =
          capshift
              .backtest()
              .runBacktest(
                  new RunBacktestUseCase.Query(
                      EventStudyCommand.series(small),
                      EventStudyCommand.series(large),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.ofNullable(from),
                      config),
                  progress());
      System.err.println();
      System.out.print(render(r));
    }
    return 0;
  }

  /** Counts the simulated months on standard error, every ten years of them; never cancels. */
  private static java.util.function.BooleanSupplier progress() {
    int[] months = {0};
    return () -> {
      if (++months[0] % 120 == 0) {
        System.err.printf(Locale.ROOT, "\rbacktest: %,d months simulated", months[0]);
      }
      return false;
    };
  }

  static String render(RunBacktestUseCase.Report r) {
    BacktestConfig c = r.query().config();
    StringBuilder out =
        new StringBuilder(
            Text.line(
                "Rotation backtest, monthly and point in" + " time; data version %d",
                r.dataVersion()));
    out.append(
        Text.line(
            "  rule: at each month end, z-scores (against their own history so far, from %d values)"
                + " of small-minus-large %d-month return and of the policy rate's fall over %d"
                + " months, equal weights; small above %+.2f sd, large below %+.2f, else 50/50;"
                + " %.0f bp a full switch",
            c.minHistory(),
            c.momentumMonths(),
            c.policyMonths(),
            c.threshold(),
            -c.threshold(),
            c.costPerSwitch() * 10_000));
    out.append(Text.line("  small: %s", r.smallSource()));
    out.append(Text.line("  large: %s", r.largeSource()));
    out.append(Text.line("  risk-free: %s", r.riskFreeSource()));
    out.append(
        Text.line("  policy rate: %s (a month before it counts only momentum)", r.policySource()));
    table(out, "full period", r.result().full());
    r.result().byDecade().forEach((decade, stats) -> table(out, decade, stats));
    return out.toString();
  }

  private static void table(StringBuilder out, String title, List<PerformanceStats> stats) {
    PerformanceStats first = stats.get(0);
    out.append(
        Text.line("%n%s: %s .. %s (%d months)", title, first.from(), first.to(), first.months()));
    out.append(
        String.format(
            Locale.ROOT,
            "  %-28s %8s %8s %7s %9s %9s %8s %7s%n",
            "strategy",
            "CAGR",
            "vol",
            "Sharpe",
            "max DD",
            "switch/y",
            "in small",
            "hit"));
    for (PerformanceStats s : stats) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-28s %7.2f%% %7.2f%% %7s %8.1f%% %9.2f %7.0f%%" + " %7s%n",
              s.name(),
              s.cagr() * 100,
              s.volatility() * 100,
              opt(s.sharpe(), "%.2f"),
              -s.maxDrawdown() * 100,
              s.switchesPerYear(),
              s.timeInSmall() * 100,
              s.hitRate().isPresent()
                  ? String.format(Locale.ROOT, "%.0f%%", s.hitRate().getAsDouble() * 100)
                  : "-"));
    }
  }

  private static String opt(OptionalDouble v, String format) {
    return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble()) : "n/a";
  }
}
