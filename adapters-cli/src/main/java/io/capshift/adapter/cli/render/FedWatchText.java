package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.RateExpectations;
import io.capshift.domain.rates.FedWatchMeeting;
import io.capshift.domain.rates.PublishedDistribution;
import io.capshift.domain.rates.RangeProbability;
import java.time.LocalDate;
import java.util.TreeMap;

/** Renders the answer of {@code capshift fedwatch} as text. */
public final class FedWatchText {
  private FedWatchText() {}

  /** Each meeting's target-range probabilities, expected rate, cut probabilities and moves. */
  public static String render(RateExpectations r) {
    StringBuilder out = new StringBuilder();
    // no String.format anywhere here: the first call alone compiles its pattern and loads the
    // formatter, which a cold command pays in full (Text.fixed)
    r.stale().ifPresent(why -> out.append("STALE: ").append(why).append('\n'));
    out.append("FedWatch method (")
        .append(r.result().convention())
        .append(", ")
        .append(r.result().dayCount())
        .append("), futures as of ")
        .append(r.result().asOf())
        .append("; current range ")
        .append(Text.fixed(r.result().current().lowerBound() * 100, 2))
        .append('-')
        .append(Text.fixed(r.result().current().upperBound() * 100, 2))
        .append("%\n");
    out.append("inputs: ")
        .append(r.stripDatasetId())
        .append(", ")
        .append(r.calendarDatasetId())
        .append(", ")
        .append(r.targetRangeDatasetId())
        .append("; data version ")
        .append(r.dataVersion())
        .append('\n');
    TreeMap<Double, String> labels = new TreeMap<>();
    r.result()
        .meetings()
        .forEach(m -> m.ranges().forEach(p -> labels.put(p.lowerBound(), p.label())));
    out.append("target range in bp; probability of each, cumulative to the meeting\n");
    // the table's cells without String.format: it parses its pattern for every cell, which in a
    // command that starts cold was most of this rendering (Text.fixed)
    String eol = System.lineSeparator();
    out.append(Text.left("meeting", 11));
    labels.values().forEach(l -> out.append(Text.right(l, 9)));
    out.append(Text.right("expected", 10))
        .append(' ')
        .append(Text.right("P(below)", 8))
        .append(' ')
        .append(Text.right("P(any)", 8))
        .append(' ')
        .append(Text.right("moves", 8))
        .append(eol);
    r.published()
        .values()
        .forEach(d -> d.ranges().forEach(p -> labels.put(p.lowerBound(), p.label())));
    for (FedWatchMeeting m : r.result().meetings()) {
      LocalDate decided = m.meeting().decisionDate();
      boolean past = r.past(decided);
      out.append(Text.left(decided.toString(), 11));
      labels
          .values()
          .forEach(
              l -> {
                double p = m.probabilityOf(l);
                out.append(p > 0 ? percentCell(p) : "        -");
              });
      out.append(Text.right(Text.fixed(m.expectedRate() * 100, 3), 9))
          .append("% ")
          .append(Text.right(Text.fixed(m.probabilityOfCutByThen() * 100, 1), 7))
          .append("% ")
          .append(Text.right(Text.fixed(m.probabilityOfAnyCutByThen() * 100, 1), 7))
          .append("% ")
          .append(Text.right(Text.signed(m.impliedMoves(), 2), 8))
          .append(eol);
      if (past) {
        out.append("           (decided by the date asked for: past, priced before it)\n");
      }
      PublishedDistribution cme = r.published().get(decided);
      if (cme != null) {
        out.append(Text.left("  CME", 11));
        labels
            .values()
            .forEach(
                l -> {
                  double p =
                      cme.ranges().stream()
                          .filter(x -> x.label().equals(l))
                          .mapToDouble(RangeProbability::probability)
                          .sum();
                  out.append(p > 0 ? percentCell(p) : "        -");
                });
        out.append(Text.right(Text.fixed(cme.expectedMid() * 100, 3), 9))
            .append("%   as CME published it on ")
            .append(cme.publishedOn())
            .append(eol);
      }
    }
    r.result()
        .incomplete()
        .ifPresent(why -> out.append("note: meetings stop here: ").append(why).append('\n'));
    out.append(
        "expected: probability-weighted mid rate; P(below): range below today's by then; P(any): at"
            + " least one cut by then on any path; moves: expected change in 25 bp steps, negative"
            + " = cuts\n");
    return out.toString();
  }

  /** A probability as a percentage cell, {@code "%8.1f%%"}. */
  private static String percentCell(double p) {
    return Text.right(Text.fixed(p * 100, 1), 8) + "%";
  }
}
