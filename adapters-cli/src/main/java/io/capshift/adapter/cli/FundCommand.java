package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.FundText;
import io.capshift.application.port.in.GetFundProfileQuery;
import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code capshift fund ID}: what a fund holds, and what its publisher says of it. */
@Command(
    name = "fund",
    description =
        "A fund's look-through (concentration, P/E, sectors, turnover) and its facts,"
            + " each with its source and date.")
final class FundCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Mixin Ids ids;

  @Mixin AsOfOption asOf;

  @Mixin FundamentalsAgeOption fundamentalsAge;

  @Override
  public Integer call() {
    String id = ids.one();
    PrintWriter out = spec.out();
    try (UseCases capshift = store.open()) {
      var answer =
          capshift
              .fund()
              .getFundProfile(new GetFundProfileQuery(id, asOf.value(), fundamentalsAge.rules()));
      format.print(out, store.backend(), answer, () -> FundText.profile(answer));
    }
    return 0;
  }
}
