package io.capshift.adapter.cli.render;

import io.capshift.domain.common.Staleness;
import io.capshift.domain.signal.RotationSignal;
import io.capshift.domain.signal.SignalComponent;
import java.util.Locale;

/** Renders the answer of {@code capshift signal} as text. */
public final class SignalText {
  private SignalText() {}

  /** The call, then every component with its raw value, z-score, weight, contribution and data. */
  public static String render(RotationSignal s) {
    StringBuilder out =
        new StringBuilder(
            Text.line(
                "rotation signal as of %s: %s (score %+.2f" + " sd; threshold ±%.1f)",
                s.asOf(), s.stance(), s.score(), s.threshold()));
    long used = s.components().stream().filter(c -> c.leftOut().isEmpty()).count();
    out.append(
        Text.line(
            "  %d of %d components used; weights renormalised over them; positive"
                + " favours small caps",
            used, s.components().size()));
    if (!s.fund().isEmpty()) {
      out.append(Text.line("  fund: %s (%s)", s.fund(), s.fundNote()));
    }
    out.append(
        String.format(
            Locale.US,
            "  %-22s %14s %8s %7s %12s  %s%n",
            "component",
            "raw",
            "z",
            "weight",
            "contribution",
            "last observation"));
    for (SignalComponent c : s.components()) {
      out.append(
          String.format(
              Locale.US,
              "  %-22s %14s %8s %7.2f %+12.3f  %s%n",
              c.name(),
              c.raw().isPresent() ? FundText.number(c.raw().getAsDouble()) : "-",
              c.zScore().isPresent()
                  ? String.format(Locale.US, "%+.2f", c.zScore().getAsDouble())
                  : "-",
              c.weight(),
              c.contribution(),
              c.lastObservation()
                  .map(d -> d + " (" + Staleness.ageDays(d, s.asOf()) + " days before)")
                  .orElse("-")));
      out.append(
          Text.line(
              "      %s: %s", c.unit(), c.leftOut().map(w -> "left out: " + w).orElse(c.source())));
    }
    return out.toString();
  }
}
