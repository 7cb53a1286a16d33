package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.ValuationHistory;
import io.capshift.domain.history.Observation;
import java.util.List;
import java.util.Locale;

/** Line charts for the report as inline SVG: a P/E history with bands, an equity curve. */
public final class ReportCharts {
  private static final int LEFT = 60;
  private static final int TOP = 40;
  private static final int WIDTH = 640;
  private static final int HEIGHT = 260;

  private ReportCharts() {}

  /** The series with its mean and ±1 standard deviation over the window. */
  public static String history(ValuationHistory h) {
    List<Observation> obs = h.observations();
    var s = h.statistics();
    double sd = s.standardDeviation().isDefined() ? s.standardDeviation().getAsDouble() : 0;
    double lo =
        Math.min(obs.stream().mapToDouble(Observation::value).min().orElse(0), s.mean() - sd);
    double hi =
        Math.max(obs.stream().mapToDouble(Observation::value).max().orElse(1), s.mean() + sd);
    StringBuilder out =
        open(
            String.format(
                Locale.ROOT,
                "%s, %s .. %s: mean %.2f, ±1 sd %.2f",
                s.seriesId(),
                s.windowStart(),
                s.observationDate(),
                s.mean(),
                sd));
    for (double level : new double[] {s.mean() - sd, s.mean(), s.mean() + sd}) {
      double y = y(level, lo, hi);
      out.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
                  + " stroke=\"%s\" stroke-dasharray=\"4 3\"/>%n",
              LEFT,
              y,
              LEFT + WIDTH,
              y,
              level == s.mean() ? "#555" : "#aaa"));
      out.append(
          String.format(Locale.ROOT, "<text x=\"5\" y=\"%.1f\">%.1f</text>%n", y + 4, level));
    }
    polyline(out, obs.stream().mapToDouble(Observation::value).toArray(), lo, hi, "#1f5fbf");
    return close(out, obs.get(0).date() + " .. " + obs.get(obs.size() - 1).date());
  }

  /** Growth of 1 of the rotation rule, on a log scale. */
  public static String equity(List<Double> growth, String from, String to) {
    double[] log = growth.stream().mapToDouble(Math::log10).toArray();
    double lo = java.util.Arrays.stream(log).min().orElse(0);
    double hi = java.util.Arrays.stream(log).max().orElse(1);
    StringBuilder out =
        open(
            String.format(
                Locale.ROOT,
                "Rotation rule: growth of 1, %s .. %s" + " (log scale; %.2f at the end)",
                from,
                to,
                growth.get(growth.size() - 1)));
    for (double level = Math.ceil(lo); level <= hi; level++) {
      out.append(
          String.format(
              Locale.ROOT,
              "<text x=\"5\" y=\"%.1f\">%s</text>%n",
              y(level, lo, hi) + 4,
              level >= 0
                  ? String.format(Locale.ROOT, "%.0f", Math.pow(10, level))
                  : String.format(Locale.ROOT, "%.2f", Math.pow(10, level))));
    }
    polyline(out, log, lo, hi, "#2a8a3a");
    return close(out, from + " .. " + to);
  }

  private static StringBuilder open(String title) {
    return new StringBuilder(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                + "<text x=\"10\" y=\"20\" font-size=\"14\">%s</text>%n",
            LEFT + WIDTH + 20,
            TOP + HEIGHT + 40,
            esc(title)));
  }

  private static String close(StringBuilder out, String axis) {
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\">%s</text>%n</svg>%n",
            LEFT + WIDTH / 2 - 60,
            TOP + HEIGHT + 25,
            esc(axis)));
    return out.toString();
  }

  private static void polyline(StringBuilder out, double[] v, double lo, double hi, String colour) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      points.append(
          String.format(
              Locale.ROOT,
              "%.1f,%.1f ",
              LEFT + (v.length == 1 ? 0 : (double) i / (v.length - 1) * WIDTH),
              y(v[i], lo, hi)));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\"" + " stroke-width=\"1.5\"/>%n",
            points.toString().strip(),
            colour));
  }

  private static double y(double v, double lo, double hi) {
    return TOP + HEIGHT - (hi > lo ? (v - lo) / (hi - lo) : 0.5) * HEIGHT;
  }

  /** {@code s} made safe inside HTML or SVG text. */
  public static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
