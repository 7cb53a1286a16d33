package io.capshift.adapter.cli.render;

import io.capshift.domain.signal.ReturnParts;
import io.capshift.domain.signal.ScenarioResult;
import java.util.List;
import java.util.Locale;

/** Renders the answer of {@code capshift scenario} as text. */
public final class ScenarioText {
  private ScenarioText() {}

  /** The scenario's inputs and each side's annual return split into its parts, in percent. */
  public static String render(ScenarioResult r) {
    var s = r.scenario();
    StringBuilder out =
        new StringBuilder(
            Text.line(
                "scenario %s: %.1f years, rate moves %s bp" + " (%+.0f bp in all)",
                s.name(),
                s.horizonYears(),
                s.rateMovesBps().stream().map(b -> String.format(Locale.US, "%.1f", b)).toList(),
                r.rateChangeBps()));
    out.append(Text.line("  from: %s", s.sources()));
    out.append(
        String.format(
            Locale.US,
            "  %-32s %9s %9s %9s %9s %9s %9s%n",
            "a year",
            "div yld",
            "earnings",
            "rates",
            "multiple",
            "compound",
            "total"));
    row(out, s.small().label(), r.small());
    row(out, s.large().label(), r.large());
    out.append(Text.line("  small minus large: %+.2f points a year", r.difference() * 100));
    out.append(
        Text.line("  rates: small %s; large %s", s.small().rateSource(), s.large().rateSource()));
    out.append(
        Text.line(
            "  P/E: small %.1f -> %.1f, large %.1f -> %.1f",
            s.small().pe(), r.small().targetPe(), s.large().pe(), r.large().targetPe()));
    return out.toString();
  }

  private static void row(StringBuilder out, String label, ReturnParts p) {
    out.append(
        String.format(
            Locale.US,
            "  %-32s %8.2f%% %8.2f%% %8.2f%% %8.2f%% %8.2f%% %8.2f%%%n",
            label,
            pct(p.dividendYield()),
            pct(p.earningsGrowth()),
            pct(p.rateEffect()),
            pct(p.multipleChange()),
            pct(p.interaction()),
            pct(p.total())));
  }

  /** What differs between {@code a} and {@code b}, part by part, in points a year. */
  public static String changes(ScenarioResult a, ScenarioResult b) {
    StringBuilder out =
        new StringBuilder("what changed (scenario minus no moves, points a year):\n");
    for (var side :
        List.of(
            new Object[] {"small", a.small(), b.small()},
            new Object[] {"large", a.large(), b.large()})) {
      ReturnParts x = (ReturnParts) side[1];
      ReturnParts y = (ReturnParts) side[2];
      List<String> same = new java.util.ArrayList<>();
      if (x.dividendYield() == y.dividendYield()) {
        same.add("dividend yield");
      }
      if (x.earningsGrowth() == y.earningsGrowth()) {
        same.add("earnings growth");
      }
      if (x.multipleChange() == y.multipleChange()) {
        same.add("multiple");
      }
      out.append(
          String.format(
              Locale.US,
              "  %-6s rates %+.2f, compound %+.2f, total %+.2f%s%n",
              side[0],
              pct(x.rateEffect() - y.rateEffect()),
              pct(x.interaction() - y.interaction()),
              pct(x.total() - y.total()),
              same.isEmpty() ? "" : "; unchanged: " + String.join(", ", same)));
    }
    out.append(
        Text.line(
            "  small minus large: %+.2f -> %+.2f", a.difference() * 100, b.difference() * 100));
    return out.toString();
  }

  /** Percent, with a rounding residue shown as 0 rather than -0.00. */
  private static double pct(double decimal) {
    double v = decimal * 100;
    return Math.abs(v) < 5e-7 ? 0 : v;
  }
}
