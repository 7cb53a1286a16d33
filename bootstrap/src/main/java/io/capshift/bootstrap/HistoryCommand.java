package io.capshift.bootstrap;

import io.capshift.application.port.in.GetValuationHistoryQuery;
import io.capshift.application.port.in.ValuationHistory;
import io.capshift.domain.history.HistoryStatistics;
import io.capshift.domain.history.Window;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code capshift history}: where a valuation series sits against its own past. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Mean, standard deviation, z-score and percentile of a series at a date.",
      "SERIES is <dataset>:<series>, e.g. shiller:cape, or a derived one: <dataset>:pe"
          + " (price/earnings), :earnings_yield, :dividend_yield, :erp (earnings yield minus"
          + " the 10-year yield)."
    })
final class HistoryCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "SERIES", description = "Series id, e.g. shiller:cape.")
  String series;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Default: the latest.")
  LocalDate asOf;

  @Option(
      names = "--window-years",
      paramLabel = "N",
      description = "Only the last N years up to the date (default: the full history).")
  Integer windowYears;

  @Override
  public Integer call() {
    Window window = windowYears == null ? Window.FULL : Window.lastYears(windowYears);
    try (Capshift capshift = store.open()) {
      ValuationHistory h =
          capshift
              .history()
              .getValuationHistory(
                  new GetValuationHistoryQuery(series, Optional.ofNullable(asOf), window, 1, ""));
      System.out.print(render(h));
    }
    return 0;
  }

  static String render(ValuationHistory h) {
    HistoryStatistics s = h.statistics();
    return Text.line("%s (%s)", s.seriesId(), s.unit())
        + Text.line(
            "  from        %s; datasets %s",
            h.derivation(), String.join(", ", h.sourceDatasetIds()))
        + Text.line(
            "  value       %.4f at %s (asked for %s)", s.value(), s.observationDate(), s.asOf())
        + Text.line(
            "  window      %s: %s .. %s, %,d observations",
            s.window().describe(), s.windowStart(), s.observationDate(), s.observations())
        + Text.line("  mean        %.4f", s.mean())
        + Text.line("  std dev     %s", Text.figure(s.standardDeviation(), "%.4f"))
        + Text.line("  z-score     %s", Text.figure(s.zScore(), "%+.2f"))
        + Text.line(
            "  percentile  %s (share of the window at or below the value)",
            Text.pct(s.percentileRank()))
        + Text.line("  data version %d", h.dataVersion());
  }
}
