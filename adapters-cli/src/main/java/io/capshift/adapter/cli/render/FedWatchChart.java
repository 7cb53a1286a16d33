package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.RateExpectations;
import io.capshift.domain.rates.FedWatchMeeting;
import io.capshift.domain.rates.RangeProbability;
import java.util.Locale;

/**
 * Draws rate expectations as an SVG: one horizontal bar per meeting, split into the target ranges'
 * probabilities on a 0-100% axis; below today's range in blue (darker = more cuts), today's in
 * grey, above in red. Segments wide enough carry their range (bp) and probability; a legend maps
 * each colour to its range.
 */
public final class FedWatchChart {
  private static final int ROW = 26;
  private static final int LEFT = 110;
  private static final int WIDTH = 640;
  private static final int TOP = 112;

  private FedWatchChart() {}

  /** One bar per meeting, split into its ranges' probabilities. */
  public static String svg(RateExpectations r) {
    int rows = r.result().meetings().size();
    int height = TOP + rows * ROW + 30;
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.US,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            LEFT + WIDTH + 20,
            height));
    out.append(
        String.format(
            Locale.US,
            "<text x=\"10\" y=\"20\" font-size=\"14\">Target-range probabilities by FOMC meeting,"
                + " futures as of %s (range today %.2f-%.2f%%)</text>%n",
            r.result().asOf(),
            r.result().current().lowerBound() * 100,
            r.result().current().upperBound() * 100));
    out.append(
        String.format(
            Locale.US,
            "<text x=\"10\" y=\"38\" fill=\"#555\" font-size=\"11\">inputs: %s, %s</text>%n"
                + "<text x=\"10\" y=\"52\" fill=\"#555\" font-size=\"11\">%s</text>%n",
            ReportCharts.esc(r.stripDatasetId()),
            ReportCharts.esc(r.calendarDatasetId()),
            ReportCharts.esc(r.targetRangeDatasetId())));
    legend(out, r);
    // the probability axis: 0-100% with grid lines through every bar
    for (int pct = 0; pct <= 100; pct += 25) {
      double gx = LEFT + pct / 100.0 * WIDTH;
      out.append(
          String.format(
              Locale.US,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">%d%%</text>%n",
              gx,
              TOP - 6,
              pct));
    }
    int y = TOP;
    for (FedWatchMeeting m : r.result().meetings()) {
      out.append(
          String.format(
              Locale.US,
              "<text x=\"10\" y=\"%d\">%s</text>%n",
              y + 16,
              m.meeting().decisionDate()));
      double x = LEFT;
      for (RangeProbability p : m.ranges()) {
        double w = p.probability() * WIDTH;
        out.append(
            String.format(
                Locale.US,
                "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\""
                    + " height=\"%d\" fill=\"%s\"><title>%s bp: %.1f%%</title></rect>%n",
                x,
                y,
                w,
                ROW - 6,
                colour(p, r),
                p.label(),
                p.probability() * 100));
        if (w >= 62) {
          out.append(
              String.format(
                  Locale.US,
                  "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\""
                      + " fill=\"%s\">%s %.0f%%</text>%n",
                  x + w / 2,
                  y + 14,
                  ink(p, r),
                  p.label(),
                  p.probability() * 100));
        }
        x += w;
      }
      y += ROW;
    }
    for (int pct = 0; pct <= 100; pct += 25) {
      double gx = LEFT + pct / 100.0 * WIDTH;
      out.append(
          String.format(
              Locale.US,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#fff\""
                  + " stroke-opacity=\"0.7\" stroke-dasharray=\"2 3\"/>%n",
              gx,
              TOP - 2,
              gx,
              y - 6));
    }
    out.append(
        String.format(
            Locale.US,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">probability of"
                + " each target range after the meeting</text>%n",
            LEFT + WIDTH / 2,
            y + 12));
    return out.append("</svg>\n").toString();
  }

  /** One swatch per range any meeting gives, lowest first, labelled in basis points. */
  private static void legend(StringBuilder out, RateExpectations r) {
    java.util.TreeMap<Double, RangeProbability> ranges = new java.util.TreeMap<>();
    for (FedWatchMeeting m : r.result().meetings()) {
      for (RangeProbability p : m.ranges()) {
        ranges.putIfAbsent(p.lowerBound(), p);
      }
    }
    int x = 10;
    int y = 72;
    out.append(
        String.format(
            Locale.US,
            "<text x=\"%d\" y=\"%d\" fill=\"#333\" font-size=\"11\">ranges (bp):</text>%n",
            x,
            y));
    x += 72;
    for (RangeProbability p : ranges.values()) {
      boolean today =
          Math.round((p.lowerBound() - r.result().current().lowerBound()) / 0.0025) == 0;
      String label = p.label() + (today ? " today" : "");
      out.append(
          String.format(
              Locale.US,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"10\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#333\">%s</text>%n",
              x,
              y - 9,
              colour(p, r),
              x + 15,
              y,
              label));
      x += 22 + label.length() * 6;
      if (x > LEFT + WIDTH - 60) {
        x = 82;
        y += 14;
      }
    }
  }

  /** Text that reads on the segment's colour. */
  private static String ink(RangeProbability p, RateExpectations r) {
    long steps = Math.round((p.lowerBound() - r.result().current().lowerBound()) / 0.0025);
    return Math.abs(steps) >= 3 ? "#fff" : "#111";
  }

  private static String colour(RangeProbability p, RateExpectations r) {
    long steps = Math.round((p.lowerBound() - r.result().current().lowerBound()) / 0.0025);
    if (steps == 0) {
      return "#bbbbbb";
    }
    int shade = (int) Math.max(40, 220 - 30 * Math.abs(steps));
    return steps < 0
        ? String.format(Locale.US, "rgb(%d,%d,255)", shade, shade)
        : String.format(Locale.US, "rgb(255,%d,%d)", shade, shade);
  }
}
