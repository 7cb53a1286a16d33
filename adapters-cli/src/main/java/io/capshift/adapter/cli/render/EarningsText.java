package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.EarningsOutlook;

/** Renders the answer of {@code capshift earnings} as text. */
public final class EarningsText {
  private EarningsText() {}

  /** Trailing and forward earnings, the P/Es, growth, PEG and the equity risk premium. */
  public static String render(EarningsOutlook o) {
    StringBuilder out = new StringBuilder();
    out.append(
        Text.line(
            "%s earnings, as of %s (from %s; datasets %s)",
            o.indexId(), o.asOf(), o.input(), String.join(", ", o.datasetIds())));
    out.append(Text.line("  index level          %s", Text.figure(o.indexLevel(), "%.2f")));
    out.append(Text.line("  trailing EPS (USD)   %s", Text.figure(o.trailingEps(), "%.2f")));
    o.forwardEps()
        .ifPresentOrElse(
            f ->
                out.append(
                    Text.line(
                        "  forward EPS (USD)    %.2f  [%s: %s]",
                        f.value(), f.method(), f.description())),
            () -> out.append("  forward EPS (USD)    n/a\n"));
    out.append(Text.line("  trailing P/E (x)     %s", Text.figure(o.trailingPe(), "%.2f")));
    out.append(Text.line("  forward P/E (x)      %s", Text.figure(o.forwardPe(), "%.2f")));
    out.append(Text.line("  growth               %s", Text.percent(o.growth())));
    out.append(Text.line("  PEG                  %s", Text.figure(o.peg(), "%.2f")));
    out.append(Text.line("  fwd earnings yield   %s", Text.percent(o.forwardEarningsYield())));
    out.append(Text.line("  10-year yield        %s", Text.percent(o.tenYearYield())));
    out.append(Text.line("  equity risk premium  %s", Text.percent(o.equityRiskPremium())));
    o.notes().forEach(n -> out.append("  note: ").append(n).append('\n'));
    return out.toString();
  }
}
