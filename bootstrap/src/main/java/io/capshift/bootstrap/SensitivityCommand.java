package io.capshift.bootstrap;

import io.capshift.application.port.in.GetRateSensitivityQuery;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.rates.CoverageBucket;
import io.capshift.domain.rates.InterestCoverage;
import io.capshift.domain.rates.RateSensitivity;
import io.capshift.domain.rates.RateSensitivityCalculator;
import io.capshift.domain.rates.SensitivityAssumptions;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code capshift sensitivity}: a rate change's effect on an index's earnings. */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description =
        "Earnings effect of a policy-rate change through floating-rate debt, with"
            + " every assumption and its source.")
final class SensitivityCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--id",
      required = true,
      paramLabel = "ID",
      description = "Index, e.g. russell2000 or sp500.")
  String id;

  @Option(
      names = "--change-bp",
      paramLabel = "BP",
      description = "Rate change in basis points, negative for cuts (e.g. -50).")
  Double changeBp;

  @Option(
      names = "--expected",
      description = "Use the change the latest futures strip prices over the next 12 months.")
  boolean expected;

  @Option(
      names = "--floating",
      paramLabel = "SHARE",
      description = "Floating share of debt, decimal.")
  Double floating;

  @Option(names = "--debt-to-earnings", paramLabel = "X", description = "Debt / annual earnings.")
  Double debtToEarnings;

  @Option(names = "--tax", paramLabel = "RATE", description = "Tax rate, decimal.")
  Double tax;

  @Option(
      names = "--coverage-threshold",
      paramLabel = "X",
      description = "Interest coverage below which a constituent counts as weak (default 1.5).")
  Double coverageThreshold;

  @Override
  public Integer call() {
    if ((changeBp == null) == !expected) {
      throw InvalidInputException.of("--change-bp", "give either --change-bp BP or --expected");
    }
    try (Capshift capshift = store.open()) {
      RateSensitivity s =
          capshift
              .sensitivity()
              .getRateSensitivity(
                  new GetRateSensitivityQuery(
                      id,
                      expected ? 0 : changeBp,
                      opt(floating),
                      opt(debtToEarnings),
                      opt(tax),
                      expected,
                      opt(coverageThreshold)));
      System.out.print(render(id, s));
    }
    return 0;
  }

  private static OptionalDouble opt(Double d) {
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  static String render(String id, RateSensitivity s) {
    SensitivityAssumptions a = s.assumptions();
    return Text.line(
            "%s: a %+.0f bp rate change moves earnings by %+.2f%%",
            id, s.rateChange() * 1e4, s.earningsChange() * 100)
        + Text.line("  rate change             %s", s.rateChangeSource())
        + Text.line(
            "  floating share of debt  %.2f   (%s)",
            a.floatingDebtShare(), a.floatingDebtShareSource())
        + Text.line(
            "  debt / earnings         %.2fx  (%s)", a.debtToEarnings(), a.debtToEarningsSource())
        + Text.line("  tax rate                %.2f   (%s)", a.taxRate(), a.taxRateSource())
        + Text.line("  formula                 %s", s.formula())
        + Text.line(
            "  per 25 bp cut           %+.2f%% of earnings (rule of thumb for the"
                + " Russell 2000: +%.0f%%)",
            s.earningsChangePer25bpCut() * 100,
            RateSensitivityCalculator.RULE_OF_THUMB_PER_25BP * 100)
        + s.interestCoverage()
            .map(SensitivityCommand::coverage)
            .orElse(
                "  interest coverage       n/a: no stored constituents of this index report EBIT"
                    + " and interest expense\n");
  }

  private static String coverage(InterestCoverage c) {
    StringBuilder out =
        new StringBuilder(
            Text.line(
                "  interest coverage       EBIT / interest of %d of %d constituents (%.1f%% of"
                    + " value); median %s, value-weighted median %s",
                c.namesWithData(),
                c.names(),
                c.valueShareWithData() * 100,
                multiple(c.median()),
                multiple(c.valueWeightedMedian())));
    out.append(
        Text.line(
            "    below %.1fx: %d names, %.1f%% of the value with data",
            c.thresholdMultiple(), c.namesBelowThreshold(), c.valueShareBelowThreshold() * 100));
    for (CoverageBucket b : c.buckets()) {
      out.append(
          Text.line("    %-20s %5d names  %5.1f%%", b.label(), b.names(), b.valueShare() * 100));
    }
    return out.toString();
  }

  private static String multiple(OptionalDouble v) {
    return v.isPresent() ? String.format(java.util.Locale.ROOT, "%.2fx", v.getAsDouble()) : "n/a";
  }
}
