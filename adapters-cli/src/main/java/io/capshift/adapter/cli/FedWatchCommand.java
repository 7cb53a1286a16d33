package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.BadValueException;
import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Converter;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.FedWatchChart;
import io.capshift.adapter.cli.render.FedWatchText;
import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.RateExpectations;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.rates.FedWatchDayCount;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code capshift fedwatch}: what fed funds futures price for each coming FOMC meeting. */
@Command(
    name = "fedwatch",
    description =
        "Target-range probabilities per FOMC meeting from a fed funds futures strip"
            + " (CME FedWatch method).")
final class FedWatchCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Mixin AsOfOption asOf;

  @Option(names = "--strip", paramLabel = "ID", description = "Target id of a stored strip.")
  String strip;

  @Option(
      names = "--chart",
      paramLabel = "FILE.svg",
      description = "Also draw the probabilities as an SVG chart into FILE.svg.")
  Path chart;

  @Option(
      names = "--consecutive-months",
      description = "Chain meeting months forward instead of CME's adjacent-anchor rule.")
  boolean consecutive;

  @Option(
      names = "--day-count",
      paramLabel = "COUNT",
      converter = DayCountConverter.class,
      description =
          "Which rate the decision day counts at: old-rate (default: decisions take effect the"
              + " next day; CME's page of 2026) or new-rate (CME's method documents of 2015 and"
              + " 2022).")
  FedWatchDayCount dayCount = FedWatchDayCount.DECISION_DAY_AT_OLD_RATE;

  @Override
  public boolean onlyPrints() {
    return chart == null;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    FedWatchConvention convention =
        consecutive
            ? FedWatchConvention.CONSECUTIVE_MONTHS
            : FedWatchConvention.CME_ADJACENT_ANCHOR;
    try (UseCases capshift = store.open()) {
      RateExpectations r =
          capshift
              .rates()
              .getRateExpectations(
                  new GetRateExpectationsQuery(
                      asOf.value(), Optional.ofNullable(strip), convention, dayCount));
      var answer = r;
      format.print(out, store.backend(), answer, () -> FedWatchText.render(answer));
      if (chart != null) {
        OutputFiles.write(chart, FedWatchChart.svg(r));
        (format.isText() ? out : spec.err()).println("chart written to " + chart);
      }
    }
    return 0;
  }

  /** {@code old-rate} or {@code new-rate}. */
  static final class DayCountConverter implements Converter<FedWatchDayCount> {
    @Override
    public FedWatchDayCount convert(String name) {
      return switch (name.strip().toLowerCase(java.util.Locale.US)) {
        case "old-rate", "decision-day-at-old-rate" -> FedWatchDayCount.DECISION_DAY_AT_OLD_RATE;
        case "new-rate", "decision-day-at-new-rate" -> FedWatchDayCount.DECISION_DAY_AT_NEW_RATE;
        default -> throw new BadValueException("must be old-rate or new-rate, got '" + name + "'");
      };
    }
  }
}
