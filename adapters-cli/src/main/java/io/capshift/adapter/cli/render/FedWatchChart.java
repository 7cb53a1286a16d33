package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.RateExpectations;
import io.capshift.domain.rates.FedWatchMeeting;
import io.capshift.domain.rates.RangeProbability;
import java.util.Locale;

/**
 * Draws rate expectations as an SVG: one horizontal bar per meeting, split into the target ranges'
 * probabilities; below today's range in blue (darker = more cuts), today's in grey, above in red.
 */
public final class FedWatchChart {
  private static final int ROW = 26;
  private static final int LEFT = 110;
  private static final int WIDTH = 640;
  private static final int TOP = 48;

  private FedWatchChart() {}

  /** One bar per meeting, split into its ranges' probabilities. */
  public static String svg(RateExpectations r) {
    int rows = r.result().meetings().size();
    int height = TOP + rows * ROW + 40;
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            LEFT + WIDTH + 20,
            height));
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"10\" y=\"20\" font-size=\"14\">Target-range probabilities by FOMC meeting,"
                + " futures as of %s (range today %.2f-%.2f%%)</text>%n",
            r.result().asOf(),
            r.result().current().lowerBound() * 100,
            r.result().current().upperBound() * 100));
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"10\" y=\"36\" fill=\"#555\">inputs: %s, %s," + " %s</text>%n",
            r.stripDatasetId(),
            r.calendarDatasetId(),
            r.targetRangeDatasetId()));
    int y = TOP;
    for (FedWatchMeeting m : r.result().meetings()) {
      out.append(
          String.format(
              Locale.ROOT,
              "<text x=\"10\" y=\"%d\">%s</text>%n",
              y + 16,
              m.meeting().decisionDate()));
      double x = LEFT;
      for (RangeProbability p : m.ranges()) {
        double w = p.probability() * WIDTH;
        out.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\""
                    + " height=\"%d\" fill=\"%s\"><title>%s bp: %.1f%%</title></rect>%n",
                x,
                y,
                w,
                ROW - 6,
                colour(p, r),
                p.label(),
                p.probability() * 100));
        x += w;
      }
      y += ROW;
    }
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" fill=\"#555\">blue: below"
                + " today's range (darker = more cuts); grey: unchanged; red: above</text>%n",
            LEFT,
            y + 20));
    return out.append("</svg>\n").toString();
  }

  private static String colour(RangeProbability p, RateExpectations r) {
    long steps = Math.round((p.lowerBound() - r.result().current().lowerBound()) / 0.0025);
    if (steps == 0) {
      return "#bbbbbb";
    }
    int shade = (int) Math.max(40, 220 - 30 * Math.abs(steps));
    return steps < 0
        ? String.format(Locale.ROOT, "rgb(%d,%d,255)", shade, shade)
        : String.format(Locale.ROOT, "rgb(255,%d,%d)", shade, shade);
  }
}
