package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.BadValueException;
import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Converter;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.EventStudyChart;
import io.capshift.adapter.cli.render.EventStudyText;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.history.CycleRule;
import io.capshift.domain.history.EventStudy;
import io.capshift.domain.history.FirstCutDetector;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code capshift event-study}: small vs large after the first cut of each easing cycle. */
@Command(
    name = "event-study",
    description =
        "Returns of small and large caps after the first Fed cut of each easing cycle,"
            + " against every month as the baseline.")
final class EventStudyCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Mixin ReturnSeriesOptions series;

  @Option(
      names = "--policy",
      paramLabel = "SERIES",
      description =
          "Policy-rate series"
              + " (default: FRED DFEDTAR then DFEDTARU where imported, else the built-in ranges).")
  String policy;

  @Option(
      names = "--k",
      paramLabel = "MONTHS",
      description = "Months without a cut before a first cut (default: ${DEFAULT-VALUE}).")
  int quietMonths = FirstCutDetector.DEFAULT_QUIET_MONTHS;

  @Option(
      names = "--horizons",
      split = ",",
      paramLabel = "M,M,...",
      description = "Horizons in months (default: 3,6,12,18).")
  List<Integer> horizons = EventStudy.DEFAULT_HORIZONS;

  @Option(
      names = "--include-event-month",
      description = "Count from the cut's own month (default: from the month after).")
  boolean includeEventMonth;

  @Option(
      names = "--cycle-rule",
      paramLabel = "RULE",
      converter = CycleRuleConverter.class,
      description =
          "How a first cut is told: hike-or-quiet (default: after a hike of at least 25 bp or"
              + " --k months without a cut, moves under 25 bp ignored), since-1989 (the same,"
              + " cycles from 1989 on) or every-first-cut (after any rise, however small).")
  CycleRule cycleRule = CycleRule.HIKE_OR_QUIET;

  @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also draw the paths as SVG.")
  Path chart;

  @Override
  public boolean onlyPrints() {
    return chart == null;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    try (UseCases capshift = store.open()) {
      RunEventStudyUseCase.Report r =
          capshift
              .eventStudy()
              .runEventStudy(
                  new RunEventStudyUseCase.Query(
                      series.smallId(),
                      series.largeId(),
                      Optional.ofNullable(policy),
                      quietMonths,
                      horizons,
                      includeEventMonth,
                      cycleRule));
      var answer = r;
      format.print(out, store.backend(), answer, () -> EventStudyText.render(answer));
      if (chart != null) {
        OutputFiles.write(chart, EventStudyChart.svg(r));
        (format.isText() ? out : spec.err()).println("chart written to " + chart);
      }
    }
    return 0;
  }

  /** A {@link CycleRule} by its label. */
  static final class CycleRuleConverter implements Converter<CycleRule> {
    @Override
    public CycleRule convert(String label) {
      try {
        return CycleRule.ofLabel(label);
      } catch (IllegalArgumentException e) {
        throw new BadValueException(e.getMessage());
      }
    }
  }
}
