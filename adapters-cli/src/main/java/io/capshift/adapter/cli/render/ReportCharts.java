package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.ValuationHistory;
import io.capshift.domain.history.Observation;
import io.capshift.domain.signal.BacktestResult;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Line charts for the report as inline SVG: a P/E history against its mean and ±1 standard
 * deviation, with year and value ticks; the rotation rule's growth of 1 beside the three
 * buy-and-hold benchmarks, on a log scale, with a legend.
 */
public final class ReportCharts {
  private static final SvgAxes.Area AREA = new SvgAxes.Area(70, 60, 640, 260);

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
    List<Double> ticks = SvgAxes.ticks(lo, hi, 6);
    lo = Math.min(lo, ticks.get(0));
    hi = Math.max(hi, ticks.get(ticks.size() - 1));
    double ylo = lo;
    double yhi = hi;
    LocalDate first = obs.get(0).date();
    LocalDate last = obs.get(obs.size() - 1).date();
    StringBuilder out =
        open(
            String.format(
                Locale.US,
                "%s, %s .. %s: latest %.2f; mean %.2f, ±1 sd %.2f",
                s.seriesId(),
                first,
                last,
                obs.get(obs.size() - 1).value(),
                s.mean(),
                sd));
    SvgAxes.yTicks(out, AREA, ticks, v -> y(v, ylo, yhi), v -> String.format(Locale.US, "%.0f", v));
    yearTicks(out, first, last);
    for (double[] band : new double[][] {{s.mean() - sd, -1}, {s.mean(), 0}, {s.mean() + sd, 1}}) {
      double py = y(band[0], lo, hi);
      String label =
          band[1] == 0
              ? String.format(Locale.US, "mean %.1f", band[0])
              : String.format(Locale.US, "%+.0f sd %.1f", band[1], band[0]);
      out.append(
          String.format(
              Locale.US,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\""
                  + " stroke-dasharray=\"5 3\"/>%n"
                  + "<text x=\"%d\" y=\"%.1f\" fill=\"#555\">%s</text>%n",
              AREA.left(),
              py,
              AREA.right(),
              py,
              band[1] == 0 ? "#555" : "#999",
              AREA.right() + 4,
              py + 4,
              label));
    }
    double[] xs = new double[obs.size()];
    double[] ys = new double[obs.size()];
    for (int i = 0; i < obs.size(); i++) {
      xs[i] = x(obs.get(i).date(), first, last);
      ys[i] = y(obs.get(i).value(), lo, hi);
    }
    polyline(out, xs, ys, "#1f5fbf", 1.5);
    SvgAxes.frame(out, AREA, "year", unit(s.unit()));
    return out.append("</svg>\n").toString();
  }

  /** Growth of 1 of the rotation rule and of small, large and 50/50 held, on a log scale. */
  public static String equity(BacktestResult r, YearMonth from, YearMonth to) {
    List<Double> rotation = r.growth();
    Map<String, List<Double>> benchmarks = r.benchmarkGrowth();
    double lo = 0;
    double hi = 0;
    for (List<Double> g : allSeries(rotation, benchmarks)) {
      for (double v : g) {
        lo = Math.min(lo, Math.log10(v));
        hi = Math.max(hi, Math.log10(v));
      }
    }
    lo = Math.floor(lo);
    hi = Math.ceil(hi);
    double ylo = lo;
    double yhi = hi;
    StringBuilder out =
        open(
            String.format(
                Locale.US,
                "Growth of 1 held %s .. %s (log scale): rotation rule %.0f at the end",
                from,
                to,
                rotation.get(rotation.size() - 1)));
    List<Double> decades = new ArrayList<>();
    for (double d = lo; d <= hi; d++) {
      decades.add(d);
    }
    SvgAxes.yTicks(
        out,
        AREA,
        decades,
        v -> y(v, ylo, yhi),
        v ->
            v >= 0
                ? String.format(Locale.US, "%,.0f", Math.pow(10, v))
                : String.format(Locale.US, "%.2f", Math.pow(10, v)));
    LocalDate first = from.atEndOfMonth();
    LocalDate last = to.atEndOfMonth();
    yearTicks(out, first, last);
    String[] colours = {"#e07b00", "#1f5fbf", "#888888"};
    List<String[]> legend = new ArrayList<>();
    legend.add(
        new String[] {
          "#2a8a3a", String.format(Locale.US, "rotation %,.0f", rotation.get(rotation.size() - 1))
        });
    int c = 0;
    for (var e : benchmarks.entrySet()) {
      List<Double> g = e.getValue();
      line(out, g, from, first, last, lo, hi, colours[c % colours.length], 1.2);
      legend.add(
          new String[] {
            colours[c % colours.length],
            String.format(
                Locale.US,
                "%s %,.0f",
                e.getKey().replace(" (buy and hold)", ""),
                g.get(g.size() - 1))
          });
      c++;
    }
    line(out, rotation, from, first, last, lo, hi, "#2a8a3a", 2);
    SvgAxes.legend(out, AREA.left(), 46, legend);
    SvgAxes.frame(out, AREA, "year (month ends)", "growth of 1 (log scale)");
    return out.append("</svg>\n").toString();
  }

  private static List<List<Double>> allSeries(List<Double> one, Map<String, List<Double>> more) {
    List<List<Double>> all = new ArrayList<>(more.values());
    all.add(one);
    return all;
  }

  private static void line(
      StringBuilder out,
      List<Double> growth,
      YearMonth from,
      LocalDate first,
      LocalDate last,
      double lo,
      double hi,
      String colour,
      double width) {
    double[] xs = new double[growth.size()];
    double[] ys = new double[growth.size()];
    for (int i = 0; i < growth.size(); i++) {
      xs[i] = x(from.plusMonths(i).atEndOfMonth(), first, last);
      ys[i] = y(Math.log10(growth.get(i)), lo, hi);
    }
    polyline(out, xs, ys, colour, width);
  }

  private static void yearTicks(StringBuilder out, LocalDate first, LocalDate last) {
    List<Double> xs = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int year : SvgAxes.years(first.getYear(), last.getYear())) {
      LocalDate d = LocalDate.of(year, 1, 1);
      if (!d.isBefore(first) && !d.isAfter(last)) {
        xs.add(x(d, first, last));
        labels.add(Integer.toString(year));
      }
    }
    SvgAxes.xTicks(out, AREA, xs, labels);
  }

  /** The unit's short name for an axis: the part before its explanation. */
  private static String unit(String unit) {
    int comma = unit.indexOf(',');
    return comma > 0 ? unit.substring(0, comma) : unit;
  }

  private static StringBuilder open(String title) {
    return new StringBuilder(
        String.format(
            Locale.US,
            "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/>%n"
                + "<text x=\"10\" y=\"22\" font-size=\"14\">%s</text>%n",
            AREA.right() + 90,
            AREA.bottom() + 50,
            esc(title)));
  }

  private static void polyline(
      StringBuilder out, double[] xs, double[] ys, String colour, double width) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      points.append(String.format(Locale.US, "%.1f,%.1f ", xs[i], ys[i]));
    }
    out.append(
        String.format(
            Locale.US,
            "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n",
            points.toString().strip(),
            colour,
            width));
  }

  private static double x(LocalDate d, LocalDate first, LocalDate last) {
    long span = last.toEpochDay() - first.toEpochDay();
    return AREA.left()
        + (span == 0 ? 0 : (double) (d.toEpochDay() - first.toEpochDay()) / span * AREA.width());
  }

  private static double y(double v, double lo, double hi) {
    return AREA.bottom() - (hi > lo ? (v - lo) / (hi - lo) : 0.5) * AREA.height();
  }

  /** {@code s} made safe inside HTML or SVG text. */
  public static String esc(String s) {
    return SvgAxes.esc(s);
  }
}
