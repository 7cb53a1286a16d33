package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.ChooseText;
import io.capshift.application.port.in.ChooseFundUseCase;
import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code capshift choose}: through which fund, ranked on stated criteria at a date. */
@Command(
    name = "choose",
    description =
        "Through which fund: ranks small-cap funds (and the large-cap alternative) on look-through"
            + " valuation, unprofitable holdings, concentration, dividend yield, cost and size.")
final class ChooseCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Mixin AsOfOption asOf;

  @Option(
      names = "--funds",
      split = ",",
      paramLabel = "ID",
      description =
          "Small-cap candidates, e.g. IWM,IJR,DES (default: every fund with holdings or facts"
              + " known at the date).")
  List<String> funds = new ArrayList<>();

  @Option(
      names = "--large",
      split = ",",
      paramLabel = "ID",
      description =
          "The large-cap alternative ranked beside them (default: SPY, IVV or VOO if stored).")
  List<String> large = new ArrayList<>();

  @Option(
      names = "--weights",
      split = ",",
      paramLabel = "NAME=W",
      description =
          "Criterion weights, e.g. valuation=2,size=0 (names: valuation, unprofitable,"
              + " concentration, dividend_yield, expense_ratio, size; default 1 each).")
  Map<String, Double> weights = new HashMap<>();

  @Mixin FundamentalsAgeOption fundamentalsAge;

  @Override
  public Integer call() {
    try (UseCases capshift = store.open()) {
      PrintWriter out = spec.out();
      var answer =
          capshift
              .chooseFund()
              .chooseFund(
                  new ChooseFundUseCase.Query(
                      asOf.value(), funds, large, weights, fundamentalsAge.rules()));
      format.print(out, store.backend(), answer, () -> ChooseText.render(answer));
    }
    return 0;
  }
}
