package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.domain.history.EventOutcome;
import java.util.List;
import java.util.Locale;

/**
 * Draws the event study as an SVG: each event's small-minus-large cumulative difference month by
 * month after the first cut (thin grey lines), their mean (thick blue), and zero.
 */
public final class EventStudyChart {
  private static final int LEFT = 60;
  private static final int TOP = 50;
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
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                    + " font-family=\"sans-serif\" font-size=\"12\">%n",
                LEFT + WIDTH + 30,
                TOP + HEIGHT + 60));
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"10\" y=\"20\" font-size=\"14\">Small minus"
                + " large after the first Fed cut of each easing cycle (%d events)</text>%n",
            outcomes.size()));
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"10\" y=\"36\" fill=\"#555\">%s vs %s;"
                + " cumulative difference, months after the cut</text>%n",
            esc(r.query().smallId()),
            esc(r.query().largeId())));
    axes(out, months, scale);
    for (EventOutcome o : outcomes) {
      line(out, o.path(), months, scale, "#999999", 1, o.event().date().toString());
    }
    line(out, mean(outcomes, months), months, scale, "#1f5fbf", 3, "mean");
    return out.append("</svg>\n").toString();
  }

  private static void axes(StringBuilder out, int months, double scale) {
    double zero = y(0, scale);
    out.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"" + " stroke=\"#000\"/>%n",
            LEFT,
            zero,
            LEFT + WIDTH,
            zero));
    for (double v : new double[] {-scale, 0, scale}) {
      out.append(
          String.format(
              Locale.ROOT, "<text x=\"5\" y=\"%.1f\">%+.0f%%</text>%n", y(v, scale) + 4, v * 100));
    }
    for (int m = 0; m <= months; m += Math.max(1, months / 6)) {
      out.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\">%d</text>%n",
              x(m, months) - 4,
              TOP + HEIGHT + 20,
              m));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\">months after the first" + " cut</text>%n",
            LEFT + WIDTH / 2 - 60,
            TOP + HEIGHT + 40));
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
        new StringBuilder(String.format(Locale.ROOT, "%.1f,%.1f", x(0, months), y(0, scale)));
    for (int i = 0; i < path.size(); i++) {
      points.append(
          String.format(Locale.ROOT, " %.1f,%.1f", x(i + 1, months), y(path.get(i), scale)));
    }
    out.append(
        String.format(
            Locale.ROOT,
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
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }
}
