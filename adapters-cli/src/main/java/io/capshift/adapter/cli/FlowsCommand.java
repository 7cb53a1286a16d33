package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.FundText;
import io.capshift.application.port.in.GetFundFlowsUseCase;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.flows.FlowAnalyzer;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code capshift flows ID}: money into and out of a fund, and where it turned. */
@Command(
    name = "flows",
    description =
        "Fund flows from shares outstanding × NAV, rolling sums, z-scores and the"
            + " reversals (sign changes beyond k standard deviations).")
final class FlowsCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Mixin Ids ids;

  @Option(
      names = "--window",
      paramLabel = "N[d]",
      description =
          "Flows per rolling sum, e.g. 20" + " or 20d (default: 20, about a month of daily flows).")
  String window = Integer.toString(FlowAnalyzer.DEFAULT_WINDOW);

  @Option(
      names = "--k",
      paramLabel = "SD",
      description = "Reversal threshold in standard" + " deviations (default: 1.0).")
  double k = FlowAnalyzer.DEFAULT_K;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First flow date kept.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last flow date kept.")
  LocalDate to;

  @Override
  public Integer call() {
    String id = ids.one();
    PrintWriter out = spec.out();
    try (UseCases capshift = store.open()) {
      var answer =
          capshift
              .flows()
              .getFundFlows(
                  new GetFundFlowsUseCase.Query(
                      id, window(window), k, Optional.ofNullable(from), Optional.ofNullable(to)));
      format.print(out, store.backend(), answer, () -> FundText.flows(answer));
    }
    return 0;
  }

  /** {@code 20} or {@code 20d}: a number of flows (daily flows for the daily series). */
  static int window(String text) {
    String digits = text.strip().toLowerCase(Locale.US);
    digits = digits.endsWith("d") ? digits.substring(0, digits.length() - 1) : digits;
    if (!digits.matches("\\d{1,4}")) {
      throw InvalidInputException.of(
          "--window", "expected a number of flows such as 20 or 20d, found '" + text + "'");
    }
    return Integer.parseInt(digits);
  }
}
