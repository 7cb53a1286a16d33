package io.capshift.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The soak's samples as one SVG: resident memory, heap after GC and p99 against minutes. */
final class SoakChart {
  private static final int W = 720;
  private static final int PANEL = 170;
  private static final int LEFT = 70;
  private static final int TOP = 40;

  private SoakChart() {}

  static String svg(List<SoakSection.Sample> samples, double minutes, boolean plantedLeak) {
    StringBuilder out = new StringBuilder();
    int h = TOP + 3 * (PANEL + 40) + 10;
    out.append(
        String.format(
            Locale.US,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"11\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
                + "<text x=\"%d\" y=\"20\" font-size=\"14\">capshift serve under the soak%s"
                + " (%.0f min)</text>%n",
            W,
            h,
            LEFT,
            plantedLeak ? ", with a planted leak" : "",
            minutes));
    panel(out, samples, minutes, 0, "resident memory (MiB)", SoakSection.Sample::rssMib);
    panel(out, samples, minutes, 1, "heap after full GC (MiB)", SoakSection.Sample::heapMib);
    panel(out, samples, minutes, 2, "p99 of the interval (ms)", SoakSection.Sample::p99Ms);
    out.append("</svg>\n");
    return out.toString();
  }

  private static void panel(
      StringBuilder out,
      List<SoakSection.Sample> samples,
      double minutes,
      int row,
      String title,
      ToDoubleFunction<SoakSection.Sample> y) {
    int top = TOP + row * (PANEL + 40);
    int right = W - 20;
    double max = samples.stream().mapToDouble(y).max().orElse(1);
    double step = max <= 0 ? 0.25 : niceCeiling(max * 1.1 / 4);
    double hi = 4 * step;
    out.append(
        String.format(
            Locale.US,
            "<text x=\"%d\" y=\"%d\">%s</text>%n"
                + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                + " stroke=\"#999\"/>%n",
            LEFT,
            top - 6,
            title,
            LEFT,
            top,
            right - LEFT,
            PANEL));
    for (int k = 0; k <= 4; k++) {
      double v = hi * k / 4;
      double py = top + PANEL - PANEL * v / hi;
      out.append(
          String.format(
              Locale.US,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
              LEFT,
              right,
              py,
              py,
              LEFT - 4,
              py + 4,
              label(v, step)));
    }
    double xStep = niceCeiling(minutes / 6);
    for (double m = 0; m <= minutes + 1e-9; m += xStep) {
      double px = LEFT + (right - LEFT) * m / minutes;
      out.append(
          String.format(
              Locale.US,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s min</text>%n",
              px,
              top + PANEL + 14,
              label(m, xStep)));
    }
    StringBuilder points = new StringBuilder();
    for (SoakSection.Sample s : samples) {
      double px = LEFT + (right - LEFT) * Math.min(s.minute(), minutes) / minutes;
      double py = top + PANEL - PANEL * y.applyAsDouble(s) / hi;
      points.append(String.format(Locale.US, "%.1f,%.1f ", px, py));
    }
    out.append(
        String.format(
            Locale.US,
            "<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"1.5\" points=\"%s\"/>%n",
            points.toString().strip()));
  }

  /** {@code v} with as many decimals as a tick step of {@code step} needs. */
  private static String label(double v, double step) {
    int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
    return String.format(Locale.US, "%." + decimals + "f", v);
  }

  /** 1, 2 or 5 times a power of ten, at least {@code x}. */
  private static double niceCeiling(double x) {
    double p = Math.pow(10, Math.floor(Math.log10(x)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= x) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
