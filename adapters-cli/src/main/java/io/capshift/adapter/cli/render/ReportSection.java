package io.capshift.adapter.cli.render;

/**
 * One section of {@code capshift report}.
 *
 * @param title its heading
 * @param text its answer as text
 * @param svg a chart of it as inline SVG, or null without one
 */
public record ReportSection(String title, String text, String svg) {
  /** The same section under {@code heading}. */
  public ReportSection titled(String heading) {
    return new ReportSection(heading, text, svg);
  }
}
