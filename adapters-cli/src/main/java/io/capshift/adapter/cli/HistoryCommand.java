package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Parameters;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.HistoryText;
import io.capshift.application.port.in.GetValuationHistoryQuery;
import io.capshift.application.port.in.UseCases;
import io.capshift.application.port.in.ValuationHistory;
import io.capshift.domain.history.Window;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code capshift history}: where a valuation series sits against its own past. */
@Command(
    name = "history",
    description = {
      "Mean, standard deviation, z-score and percentile of a series at a date.",
      "SERIES is <dataset>:<series>, e.g. shiller:cape, or a derived one: <dataset>:pe"
          + " (price/earnings), :earnings_yield, :dividend_yield, :erp (earnings yield minus"
          + " the 10-year yield)."
    })
final class HistoryCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Parameters(paramLabel = "SERIES", description = "Series id, e.g. shiller:cape.")
  String series;

  @Mixin AsOfOption asOf;

  @Option(
      names = "--window-years",
      paramLabel = "N",
      description = "Only the last N years up to the date (default: the full history).")
  Integer windowYears;

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    Window window = windowYears == null ? Window.FULL : Window.lastYears(windowYears);
    try (UseCases capshift = store.open()) {
      ValuationHistory h =
          capshift
              .history()
              .getValuationHistory(
                  new GetValuationHistoryQuery(series, asOf.value(), window, 1, ""));
      var answer = h;
      format.print(out, store.backend(), answer, () -> HistoryText.render(answer));
    }
    return 0;
  }
}
