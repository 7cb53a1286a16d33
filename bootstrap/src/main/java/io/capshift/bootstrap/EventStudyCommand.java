package io.capshift.bootstrap;

import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.domain.history.EasingEvent;
import io.capshift.domain.history.EventOutcome;
import io.capshift.domain.history.EventStudy;
import io.capshift.domain.history.FirstCutDetector;
import io.capshift.domain.history.HorizonReturn;
import io.capshift.domain.history.HorizonSummary;
import io.capshift.domain.history.OutcomeStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code capshift event-study}: small vs large after the first cut of each easing cycle. */
@Command(
    name = "event-study",
    mixinStandardHelpOptions = true,
    description =
        "Returns of small and large caps after the first Fed cut of each easing cycle,"
            + " against every month as the baseline.")
final class EventStudyCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--small",
      paramLabel = "SERIES",
      description =
          "Small-cap returns or prices,"
              + " or a size portfolio such as lo20 or lo10 (default: ${DEFAULT-VALUE}).")
  String small = RunEventStudyUseCase.DEFAULT_SMALL;

  @Option(
      names = "--large",
      paramLabel = "SERIES",
      description =
          "Large-cap returns or prices,"
              + " or a size portfolio such as hi20 (default: ${DEFAULT-VALUE}).")
  String large = RunEventStudyUseCase.DEFAULT_LARGE;

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
      description = "Months without a cut before a" + " first cut (default: ${DEFAULT-VALUE}).")
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

  @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also draw the paths as SVG.")
  Path chart;

  @Override
  public Integer call() throws Exception {
    try (Capshift capshift = store.open()) {
      RunEventStudyUseCase.Report r =
          capshift
              .eventStudy()
              .runEventStudy(
                  new RunEventStudyUseCase.Query(
                      series(small),
                      series(large),
                      Optional.ofNullable(policy),
                      quietMonths,
                      horizons,
                      includeEventMonth));
      System.out.print(render(r));
      if (chart != null) {
        Files.writeString(chart, EventStudyChart.svg(r));
        System.out.println("chart written to " + chart);
      }
    }
    return 0;
  }

  /** A series id; a bare portfolio name ({@code lo20}) is the value-weighted size portfolio. */
  static String series(String id) {
    return id.contains(":") ? id : "ff-size:vw_" + id.strip().toLowerCase(Locale.ROOT);
  }

  static String render(RunEventStudyUseCase.Report r) {
    var q = r.query();
    var res = r.result();
    StringBuilder out = new StringBuilder();
    out.append(
        Text.line(
            "Event study: small minus large after the first cut of each easing"
                + " cycle; data version %d",
            r.dataVersion()));
    out.append(
        Text.line(
            "  first cut: a cut after %d months without one, or after a hike;" + " policy rate: %s",
            q.quietMonths(), r.policySource()));
    out.append(Text.line("  small: %s", r.smallSource()));
    out.append(Text.line("  large: %s", r.largeSource()));
    out.append(
        Text.line(
            "  returns compounded monthly from the %s; small minus large = the"
                + " difference of cumulative returns; months %s .. %s",
            res.includeEventMonth() ? "cut's own month" : "month after the cut",
            res.firstMonth(),
            res.lastMonth()));
    out.append(String.format(Locale.ROOT, "%n%-12s %-15s", "first cut", "rate"));
    q.horizons().forEach(h -> out.append(String.format(Locale.ROOT, "%20s", h + "m s/l/diff")));
    out.append('\n');
    for (EventOutcome o : res.outcomes()) {
      EasingEvent e = o.event();
      out.append(
          String.format(
              Locale.ROOT,
              "%-12s %5.2f -> %5.2f%%",
              e.date(),
              e.rateBefore() * 100,
              e.rateAfter() * 100));
      for (HorizonReturn h : o.horizons()) {
        out.append(
            String.format(
                Locale.ROOT,
                "%20s",
                h.difference().isPresent()
                    ? String.format(
                        Locale.ROOT,
                        "%+.0f/%+.0f/%+.1f%%",
                        h.small().getAsDouble() * 100,
                        h.large().getAsDouble() * 100,
                        h.difference().getAsDouble() * 100)
                    : "no data"));
      }
      out.append('\n');
    }
    out.append(
        Text.line(
            "%nsmall minus large by horizon: after first cuts vs every month" + " (baseline)"));
    out.append(
        String.format(
            Locale.ROOT,
            "%-8s %28s %34s%n",
            "horizon",
            "after cuts: n, mean, median, hit",
            "baseline: n, mean, median, hit"));
    for (HorizonSummary s : res.summaries()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-8s %28s %34s%n",
              s.months() + "m",
              stats(s.events()),
              stats(s.baseline())));
    }
    out.append("hit: share of cases in which small caps beat large caps\n");
    return out.toString();
  }

  private static String stats(OutcomeStats s) {
    return s.count() == 0
        ? "0, n/a"
        : String.format(
            Locale.ROOT,
            "%d, %+.1f%%, %+.1f%%, %.0f%%",
            s.count(),
            pct(s.mean()),
            pct(s.median()),
            pct(s.hitRate()));
  }

  private static double pct(OptionalDouble d) {
    return d.getAsDouble() * 100;
  }
}
