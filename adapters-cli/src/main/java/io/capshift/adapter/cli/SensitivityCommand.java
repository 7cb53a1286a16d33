package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.SensitivityText;
import io.capshift.application.port.in.GetRateSensitivityQuery;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.rates.RateSensitivity;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code capshift sensitivity}: a rate change's effect on an index's earnings. */
@Command(
    name = "sensitivity",
    description =
        "Earnings effect of a policy-rate change through floating-rate debt, with"
            + " every assumption and its source.")
final class SensitivityCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Option(
      names = "--id",
      required = true,
      paramLabel = "ID",
      description = "Index, e.g. russell2000 or sp500.")
  String id;

  @Option(
      names = "--change-bp",
      paramLabel = "BP",
      description =
          "Rate change in basis points, negative for cuts (e.g. -50); no default: give it or"
              + " --expected.")
  Double changeBp;

  @Option(
      names = "--expected",
      description = "Use the change the latest futures strip prices over the next 12 months.")
  boolean expected;

  @Option(
      names = "--floating",
      paramLabel = "SHARE",
      description =
          "Share of the index's debt that reprices with the policy rate, decimal in [0, 1]"
              + " (default: capshift's assumption for the index, source named in the answer).")
  Double floating;

  @Option(
      names = "--debt-to-earnings",
      paramLabel = "X",
      description =
          "Total debt over annual earnings, a multiple in [0, 1000] (default: from the"
              + " constituents where they report debt, else capshift's assumption).")
  Double debtToEarnings;

  @Option(
      names = "--tax",
      paramLabel = "RATE",
      description =
          "Tax rate on the interest saved, decimal in [0, 1] (default: 0.21, the US rate).")
  Double tax;

  @Option(
      names = "--coverage-threshold",
      paramLabel = "X",
      description = "Interest coverage below which a constituent counts as weak (default 1.5).")
  Double coverageThreshold;

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    if ((changeBp == null) == !expected) {
      throw InvalidInputException.of("--change-bp", "give either --change-bp BP or --expected");
    }
    try (UseCases capshift = store.open()) {
      RateSensitivity s =
          capshift
              .sensitivity()
              .getRateSensitivity(
                  new GetRateSensitivityQuery(
                      id,
                      expected ? 0 : changeBp,
                      Options.opt(floating),
                      Options.opt(debtToEarnings),
                      Options.opt(tax),
                      expected,
                      Options.opt(coverageThreshold)));
      format.print(out, store.backend(), s, () -> SensitivityText.render(id, s));
    }
    return 0;
  }
}
