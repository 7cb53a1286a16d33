package io.capshift.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run, printed as a Markdown table. */
final class Table {
  /** One figure; target and verdict are empty where there is no target. */
  record Row(String area, String figure, String value, String target, String verdict) {}

  private final List<Row> rows = new ArrayList<>();

  void add(String area, String figure, String value) {
    add(area, figure, value, "", "");
  }

  void add(String area, String figure, String value, String target, String verdict) {
    rows.add(new Row(area, figure, value, target, verdict));
    System.out.printf(
        Locale.US,
        "  %-10s %-58s %s %s %s%n",
        area,
        figure,
        value,
        target.isEmpty() ? "" : "(target " + target + ")",
        verdict);
  }

  /** A ratio against a bound: "met" or "NOT met". */
  void ratio(String area, String figure, double ratio, String op, double bound) {
    boolean met = op.equals("<=") ? ratio <= bound : ratio >= bound;
    add(
        area,
        figure,
        String.format(Locale.US, "%.2f×", ratio),
        String.format(Locale.US, "%s %.2f×", op, bound),
        met ? "met" : "NOT met");
  }

  String markdown() {
    StringBuilder b =
        new StringBuilder("| area | figure | value | target | |\n|---|---|---|---|---|\n");
    for (Row r : rows) {
      b.append("| ")
          .append(r.area())
          .append(" | ")
          .append(r.figure())
          .append(" | ")
          .append(r.value())
          .append(" | ")
          .append(r.target())
          .append(" | ")
          .append(r.verdict())
          .append(" |\n");
    }
    return b.toString();
  }
}
