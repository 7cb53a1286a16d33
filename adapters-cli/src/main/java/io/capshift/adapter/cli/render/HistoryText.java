package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.ValuationHistory;
import io.capshift.domain.history.HistoryStatistics;

/** Renders the answer of {@code capshift history} as text. */
public final class HistoryText {
  private HistoryText() {}

  /** The value at its date against the statistics of its window. */
  public static String render(ValuationHistory h) {
    HistoryStatistics s = h.statistics();
    return Text.line("%s (%s)", s.seriesId(), s.unit())
        + Text.line(
            "  from        %s; datasets %s",
            h.derivation(), String.join(", ", h.sourceDatasetIds()))
        + Text.line(
            "  value       %.4f at %s (asked for %s)", s.value(), s.observationDate(), s.asOf())
        + Text.line(
            "  window      %s: %s .. %s, %,d observations",
            s.window().describe(), s.windowStart(), s.observationDate(), s.observations())
        + Text.line("  mean        %.4f", s.mean())
        + Text.line("  std dev     %s", Text.figure(s.standardDeviation(), "%.4f"))
        + Text.line("  z-score     %s", Text.figure(s.zScore(), "%+.2f"))
        + Text.line(
            "  percentile  %s (share of the window at or below the value)",
            Text.pct(s.percentileRank()))
        + Text.line("  data version %d", h.dataVersion());
  }

  /** One line: the value at its date against the mean, z-score and percentile of its history. */
  public static String brief(ValuationHistory h) {
    HistoryStatistics s = h.statistics();
    return Text.line(
        "%s at %s: %.2f; mean %.2f since %s; z %s; percentile %.0f; %s",
        s.seriesId(),
        s.observationDate(),
        s.value(),
        s.mean(),
        s.windowStart(),
        Text.figure(s.zScore(), "%+.2f"),
        s.percentileRank() * 100,
        h.derivation());
  }
}
