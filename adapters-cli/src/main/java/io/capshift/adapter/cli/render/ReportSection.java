package io.capshift.adapter.cli.render;

/**
 * One section of {@code capshift report}.
 *
 * @param title its heading
 * @param text its answer as text
 * @param svg a chart of it as inline SVG, or null without one
 * @param answer the use case's result the text renders (for {@code --format json}), or null when
 *     the section lacks data
 */
public record ReportSection(String title, String text, String svg, Object answer) {
  /** A section without a machine-readable answer. */
  public ReportSection(String title, String text, String svg) {
    this(title, text, svg, null);
  }

  /** The same section under {@code heading}. */
  public ReportSection titled(String heading) {
    return new ReportSection(heading, text, svg, answer);
  }

  /** The same section carrying {@code result}, the answer its text renders. */
  public ReportSection answering(Object result) {
    return new ReportSection(title, text, svg, result);
  }
}
