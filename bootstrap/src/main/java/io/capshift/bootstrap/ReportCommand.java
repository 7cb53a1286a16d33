package io.capshift.bootstrap;

import io.capshift.application.port.in.CompareFundsUseCase;
import io.capshift.application.port.in.GetFundFlowsUseCase;
import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.GetValuationHistoryQuery;
import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.in.RunScenarioUseCase;
import io.capshift.domain.error.CapshiftException;
import io.capshift.domain.flows.FlowAnalyzer;
import io.capshift.domain.history.EventStudy;
import io.capshift.domain.history.Window;
import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.signal.BacktestConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code capshift report}: every answer capshift has for the rotation question at a date, each with
 * its sources; a section whose data is not stored says what is missing and how to import it. {@code
 * --html} writes the same with inline SVG charts, readable without a network.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "The rotation call and everything behind it, as text or as HTML with charts.")
final class ReportCommand implements Callable<Integer> {
  static final String IMPORT_HINT = "import it: ./capshift import ../shared/data";

  @Mixin StoreOptions store;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "The date of the call (default: today).")
  LocalDate asOf;

  @Option(names = "--html", paramLabel = "FILE.html", description = "Also write an HTML report.")
  Path html;

  /** One section: its title, its text, and a chart if it has one. */
  record Section(String title, String text, String svg) {}

  @Override
  public Integer call() throws Exception {
    LocalDate date = asOf != null ? asOf : LocalDate.now();
    List<Section> sections;
    try (Capshift capshift = store.open()) {
      sections = sections(capshift, date);
    }
    StringBuilder text = new StringBuilder(Text.line("capshift report as of %s", date));
    for (Section s : sections) {
      text.append(Text.line("%n== %s ==", s.title())).append(s.text());
    }
    System.out.print(text);
    if (html != null) {
      Files.writeString(html, html(date, sections));
      System.out.println("HTML report written to " + html);
    }
    return 0;
  }

  static List<Section> sections(Capshift c, LocalDate date) {
    List<Section> out = new ArrayList<>();
    out.add(
        section(
            "The rotation call",
            () ->
                new Section(
                    "",
                    SignalCommand.render(
                        c.signal()
                            .getRotationSignal(
                                new GetRotationSignalUseCase.Query(
                                    date,
                                    RunEventStudyUseCase.DEFAULT_SMALL,
                                    RunEventStudyUseCase.DEFAULT_LARGE,
                                    "IWM",
                                    "SPY"))),
                    null)));
    out.add(
        section(
            "What fed funds futures price",
            () -> {
              var r =
                  c.rates()
                      .getRateExpectations(
                          new GetRateExpectationsQuery(
                              Optional.of(date),
                              Optional.empty(),
                              FedWatchConvention.CME_ADJACENT_ANCHOR));
              return new Section("", FedWatchCommand.render(r), FedWatchChart.svg(r));
            }));
    out.add(
        section(
            "Large caps' P/E against history",
            () -> {
              var h =
                  c.history()
                      .getValuationHistory(
                          new GetValuationHistoryQuery(
                              "shiller:pe",
                              Optional.of(date),
                              Window.FULL,
                              GetValuationHistoryQuery.MAX_PAGE_SIZE,
                              ""));
              var s = h.statistics();
              return new Section(
                  "",
                  Text.line(
                      "%s at %s: %.2f; mean %.2f since %s; z %s; percentile" + " %.0f; %s",
                      s.seriesId(),
                      s.observationDate(),
                      s.value(),
                      s.mean(),
                      s.windowStart(),
                      Text.figure(s.zScore(), "%+.2f"),
                      s.percentileRank() * 100,
                      h.derivation()),
                  ReportCharts.history(h));
            }));
    out.add(
        section(
            "Funds side by side",
            () ->
                new Section(
                    "",
                    FundText.comparison(
                        c.funds()
                            .compareFunds(
                                new CompareFundsUseCase.Query(
                                    List.of("IWM", "DES", "IJR", "SPY"), Optional.of(date)))),
                    null)));
    out.add(
        section(
            "Flows into IWM",
            () ->
                new Section(
                    "",
                    FundText.flows(
                        c.flows()
                            .getFundFlows(
                                new GetFundFlowsUseCase.Query(
                                    "IWM",
                                    FlowAnalyzer.DEFAULT_WINDOW,
                                    FlowAnalyzer.DEFAULT_K,
                                    Optional.empty(),
                                    Optional.of(date)))),
                    null)));
    out.add(
        section(
            "After the first Fed cut",
            () -> {
              var r =
                  c.eventStudy()
                      .runEventStudy(
                          new RunEventStudyUseCase.Query(
                              RunEventStudyUseCase.DEFAULT_SMALL,
                              RunEventStudyUseCase.DEFAULT_LARGE,
                              Optional.empty(),
                              12,
                              EventStudy.DEFAULT_HORIZONS,
                              false));
              return new Section("", EventStudyCommand.render(r), EventStudyChart.svg(r));
            }));
    out.add(
        section(
            "Backtest of the rule",
            () -> {
              var r =
                  c.backtest()
                      .runBacktest(
                          new RunBacktestUseCase.Query(
                              RunEventStudyUseCase.DEFAULT_SMALL,
                              RunEventStudyUseCase.DEFAULT_LARGE,
                              Optional.empty(),
                              Optional.empty(),
                              Optional.empty(),
                              BacktestConfig.DEFAULT),
                          () -> false);
              var full = r.result().full().get(0);
              return new Section(
                  "",
                  BacktestCommand.render(r),
                  ReportCharts.equity(
                      r.result().growth(), full.from().toString(), full.to().toString()));
            }));
    out.add(
        section(
            "The 2026 thesis as a scenario",
            () ->
                new Section(
                    "",
                    ScenarioCommand.render(
                        c.scenario()
                            .runScenario(RunScenarioUseCase.Query.of(RunScenarioUseCase.THESIS))),
                    null)));
    return out;
  }

  private static Section section(String title, Supplier<Section> body) {
    try {
      Section s = body.get();
      return new Section(title, s.text(), s.svg());
    } catch (CapshiftException e) {
      return new Section(title, Text.line("lacks data: %s; %s", e.getMessage(), IMPORT_HINT), null);
    }
  }

  static String html(LocalDate date, List<Section> sections) {
    StringBuilder out =
        new StringBuilder(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta"
                + " charset=\"utf-8\"><title>capshift report "
                + date
                + "</title><style>body{font-family:"
                + "sans-serif;margin:2em;max-width:1100px}pre{background:#f6f6f6;padding:1em;overflow-x:auto;font-size:12px}h2{border-bottom:1px"
                + " solid #ccc}</style></head><body>\n"
                + "<h1>capshift report as of "
                + date
                + "</h1>\n");
    for (Section s : sections) {
      out.append("<section><h2>").append(ReportCharts.esc(s.title())).append("</h2>\n");
      if (s.svg() != null) {
        out.append("<figure>").append(s.svg()).append("</figure>\n");
      }
      out.append("<pre>").append(ReportCharts.esc(s.text())).append("</pre></section>\n");
    }
    return out.append("</body></html>\n").toString();
  }
}
