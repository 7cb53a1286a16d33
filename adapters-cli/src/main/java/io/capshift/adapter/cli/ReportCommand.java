package io.capshift.adapter.cli;

import io.capshift.adapter.cli.render.ReportHtml;
import io.capshift.adapter.cli.render.ReportSection;
import io.capshift.adapter.cli.render.Text;
import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code capshift report}: every answer capshift has for the rotation question at a date ({@link
 * Report}); {@code --html} writes the same with inline SVG charts, readable without a network.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "The rotation call and everything behind it, as text or as HTML with charts.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin CallDateOption date;

  @Option(names = "--html", paramLabel = "FILE.html", description = "Also write an HTML report.")
  Path html;

  @Mixin StalenessOption staleness;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LocalDate day = date.value();
    List<ReportSection> sections;
    try (UseCases capshift = store.open()) {
      sections = Report.sections(capshift, day, staleness.value());
    }
    StringBuilder text = new StringBuilder(Text.line("capshift report as of %s", day));
    for (ReportSection s : sections) {
      text.append(Text.line("%n== %s ==", s.title())).append(s.text());
    }
    out.print(text);
    if (html != null) {
      OutputFiles.write(html, ReportHtml.html(day, sections));
      out.println("HTML report written to " + html);
    }
    return 0;
  }
}
