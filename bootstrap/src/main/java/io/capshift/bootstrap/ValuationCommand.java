package io.capshift.bootstrap;

import io.capshift.application.port.in.GetIndexValuationQuery;
import io.capshift.application.port.in.IndexValuationResult;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code capshift valuation}: an index's or fund's valuation at a date. */
@Command(
    name = "valuation",
    mixinStandardHelpOptions = true,
    description = "Valuation of an index or fund: P/E, yields, negative earners, concentration.")
final class ValuationCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--id", required = true, paramLabel = "ID", description = "Index or fund id.")
  String id;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "Latest snapshot on or before this date (default: the latest).")
  LocalDate asOf;

  @Option(
      names = "--negative-earnings",
      paramLabel = "POLICY",
      description =
          "include, exclude or fund (harmonic, capped at 60). Default: all three side by side.")
  String negativeEarnings;

  @Override
  public Integer call() {
    try (Capshift capshift = store.open()) {
      List<IndexValuationResult> results = new ArrayList<>();
      for (NegativeEarningsPolicy policy : policies()) {
        results.add(
            capshift
                .valuation()
                .getIndexValuation(
                    new GetIndexValuationQuery(id, Optional.ofNullable(asOf), policy)));
      }
      System.out.print(ValuationText.render(results));
    }
    return 0;
  }

  private List<NegativeEarningsPolicy> policies() {
    return negativeEarnings == null
        ? List.of(NegativeEarningsPolicy.values())
        : List.of(policy(negativeEarnings));
  }

  /** include, exclude or fund, as the command line spells the policies. */
  static NegativeEarningsPolicy policy(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "include" -> NegativeEarningsPolicy.INCLUDE;
      case "exclude", "exclude-negative" -> NegativeEarningsPolicy.EXCLUDE_NEGATIVE;
      case "fund", "fund-harmonic-capped" -> NegativeEarningsPolicy.FUND_HARMONIC_CAPPED;
      default ->
          throw InvalidInputException.of(
              "--negative-earnings", "must be include, exclude or fund, got '" + name + "'");
    };
  }
}
