package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.RateExpectations;
import io.capshift.domain.rates.FedWatchMeeting;
import io.capshift.domain.rates.PublishedDistribution;
import io.capshift.domain.rates.RangeProbability;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeMap;

/** Renders the answer of {@code capshift fedwatch} as text. */
public final class FedWatchText {
  private FedWatchText() {}

  /** Each meeting's target-range probabilities, expected rate, cut probabilities and moves. */
  public static String render(RateExpectations r) {
    StringBuilder out = new StringBuilder();
    r.stale().ifPresent(why -> out.append(Text.line("STALE: %s", why)));
    out.append(
        Text.line(
            "FedWatch method (%s, %s), futures as of %s; current range %.2f-%.2f%%",
            r.result().convention(),
            r.result().dayCount(),
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
    r.published()
        .values()
        .forEach(d -> d.ranges().forEach(p -> labels.put(p.lowerBound(), p.label())));
    for (FedWatchMeeting m : r.result().meetings()) {
      LocalDate decided = m.meeting().decisionDate();
      boolean past = r.past(decided);
      out.append(String.format(Locale.ROOT, "%-11s", decided));
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
      if (past) {
        out.append("           (decided by the date asked for: past, priced before it)\n");
      }
      PublishedDistribution cme = r.published().get(decided);
      if (cme != null) {
        out.append(String.format(Locale.ROOT, "%-11s", "  CME"));
        labels
            .values()
            .forEach(
                l -> {
                  double p =
                      cme.ranges().stream()
                          .filter(x -> x.label().equals(l))
                          .mapToDouble(RangeProbability::probability)
                          .sum();
                  out.append(p > 0 ? String.format(Locale.ROOT, "%8.1f%%", p * 100) : "        -");
                });
        out.append(
            String.format(
                Locale.ROOT,
                "%9.3f%%   as CME published it on %s%n",
                cme.expectedMid() * 100,
                cme.publishedOn()));
      }
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
