package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.GrowthComparison;
import io.capshift.application.port.in.ValuationComparison;
import io.capshift.application.port.in.ValuationSide;

/** Renders the answer of {@code capshift compare} as text. */
public final class CompareText {
  private CompareText() {}

  /** Both sides with their inputs and dates, the ratio, the discount and the ratio's history. */
  public static String render(ValuationComparison c) {
    StringBuilder out = new StringBuilder();
    out.append(side("small", c.small())).append(side("large", c.large()));
    out.append(Text.line("ratio (small / large P/E)   %s", Text.figure(c.ratio(), "%.3f")));
    out.append(Text.line("discount (1 - ratio)        %s", Text.percent(c.discount())));
    c.ratioHistory()
        .ifPresentOrElse(
            h ->
                out.append(
                    Text.line(
                        "ratio history (%s, %,d obs from %s): mean %.3f, z %s, percentile %s",
                        h.window().describe(),
                        h.observations(),
                        h.windowStart(),
                        h.mean(),
                        Text.figure(h.zScore(), "%+.2f"),
                        Text.pct(h.percentileRank()))),
            () -> out.append("ratio history: not available (needs a dated P/E history of both)\n"));
    out.append(
        Text.line(
            "look-through growth (forward over trailing earnings): small %s, large %s; gap %s",
            lookGrowth(c.small()),
            lookGrowth(c.large()),
            c.growthGap().isDefined()
                ? String.format(
                    java.util.Locale.US, "%+.2f points", 100 * c.growthGap().getAsDouble())
                : Text.figure(c.growthGap(), "%f")));
    out.append(notes(c.notes()));
    out.append(Text.line("data version %d", c.dataVersion()));
    return out.toString();
  }

  private static String lookGrowth(ValuationSide s) {
    return s.lookThrough()
        .map(
            l ->
                (l.earningsGrowth().isDefined()
                        ? Text.pct(l.earningsGrowth().getAsDouble())
                        : Text.figure(l.earningsGrowth(), "%f"))
                    + String.format(
                        java.util.Locale.US,
                        " (%,d/%,d holdings, %s of value)",
                        l.growthCoverage().used(),
                        l.growthCoverage().total(),
                        Text.pct(l.growthCoverage().usedWeight())))
        .orElse("n/a (no look-through)");
  }

  private static String notes(java.util.List<String> notes) {
    StringBuilder out = new StringBuilder();
    notes.forEach(n -> out.append("note: ").append(n).append('\n'));
    return out.toString();
  }

  private static String side(String label, ValuationSide s) {
    return Text.line(
        "%-6s %-10s P/E %s  [%s, as of %s, from %s; datasets %s]",
        label,
        s.id(),
        Text.figure(s.priceEarnings(), "%.2f"),
        s.measure(),
        s.asOf(),
        s.input(),
        String.join(", ", s.datasetIds()));
  }

  /** The earnings growth gap of both sides, with the notes on their inputs. */
  public static String growth(GrowthComparison g) {
    return Text.line(
            "growth: small %s (%s, as of %s), large %s (%s, as of %s), gap %s",
            Text.percent(g.small().growth()),
            g.small().input(),
            g.small().asOf(),
            Text.percent(g.large().growth()),
            g.large().input(),
            g.large().asOf(),
            Text.figure(g.growthGap(), "%+.4f"))
        + notes(g.notes());
  }

  /** Why there is no growth gap. */
  public static String growthUnavailable(String why) {
    return "growth gap: not available (" + why + ")\n";
  }
}
