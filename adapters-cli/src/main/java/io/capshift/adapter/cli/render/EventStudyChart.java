package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.domain.history.EventOutcome;
import java.util.List;
import java.util.Locale;

/**
 * Draws the event study as an SVG: each event's small-minus-large cumulative difference month by
 * month after the first cut (thin grey lines, each labelled with its cut's year at its end), their
 * mean (thick blue, labelled with its last value), zero, and percent ticks every 10 or 20 points.
 */
public final class EventStudyChart {
  private static final int LEFT = 70;
  private static final int TOP = 70;
  private static final int WIDTH = 640;
  private static final int HEIGHT = 320;

  private EventStudyChart() {}

  /** Each event's small-minus-large path after the cut, and their mean. */
  public static String svg(RunEventStudyUseCase.Report r) {
    List<EventOutcome> outcomes = r.result().outcomes();
    int months = outcomes.stream().mapToInt(o -> o.path().size()).max().orElse(0);
    double max = 0.05;
    for (EventOutcome o : outcomes) {
      for (double v : o.path()) {
        max = Math.max(max, Math.abs(v));
      }
    }
    double scale = Math.ceil(max * 10) / 10; // ±10% steps
    List<Double> ticks = SvgAxes.ticks(-scale, scale, 8);
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.US,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                    + " font-family=\"sans-serif\" font-size=\"12\">%n",
                LEFT + WIDTH + 110,
                TOP + HEIGHT + 60));
    out.append(
        String.format(
            Locale.US,
            "<text x=\"10\" y=\"20\" font-size=\"14\">Small minus"
                + " large after the first Fed cut of each easing cycle (%d events)</text>%n",
            outcomes.size()));
    out.append(
        String.format(
            Locale.US,
            "<text x=\"10\" y=\"36\" fill=\"#555\">%s vs %s;"
                + " cumulative difference, months after the cut</text>%n",
            esc(r.query().smallId()),
            esc(r.query().largeId())));
    axes(out, months, scale, ticks);
    for (EventOutcome o : outcomes) {
      line(out, o.path(), months, scale, "#999999", 1, o.event().date().toString());
      end(out, o.path(), months, scale, "#777", Integer.toString(o.event().date().getYear()));
    }
    List<Double> mean = mean(outcomes, months);
    line(out, mean, months, scale, "#1f5fbf", 3, "mean");
    if (!mean.isEmpty()) {
      end(
          out,
          mean,
          months,
          scale,
          "#1f5fbf",
          String.format(Locale.US, "mean %+.1f%%", mean.get(mean.size() - 1) * 100));
    }
    SvgAxes.legend(
        out,
        LEFT,
        TOP - 6,
        List.of(
            new String[] {"#999999", "one easing cycle (year of its first cut)"},
            new String[] {"#1f5fbf", "mean of the cycles with data that month"}));
    return out.append("</svg>\n").toString();
  }

  private static void axes(StringBuilder out, int months, double scale, List<Double> ticks) {
    double zero = y(0, scale);
    out.append(
        String.format(
            Locale.US,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"" + " stroke=\"#000\"/>%n",
            LEFT,
            zero,
            LEFT + WIDTH,
            zero));
    SvgAxes.yTicks(
        out,
        new SvgAxes.Area(LEFT, TOP, WIDTH, HEIGHT),
        ticks,
        v -> y(v, scale),
        v -> String.format(Locale.US, "%+.0f%%", v * 100));
    for (int m = 0; m <= months; m += Math.max(1, months / 6)) {
      out.append(
          String.format(
              Locale.US,
              "<text x=\"%.1f\" y=\"%d\">%d</text>%n",
              x(m, months) - 4,
              TOP + HEIGHT + 20,
              m));
    }
    SvgAxes.frame(
        out,
        new SvgAxes.Area(LEFT, TOP, WIDTH, HEIGHT),
        "months after the first cut",
        "small minus large, cumulative (% points)");
  }

  /** A label at the end of a path. */
  private static void end(
      StringBuilder out, List<Double> path, int months, double scale, String colour, String text) {
    if (path.isEmpty()) {
      return;
    }
    out.append(
        String.format(
            Locale.US,
            "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\" font-size=\"11\">%s</text>%n",
            x(path.size(), months) + 4,
            y(path.get(path.size() - 1), scale) + 4,
            colour,
            esc(text)));
  }

  private static void line(
      StringBuilder out,
      List<Double> path,
      int months,
      double scale,
      String colour,
      int width,
      String title) {
    if (path.isEmpty()) {
      return;
    }
    StringBuilder points =
        new StringBuilder(String.format(Locale.US, "%.1f,%.1f", x(0, months), y(0, scale)));
    for (int i = 0; i < path.size(); i++) {
      points.append(
          String.format(Locale.US, " %.1f,%.1f", x(i + 1, months), y(path.get(i), scale)));
    }
    out.append(
        String.format(
            Locale.US,
            "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\""
                + " stroke-width=\"%d\"><title>%s</title></polyline>%n",
            points,
            colour,
            width,
            title));
  }

  /** Mean over the events with data at each month. */
  private static List<Double> mean(List<EventOutcome> outcomes, int months) {
    java.util.ArrayList<Double> mean = new java.util.ArrayList<>();
    for (int m = 0; m < months; m++) {
      int month = m;
      double[] v =
          outcomes.stream()
              .filter(o -> o.path().size() > month)
              .mapToDouble(o -> o.path().get(month))
              .toArray();
      if (v.length == 0) {
        break;
      }
      mean.add(java.util.Arrays.stream(v).sum() / v.length);
    }
    return mean;
  }

  private static double x(int month, int months) {
    return LEFT + (months == 0 ? 0 : (double) month / months * WIDTH);
  }

  private static double y(double v, double scale) {
    return TOP + HEIGHT / 2.0 - v / scale * (HEIGHT / 2.0);
  }

  private static String esc(String s) {
    return SvgAxes.esc(s);
  }
}
