package io.capshift.adapter.cli.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The axes the report's charts share: "nice" ticks (1, 2 or 5 × a power of ten) with labels, light
 * grid lines, year ticks on a time axis, axis titles and a legend. Hand-written SVG rather than a
 * chart library: four small charts need a few dozen lines of this, stay readable in a diff and a
 * test, and add no dependency to the command line.
 */
final class SvgAxes {
  /** The plot area: left, top, width and height in pixels. */
  record Area(int left, int top, int width, int height) {
    int right() {
      return left + width;
    }

    int bottom() {
      return top + height;
    }
  }

  private SvgAxes() {}

  /** Ticks covering [lo, hi], about {@code target} of them, at 1, 2 or 5 × 10^k. */
  static List<Double> ticks(double lo, double hi, int target) {
    List<Double> out = new ArrayList<>();
    if (!(hi > lo)) {
      out.add(lo);
      return out;
    }
    double step = niceStep((hi - lo) / Math.max(1, target));
    // k × step as integer × power of ten, so 3 × 0.2 is 0.6, not 0.6000000000000001
    int exponent = (int) Math.floor(Math.log10(step) + 1e-9);
    long mantissa = Math.round(step / Math.pow(10, exponent));
    double scale = Math.pow(10, Math.abs(exponent));
    for (long k = (long) Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) {
      double t = exponent >= 0 ? k * mantissa * scale : k * mantissa / scale;
      out.add(t == 0 ? 0.0 : t);
    }
    return out;
  }

  static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / power;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return nice * power;
  }

  /**
   * Horizontal grid lines with their labels left of the area.
   *
   * @param y value to pixel
   * @param label value to its text, with its unit
   */
  static void yTicks(
      StringBuilder out,
      Area a,
      List<Double> ticks,
      DoubleFunction<Double> y,
      DoubleFunction<String> label) {
    for (double t : ticks) {
      double py = y.apply(t);
      out.append(
          String.format(
              Locale.US,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>%n"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#333\">%s</text>%n",
              a.left(),
              py,
              a.right(),
              py,
              a.left() - 6,
              py + 4,
              esc(label.apply(t))));
    }
  }

  /** Vertical ticks under the area at {@code xs} pixels, labelled. */
  static void xTicks(StringBuilder out, Area a, List<Double> xs, List<String> labels) {
    for (int i = 0; i < xs.size(); i++) {
      double px = xs.get(i);
      out.append(
          String.format(
              Locale.US,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e3e3e3\"/>%n"
                  + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>%n"
                  + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">%s</text>%n",
              px,
              a.top(),
              px,
              a.bottom(),
              px,
              a.bottom(),
              px,
              a.bottom() + 5,
              px,
              a.bottom() + 18,
              esc(labels.get(i))));
    }
  }

  /** The frame's left and bottom lines, and both axes' titles. */
  static void frame(StringBuilder out, Area a, String xTitle, String yTitle) {
    out.append(
        String.format(
            Locale.US,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">%s</text>%n"
                + "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\""
                + " transform=\"rotate(-90 14 %d)\">%s</text>%n",
            a.left(),
            a.top(),
            a.left(),
            a.bottom(),
            a.left(),
            a.bottom(),
            a.right(),
            a.bottom(),
            a.left() + a.width() / 2,
            a.bottom() + 36,
            esc(xTitle),
            a.top() + a.height() / 2,
            a.top() + a.height() / 2,
            esc(yTitle)));
  }

  /** Year ticks between two epoch days: every 1, 2, 5, 10, 20, 25 or 50 years, at most 10. */
  static List<Integer> years(int firstYear, int lastYear) {
    int span = Math.max(1, lastYear - firstYear);
    int step = 1;
    for (int s : new int[] {1, 2, 5, 10, 20, 25, 50, 100}) {
      step = s;
      if (span / s < 10) { // at most 10 ticks
        break;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int y = (firstYear + step - 1) / step * step; y <= lastYear; y += step) {
      out.add(y);
    }
    return out;
  }

  /** One legend entry per (colour, label), in a row under the title. */
  static void legend(StringBuilder out, int x, int y, List<String[]> entries) {
    int at = x;
    for (String[] e : entries) {
      out.append(
          String.format(
              Locale.US,
              "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"10\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\" fill=\"#333\">%s</text>%n",
              at,
              y - 9,
              e[0],
              at + 18,
              y,
              esc(e[1])));
      at += 26 + (int) (e[1].length() * 6.6);
    }
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
