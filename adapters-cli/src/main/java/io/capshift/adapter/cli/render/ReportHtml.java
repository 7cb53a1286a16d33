package io.capshift.adapter.cli.render;

import java.time.LocalDate;
import java.util.List;

/** The report as one HTML page with its charts inline: readable without a network. */
public final class ReportHtml {
  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em;max-width:1100px}"
          + "pre{background:#f6f6f6;padding:1em;overflow-x:auto;font-size:12px}"
          + "h2{border-bottom:1px solid #ccc}";

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
      out.append("<pre>").append(ReportCharts.esc(s.text())).append("</pre></section>\n");
    }
    return out.append("</body></html>\n").toString();
  }
}
