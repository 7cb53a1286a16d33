package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.ValuationText;
import io.capshift.application.port.in.GetIndexValuationQuery;
import io.capshift.application.port.in.IndexValuationResult;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code capshift valuation}: an index's or fund's valuation at a date. */
@Command(
    name = "valuation",
    description = "Valuation of an index or fund: P/E, yields, negative earners, concentration.")
final class ValuationCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Option(names = "--id", required = true, paramLabel = "ID", description = "Index or fund id.")
  String id;

  @Mixin AsOfOption asOf;

  @Mixin FundamentalsAgeOption fundamentalsAge;

  @Option(
      names = "--negative-earnings",
      paramLabel = "POLICY",
      converter = PolicyConverter.class,
      description =
          "include, exclude or fund (harmonic, capped at 60). Default: all three side by side.")
  NegativeEarningsPolicy policy;

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    try (UseCases capshift = store.open()) {
      List<IndexValuationResult> results = new ArrayList<>();
      for (NegativeEarningsPolicy policy : policies()) {
        results.add(
            capshift
                .valuation()
                .getIndexValuation(
                    new GetIndexValuationQuery(id, asOf.value(), policy, fundamentalsAge.rules())));
      }
      format.print(
          out,
          store.backend(),
          results.size() == 1 ? results.get(0) : results,
          () -> ValuationText.render(results));
    }
    return 0;
  }

  private List<NegativeEarningsPolicy> policies() {
    return policy == null ? List.of(NegativeEarningsPolicy.values()) : List.of(policy);
  }
}
