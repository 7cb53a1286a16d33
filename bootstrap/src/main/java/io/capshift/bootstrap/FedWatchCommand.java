package io.capshift.bootstrap;

import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.RateExpectations;
import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.rates.FedWatchMeeting;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code capshift fedwatch}: what fed funds futures price for each coming FOMC meeting. */
@Command(
    name = "fedwatch",
    mixinStandardHelpOptions = true,
    description =
        "Target-range probabilities per FOMC meeting from a fed funds futures strip"
            + " (CME FedWatch method).")
final class FedWatchCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "Use the latest strip dated on or before this date (default: the latest).")
  LocalDate asOf;

  @Option(names = "--strip", paramLabel = "ID", description = "Target id of a stored strip.")
  String strip;

  @Option(
      names = "--chart",
      paramLabel = "FILE.svg",
      description = "Also draw the probabilities as an SVG chart into FILE.svg.")
  java.nio.file.Path chart;

  @Option(
      names = "--consecutive-months",
      description = "Chain meeting months forward instead of CME's adjacent-anchor rule.")
  boolean consecutive;

  @Override
  public Integer call() {
    FedWatchConvention convention =
        consecutive
            ? FedWatchConvention.CONSECUTIVE_MONTHS
            : FedWatchConvention.CME_ADJACENT_ANCHOR;
    try (Capshift capshift = store.open()) {
      RateExpectations r =
          capshift
              .rates()
              .getRateExpectations(
                  new GetRateExpectationsQuery(
                      Optional.ofNullable(asOf), Optional.ofNullable(strip), convention));
      System.out.print(render(r));
      if (chart != null) {
        try {
          java.nio.file.Files.writeString(chart, FedWatchChart.svg(r));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(
              "cannot write " + chart + ": " + e.getMessage(), e);
        }
        System.out.println("chart written to " + chart);
      }
    }
    return 0;
  }

  static String render(RateExpectations r) {
    StringBuilder out = new StringBuilder();
    out.append(
        Text.line(
            "FedWatch method (%s), futures as of %s; current range %.2f-%.2f%%",
            r.result().convention(),
            r.result().asOf(),
            r.result().current().lowerBound() * 100,
            r.result().current().upperBound() * 100));
    out.append(
        Text.line(
            "inputs: %s, %s, %s; data version %d",
            r.stripDatasetId(), r.calendarDatasetId(), r.targetRangeDatasetId(), r.dataVersion()));
    TreeMap<Double, String> labels = new TreeMap<>();
    r.result()
        .meetings()
        .forEach(m -> m.ranges().forEach(p -> labels.put(p.lowerBound(), p.label())));
    out.append("target range in bp; probability of each, cumulative to the meeting\n");
    out.append(String.format(Locale.ROOT, "%-11s", "meeting"));
    labels.values().forEach(l -> out.append(String.format(Locale.ROOT, "%9s", l)));
    out.append(
        String.format(
            Locale.ROOT, "%10s %8s %8s %8s%n", "expected", "P(below)", "P(any)", "moves"));
    for (FedWatchMeeting m : r.result().meetings()) {
      out.append(String.format(Locale.ROOT, "%-11s", m.meeting().decisionDate()));
      labels
          .values()
          .forEach(
              l -> {
                double p = m.probabilityOf(l);
                out.append(p > 0 ? String.format(Locale.ROOT, "%8.1f%%", p * 100) : "        -");
              });
      out.append(
          String.format(
              Locale.ROOT,
              "%9.3f%% %7.1f%% %7.1f%% %+8.2f%n",
              m.expectedRate() * 100,
              m.probabilityOfCutByThen() * 100,
              m.probabilityOfAnyCutByThen() * 100,
              m.impliedMoves()));
    }
    r.result()
        .incomplete()
        .ifPresent(why -> out.append(Text.line("note: meetings stop here: %s", why)));
    out.append(
        "expected: probability-weighted mid rate; P(below): range below today's by then; P(any): at"
            + " least one cut by then on any path; moves: expected change in 25 bp steps, negative"
            + " = cuts\n");
    return out.toString();
  }
}
