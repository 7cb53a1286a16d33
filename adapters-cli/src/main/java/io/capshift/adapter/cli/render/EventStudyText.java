package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.domain.history.EasingEvent;
import io.capshift.domain.history.EventOutcome;
import io.capshift.domain.history.HorizonReturn;
import io.capshift.domain.history.HorizonSummary;
import io.capshift.domain.history.OutcomeStats;
import java.util.Locale;
import java.util.OptionalDouble;

/** Renders the answer of {@code capshift eventstudy} as text. */
public final class EventStudyText {
  private EventStudyText() {}

  /** Each first cut with its horizon returns, then the summary against every month. */
  public static String render(RunEventStudyUseCase.Report r) {
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
            "  cycle rule %s: %s", q.cycleRule().label(), q.cycleRule().describe(q.quietMonths())));
    out.append(Text.line("  policy rate: %s", r.policySource()));
    long byDecision = r.events().stream().filter(EasingEvent::byDecision).count();
    out.append(
        Text.line(
            "  dated by the FOMC decision day (%s) for %d of %d cuts, else by the day the rate"
                + " changed",
            r.calendarSource(), byDecision, r.events().size()));
    out.append(Text.line("  small: %s", r.smallSource()));
    out.append(Text.line("  large: %s", r.largeSource()));
    out.append(
        Text.line(
            "  returns compounded monthly from the %s; small minus large = the"
                + " difference of cumulative returns; months %s .. %s",
            res.includeEventMonth() ? "cut's own month" : "month after the cut",
            res.firstMonth(),
            res.lastMonth()));
    out.append(String.format(Locale.US, "%n%-12s %-12s %-15s", "first cut", "in effect", "rate"));
    q.horizons().forEach(h -> out.append(String.format(Locale.US, "%20s", h + "m s/l/diff")));
    out.append('\n');
    for (EventOutcome o : res.outcomes()) {
      EasingEvent e = o.event();
      out.append(
          String.format(
              Locale.US,
              "%-12s %-12s %5.2f -> %5.2f%%",
              e.date(),
              e.effective(),
              e.rateBefore() * 100,
              e.rateAfter() * 100));
      for (HorizonReturn h : o.horizons()) {
        out.append(
            String.format(
                Locale.US,
                "%20s",
                h.difference().isPresent()
                    ? String.format(
                        Locale.US,
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
            Locale.US,
            "%-8s %28s %34s%n",
            "horizon",
            "after cuts: n, mean, median, hit",
            "baseline: n, mean, median, hit"));
    for (HorizonSummary s : res.summaries()) {
      out.append(
          String.format(
              Locale.US,
              "%-8s %28s %34s%n",
              s.months() + "m",
              stats(s.events()),
              stats(s.baseline())));
    }
    out.append("hit: share of cases in which small caps beat large caps\n");
    byRule(r, out);
    return out.toString();
  }

  /** The headline under every cycle rule, with each rule's list of cycles. */
  private static void byRule(RunEventStudyUseCase.Report r, StringBuilder out) {
    out.append(Text.line("%nsmall minus large after first cuts, by cycle rule: n, mean, hit"));
    out.append(String.format(Locale.US, "%-16s %6s", "rule", "cycles"));
    r.query().horizons().forEach(h -> out.append(String.format(Locale.US, "%20s", h + "m")));
    out.append('\n');
    for (RunEventStudyUseCase.RuleHeadline h : r.byRule()) {
      out.append(String.format(Locale.US, "%-16s %6d", h.rule().label(), h.events().size()));
      for (HorizonSummary s : h.summaries()) {
        OutcomeStats e = s.events();
        out.append(
            String.format(
                Locale.US,
                "%20s",
                e.count() == 0
                    ? "0, n/a"
                    : String.format(
                        Locale.US,
                        "%d, %+.1f%%, %.0f%%",
                        e.count(),
                        pct(e.mean()),
                        pct(e.hitRate()))));
      }
      out.append('\n');
    }
    for (RunEventStudyUseCase.RuleHeadline h : r.byRule()) {
      out.append(
          Text.line(
              "  %s: %s",
              h.rule().label(),
              h.events().isEmpty()
                  ? "no first cut"
                  : String.join(" ", h.events().stream().map(e -> e.date().toString()).toList())));
    }
  }

  private static String stats(OutcomeStats s) {
    return s.count() == 0
        ? "0, n/a"
        : String.format(
            Locale.US,
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
