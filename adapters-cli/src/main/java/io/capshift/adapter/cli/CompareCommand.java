package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.CompareText;
import io.capshift.application.port.in.CompareEarningsGrowthQuery;
import io.capshift.application.port.in.CompareValuationsQuery;
import io.capshift.application.port.in.UseCases;
import io.capshift.application.port.in.ValuationComparison;
import io.capshift.domain.earnings.BlendRule;
import io.capshift.domain.earnings.EpsBasis;
import io.capshift.domain.error.CapshiftException;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code capshift compare}: small against large. */
@Command(
    name = "compare",
    description = "Relative valuation of a small-cap and a large-cap index: ratio and discount.")
final class CompareCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Option(names = "--small", required = true, paramLabel = "ID", description = "e.g. sp600.")
  String small;

  @Option(names = "--large", required = true, paramLabel = "ID", description = "e.g. sp500.")
  String large;

  @Mixin AsOfOption asOf;

  @Mixin FundamentalsAgeOption fundamentalsAge;

  @Option(
      names = "--negative-earnings",
      paramLabel = "POLICY",
      defaultValue = "include",
      converter = PolicyConverter.class,
      description = "For sides computed from constituents: include, exclude or fund.")
  NegativeEarningsPolicy policy;

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    try (UseCases capshift = store.open()) {
      ValuationComparison c =
          capshift
              .compare()
              .compareValuations(
                  new CompareValuationsQuery(
                      small, large, asOf.value(), policy, fundamentalsAge.rules()));
      format.print(
          out,
          store.backend(),
          c,
          () -> CompareText.render(c) + growth(capshift, c.growthGap().isDefined()));
    }
    return 0;
  }

  /**
   * The earnings growth gap from EPS sheets or published figures where both sides have them, else
   * why not; nothing when they lack them but the look-through gave a gap.
   */
  private String growth(UseCases capshift, boolean lookThroughGap) {
    try {
      return CompareText.growth(
          capshift
              .growth()
              .compareEarningsGrowth(
                  new CompareEarningsGrowthQuery(
                      small,
                      large,
                      asOf.value(),
                      BlendRule.FACTSET_CALENDAR_DAYS,
                      EpsBasis.OPERATING)));
    } catch (CapshiftException e) {
      return lookThroughGap ? "" : CompareText.growthUnavailable(e.getMessage());
    }
  }
}
