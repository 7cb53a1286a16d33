package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Parameters;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.FundText;
import io.capshift.application.port.in.CompareFundsUseCase;
import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code capshift funds ID ID…}: funds side by side at one date. */
@Command(
    name = "funds",
    description =
        "Several funds side by side: each one's nearest holdings and facts on or before"
            + " the date, with the gap in days and the source of each figure.")
final class FundsCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Parameters(arity = "1..20", paramLabel = "ID", description = "Fund tickers, e.g. IWM DES.")
  List<String> ids;

  @Mixin AsOfOption asOf;

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    try (UseCases capshift = store.open()) {
      var answer = capshift.funds().compareFunds(new CompareFundsUseCase.Query(ids, asOf.value()));
      format.print(out, store.backend(), answer, () -> FundText.comparison(answer));
    }
    return 0;
  }
}
