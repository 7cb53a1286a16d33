package io.capshift.bootstrap;

import io.capshift.application.port.in.CompareEarningsGrowthQuery;
import io.capshift.application.port.in.CompareValuationsQuery;
import io.capshift.application.port.in.GrowthComparison;
import io.capshift.application.port.in.ValuationComparison;
import io.capshift.application.port.in.ValuationSide;
import io.capshift.domain.earnings.BlendRule;
import io.capshift.domain.earnings.EpsBasis;
import io.capshift.domain.error.CapshiftException;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code capshift compare}: small against large. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Relative valuation of a small-cap and a large-cap index: ratio and discount.")
final class CompareCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--small", required = true, paramLabel = "ID", description = "e.g. sp600.")
  String small;

  @Option(names = "--large", required = true, paramLabel = "ID", description = "e.g. sp500.")
  String large;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Default: the latest.")
  LocalDate asOf;

  @Option(
      names = "--negative-earnings",
      paramLabel = "POLICY",
      defaultValue = "include",
      description = "For sides computed from constituents: include, exclude or fund.")
  String negativeEarnings;

  @Override
  public Integer call() {
    NegativeEarningsPolicy policy = ValuationCommand.policy(negativeEarnings);
    try (Capshift capshift = store.open()) {
      ValuationComparison c =
          capshift
              .compare()
              .compareValuations(
                  new CompareValuationsQuery(small, large, Optional.ofNullable(asOf), policy));
      System.out.print(render(c));
      System.out.print(growth(capshift));
    }
    return 0;
  }

  static String render(ValuationComparison c) {
    StringBuilder out = new StringBuilder();
    out.append(side("small", c.small())).append(side("large", c.large()));
    out.append(Text.line("ratio (small / large P/E)   %s", Text.figure(c.ratio(), "%.3f")));
    out.append(Text.line("discount (1 - ratio)        %s", Text.percent(c.discount())));
    c.ratioHistory()
        .ifPresentOrElse(
            h ->
                out.append(
                    Text.line(
                        "ratio history (%s, %,d obs from %s): mean %.3f, z %s, percentile %s",
                        h.window().describe(),
                        h.observations(),
                        h.windowStart(),
                        h.mean(),
                        Text.figure(h.zScore(), "%+.2f"),
                        Text.pct(h.percentileRank()))),
            () -> out.append("ratio history: not available (needs a dated P/E history of both)\n"));
    out.append(notes(c.notes()));
    out.append(Text.line("data version %d", c.dataVersion()));
    return out.toString();
  }

  /** The earnings growth gap where both sides have earnings data, else why not. */
  private String growth(Capshift capshift) {
    try {
      GrowthComparison g =
          capshift
              .growth()
              .compareEarningsGrowth(
                  new CompareEarningsGrowthQuery(
                      small,
                      large,
                      Optional.ofNullable(asOf),
                      BlendRule.FACTSET_CALENDAR_DAYS,
                      EpsBasis.OPERATING));
      return Text.line(
              "growth: small %s (%s, as of %s), large %s (%s, as of %s), gap %s",
              Text.percent(g.small().growth()),
              g.small().input(),
              g.small().asOf(),
              Text.percent(g.large().growth()),
              g.large().input(),
              g.large().asOf(),
              Text.figure(g.growthGap(), "%+.4f"))
          + notes(g.notes());
    } catch (CapshiftException e) {
      return "growth gap: not available (" + e.getMessage() + ")\n";
    }
  }

  private static String notes(java.util.List<String> notes) {
    StringBuilder out = new StringBuilder();
    notes.forEach(n -> out.append("note: ").append(n).append('\n'));
    return out.toString();
  }

  private static String side(String label, ValuationSide s) {
    return Text.line(
        "%-6s %-10s P/E %s  [%s, as of %s, from %s; datasets %s]",
        label,
        s.id(),
        Text.figure(s.priceEarnings(), "%.2f"),
        s.measure(),
        s.asOf(),
        s.input(),
        String.join(", ", s.datasetIds()));
  }
}
