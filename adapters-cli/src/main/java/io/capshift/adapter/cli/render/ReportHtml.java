package io.capshift.adapter.cli.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report as one HTML page with its charts inline: readable without a network. The text
 * renderers' column-aligned tables become HTML tables (columns found where every row of the block
 * has a space), the rest paragraphs that keep their indentation.
 */
public final class ReportHtml {
  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em;max-width:1150px;color:#222}"
          + "h2{border-bottom:1px solid #ccc;margin-top:2em}"
          + "p{margin:.15em 0;font-size:13px}"
          + ".wrap{overflow-x:auto;margin:.6em 0}"
          + "table{border-collapse:collapse;font-size:12px}"
          + "th,td{padding:2px 8px;border-bottom:1px solid #e5e5e5;white-space:nowrap}"
          + "th{background:#f2f2f2;text-align:left}"
          + "td.n{text-align:right;font-variant-numeric:tabular-nums}"
          + "td.d{white-space:normal;color:#555;font-size:11px;padding-left:2em}"
          + "figure{margin:1em 0}";

  private ReportHtml() {}

  /** The page of the report dated {@code date}. */
  public static String html(LocalDate date, List<ReportSection> sections) {
    StringBuilder out =
        new StringBuilder(
            "<!DOCTYPE html>\n"
                + "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>capshift report "
                + date
                + "</title><style>"
                + STYLE
                + "</style></head><body>\n<h1>capshift report as of "
                + date
                + "</h1>\n");
    for (ReportSection s : sections) {
      out.append("<section><h2>").append(ReportCharts.esc(s.title())).append("</h2>\n");
      if (s.svg() != null) {
        out.append("<figure>").append(s.svg()).append("</figure>\n");
      }
      out.append(body(s.text())).append("</section>\n");
    }
    return out.append("</body></html>\n").toString();
  }

  /** {@code text} as paragraphs and tables. */
  static String body(String text) {
    List<String> lines = text.lines().toList();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      int rows = 0;
      int headIndent = indent(lines.get(i));
      // a table's rows, each possibly followed by more-indented lines that explain it
      while (end < lines.size()
          && (tabular(lines.get(end))
              || rows > 0
                  && !lines.get(end).isBlank()
                  && indent(lines.get(end)) > headIndent + 2)) {
        rows += tabular(lines.get(end)) ? 1 : 0;
        end++;
      }
      if (rows >= 2) {
        out.append(table(lines.subList(i, end), headIndent));
        i = end;
        continue;
      }
      String line = lines.get(i);
      int indent = indent(line);
      if (!line.isBlank()) {
        out.append(
            indent > 0
                ? String.format(Locale.US, "<p style=\"margin-left:%dch\">", indent)
                : "<p>");
        out.append(ReportCharts.esc(line.strip())).append("</p>\n");
      }
      i++;
    }
    return out.toString();
  }

  /** A line of a column-aligned table: three or more cells two spaces apart. */
  private static boolean tabular(String line) {
    return !line.isBlank() && line.strip().split("\\s{2,}").length >= 3;
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  /**
   * @param headIndent the header's indentation: lines indented deeper that are not rows explain the
   *     row above, across the whole table
   */
  private static String table(List<String> block, int headIndent) {
    List<String> rows = new ArrayList<>();
    for (String line : block) {
      if (tabular(line)) {
        rows.add(line);
      }
    }
    int width = rows.stream().mapToInt(String::length).max().orElse(0);
    boolean[] gap = new boolean[width + 1];
    for (int c = 0; c <= width; c++) {
      gap[c] = true;
      for (String r : rows) {
        if (c < r.length() && r.charAt(c) != ' ') {
          gap[c] = false;
          break;
        }
      }
    }
    // cells: the runs of columns between gaps
    List<int[]> cells = new ArrayList<>();
    int c = 0;
    while (c < width) {
      while (c < width && gap[c]) {
        c++;
      }
      int start = c;
      while (c < width && !gap[c]) {
        c++;
      }
      if (c > start) {
        cells.add(new int[] {start, c});
      }
    }
    // a cell without a heading continues the one before it ("2025-10-31 (3 days before)")
    String head = rows.get(0);
    for (int k = cells.size() - 1; k > 0; k--) {
      int[] cell = cells.get(k);
      String over =
          cell[0] >= head.length() ? "" : head.substring(cell[0], Math.min(cell[1], head.length()));
      if (over.isBlank()) {
        cells.get(k - 1)[1] = cell[1];
        cells.remove(k);
      }
    }
    StringBuilder out = new StringBuilder("<div class=\"wrap\"><table>\n");
    int r = -1;
    for (String row : block) {
      if (!tabular(row)) {
        out.append(String.format(Locale.US, "<tr><td class=\"d\" colspan=\"%d\">", cells.size()))
            .append(ReportCharts.esc(row.strip()))
            .append("</td></tr>\n");
        continue;
      }
      r++;
      out.append("<tr>");
      for (int[] cell : cells) {
        String v =
            cell[0] >= row.length() ? "" : row.substring(cell[0], Math.min(cell[1], row.length()));
        v = v.strip();
        if (r == 0) {
          out.append("<th>").append(ReportCharts.esc(v)).append("</th>");
        } else {
          out.append(numeric(v) ? "<td class=\"n\">" : "<td>")
              .append(ReportCharts.esc(v))
              .append("</td>");
        }
      }
      out.append("</tr>\n");
    }
    return out.append("</table></div>\n").toString();
  }

  private static boolean numeric(String v) {
    return v.matches("[-+]?[\\d.,]+(%|x|bp)?|-");
  }
}
