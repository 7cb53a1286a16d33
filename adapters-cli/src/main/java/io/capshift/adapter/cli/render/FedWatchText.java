package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.RateExpectations;
import io.capshift.domain.rates.FedWatchMeeting;
import java.util.Locale;
import java.util.TreeMap;

/** Renders the answer of {@code capshift fedwatch} as text. */
public final class FedWatchText {
  private FedWatchText() {}

  /** Each meeting's target-range probabilities, expected rate, cut probabilities and moves. */
  public static String render(RateExpectations r) {
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
