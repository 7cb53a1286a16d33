package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.BacktestText;
import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.signal.BacktestConfig;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/** {@code capshift backtest}: how the rotation rule would have done, month by month. */
@Command(
    name = "backtest",
    description =
        "The rotation signal, decided at every month end from what was known then, held for the"
            + " next month, against buy-and-hold small, large and 50/50.")
final class BacktestCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Mixin ReturnSeriesOptions series;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First month held.")
  LocalDate from;

  @Option(
      names = "--cost-bps",
      paramLabel = "BP",
      description = "Cost of a full switch, basis points, below 1000 (default: 10).")
  double costBps = BacktestConfig.DEFAULT.costPerSwitch() * 10_000;

  @Option(
      names = "--threshold",
      paramLabel = "SD",
      description = "Score beyond which the rule leaves the 50/50 blend, below 10 (default: 0.5).")
  double threshold = BacktestConfig.DEFAULT.rule().threshold();

  @Mixin FundOptions funds;

  @Mixin StalenessOption staleness;

  /** On a terminal it also draws its progress, which a kept answer would replay into a log. */
  @Override
  public boolean onlyPrints() {
    return !ProgressInputStream.ON_TERMINAL;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    PrintWriter err = spec.err();
    try (UseCases capshift = store.open()) {
      RunBacktestUseCase.Report r =
          capshift
              .backtest()
              .runBacktest(
                  new RunBacktestUseCase.Query(
                      series.smallId(),
                      series.largeId(),
                      funds.backtestSmall(),
                      funds.large,
                      Optional.empty(),
                      Optional.ofNullable(from),
                      config(),
                      Map.of()),
                  progress(err));
      if (ProgressInputStream.ON_TERMINAL) {
        err.println();
      }
      var answer = r;
      format.print(out, store.backend(), answer, () -> BacktestText.render(answer));
    }
    return 0;
  }

  private BacktestConfig config() {
    BacktestConfig d = BacktestConfig.DEFAULT;
    if (!(threshold >= 0 && threshold < 10)) {
      throw InvalidInputException.of("--threshold", "must be in [0, 10), got " + threshold);
    }
    if (!(costBps >= 0 && costBps < 1000)) {
      throw InvalidInputException.of("--cost-bps", "must be in [0, 1000), got " + costBps);
    }
    return new BacktestConfig(
        d.rule().withThreshold(threshold).withStaleness(staleness.value()), costBps / 10_000);
  }

  /**
   * Counts the simulated months on {@code err}, every ten years of them, when it is a terminal;
   * never cancels.
   */
  private static BooleanSupplier progress(PrintWriter err) {
    int[] months = {0};
    return () -> {
      if (ProgressInputStream.ON_TERMINAL && ++months[0] % 120 == 0) {
        err.printf(Locale.US, "\rbacktest: %,d months simulated", months[0]);
        err.flush();
      }
      return false;
    };
  }
}
