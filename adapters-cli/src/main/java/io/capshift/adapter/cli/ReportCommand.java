package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.ReportHtml;
import io.capshift.adapter.cli.render.ReportSection;
import io.capshift.adapter.cli.render.Text;
import io.capshift.application.port.Profile;
import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code capshift report}: every answer capshift has for the rotation question at a date ({@link
 * Report}); {@code --html} writes the same with inline SVG charts, readable without a network.
 */
@Command(
    name = "report",
    description = "The rotation call and everything behind it, as text or as HTML with charts.")
final class ReportCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Mixin CallDateOption date;

  @Option(names = "--html", paramLabel = "FILE.html", description = "Also write an HTML report.")
  Path html;

  @Mixin StalenessOption staleness;

  @Override
  public boolean onlyPrints() {
    return html == null;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    LocalDate day = date.value();
    List<ReportSection> sections;
    try (UseCases capshift = store.open()) {
      sections = Report.sections(capshift, day, staleness.value());
    }
    long t = Profile.start();
    if (format.format == OutputFormat.JSON) {
      out.println(json(day, sections));
    } else if (format.format == OutputFormat.CSV) {
      out.print(csv(sections));
    } else {
      StringBuilder text = new StringBuilder(Text.line("capshift report as of %s", day));
      for (ReportSection s : sections) {
        text.append(Text.line("%n== %s ==", s.title())).append(s.text());
      }
      out.print(text);
    }
    Profile.end("report: render " + format.format, t);
    if (html != null) {
      OutputFiles.write(html, ReportHtml.html(day, sections));
      (format.isText() ? out : spec.err()).println("HTML report written to " + html);
    }
    return 0;
  }

  /**
   * {@code {"asOf": "D", "sections": [{"title": …, "answer": <the gRPC response>}, …]}}; a section
   * without data has {@code "lacksData"} with why instead of an answer.
   */
  private String json(LocalDate day, List<ReportSection> sections) {
    StringBuilder b = new StringBuilder("{\n  \"asOf\": \"" + day + "\",\n  \"sections\": [");
    for (int i = 0; i < sections.size(); i++) {
      ReportSection s = sections.get(i);
      b.append(i == 0 ? "\n" : ",\n").append("    {\"title\": ").append(quote(s.title()));
      java.util.Optional<String> answer =
          s.answer() == null
              ? java.util.Optional.empty()
              : store.backend().encode(s.answer(), OutputFormat.JSON);
      if (answer.isPresent()) {
        b.append(", \"answer\": ").append(answer.get().replace("\n", "\n    "));
      } else {
        b.append(", \"lacksData\": ").append(quote(s.text().strip()));
      }
      b.append("}");
    }
    return b.append("\n  ]\n}").toString();
  }

  /** One row per section: its title, whether it answered, and its first line. */
  private static String csv(List<ReportSection> sections) {
    StringBuilder b = new StringBuilder("section,status,summary\r\n");
    for (ReportSection s : sections) {
      String first = s.text().strip().lines().findFirst().orElse("");
      String status =
          s.answer() == null ? "lacks data" : s.text().startsWith("STALE") ? "stale" : "answered";
      b.append(cell(s.title()))
          .append(',')
          .append(status)
          .append(',')
          .append(cell(first))
          .append("\r\n");
    }
    return b.toString();
  }

  private static String cell(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  /** {@code s} as a JSON string. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.US, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
