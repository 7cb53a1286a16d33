package io.capshift.adapter.cli;

import io.capshift.adapter.cli.render.BacktestText;
import io.capshift.adapter.cli.render.EventStudyChart;
import io.capshift.adapter.cli.render.EventStudyText;
import io.capshift.adapter.cli.render.FedWatchChart;
import io.capshift.adapter.cli.render.FedWatchText;
import io.capshift.adapter.cli.render.FundText;
import io.capshift.adapter.cli.render.HistoryText;
import io.capshift.adapter.cli.render.ReportCharts;
import io.capshift.adapter.cli.render.ReportSection;
import io.capshift.adapter.cli.render.ScenarioText;
import io.capshift.adapter.cli.render.SignalText;
import io.capshift.adapter.cli.render.Text;
import io.capshift.application.port.in.CompareFundsUseCase;
import io.capshift.application.port.in.GetFundFlowsUseCase;
import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.GetValuationHistoryQuery;
import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.in.RunScenarioUseCase;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.error.CapshiftException;
import io.capshift.domain.flows.FlowAnalyzer;
import io.capshift.domain.history.EventStudy;
import io.capshift.domain.history.FirstCutDetector;
import io.capshift.domain.history.Window;
import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.signal.BacktestConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every answer capshift has for the rotation question at a date, each with its sources: the
 * sections of {@code capshift report}. A section whose data is not stored says what is missing and
 * how to import it.
 */
public final class Report {
  static final String IMPORT_HINT = "import it: ./capshift import ../shared/data";

  /** The series whose place in history the report shows: the S&amp;P 500's trailing P/E. */
  static final String LARGE_CAP_PE = "shiller:pe";

  /** The funds the report sets side by side: the thesis's small-cap funds and the large one. */
  static final List<String> FUNDS =
      List.of(
          GetRotationSignalUseCase.Query.DEFAULT_SMALL_FUND,
          "DES",
          "IJR",
          GetRotationSignalUseCase.Query.DEFAULT_LARGE_FUND);

  private Report() {}

  /** The report's sections at {@code date}, computed from {@code c}. */
  public static List<ReportSection> sections(UseCases c, LocalDate date) {
    String smallFund = GetRotationSignalUseCase.Query.DEFAULT_SMALL_FUND;
    List<ReportSection> out = new ArrayList<>();
    out.add(
        section(
            "The rotation call",
            () ->
                text(
                    SignalText.render(
                        c.signal().getRotationSignal(GetRotationSignalUseCase.Query.at(date))))));
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
              return new ReportSection("", FedWatchText.render(r), FedWatchChart.svg(r));
            }));
    out.add(
        section(
            "Large caps' P/E against history",
            () -> {
              var h =
                  c.history()
                      .getValuationHistory(
                          new GetValuationHistoryQuery(
                              LARGE_CAP_PE,
                              Optional.of(date),
                              Window.FULL,
                              GetValuationHistoryQuery.MAX_PAGE_SIZE,
                              ""));
              return new ReportSection("", HistoryText.brief(h), ReportCharts.history(h));
            }));
    out.add(
        section(
            "Funds side by side",
            () ->
                text(
                    FundText.comparison(
                        c.funds()
                            .compareFunds(
                                new CompareFundsUseCase.Query(FUNDS, Optional.of(date)))))));
    out.add(
        section(
            "Flows into " + smallFund,
            () ->
                text(
                    FundText.flows(
                        c.flows()
                            .getFundFlows(
                                new GetFundFlowsUseCase.Query(
                                    smallFund,
                                    FlowAnalyzer.DEFAULT_WINDOW,
                                    FlowAnalyzer.DEFAULT_K,
                                    Optional.empty(),
                                    Optional.of(date)))))));
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
                              FirstCutDetector.DEFAULT_QUIET_MONTHS,
                              EventStudy.DEFAULT_HORIZONS,
                              false));
              return new ReportSection("", EventStudyText.render(r), EventStudyChart.svg(r));
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
                              BacktestConfig.DEFAULT),
                          () -> false);
              var full = r.result().full().get(0);
              return new ReportSection(
                  "",
                  BacktestText.render(r),
                  ReportCharts.equity(
                      r.result().growth(), full.from().toString(), full.to().toString()));
            }));
    out.add(
        section(
            "The 2026 thesis as a scenario",
            () ->
                text(
                    ScenarioText.render(
                        c.scenario()
                            .runScenario(
                                RunScenarioUseCase.Query.of(RunScenarioUseCase.THESIS))))));
    return out;
  }

  /** The sections that lacked data, each "title: why" (to check a store is complete). */
  public static List<String> lacking(List<ReportSection> sections) {
    return sections.stream()
        .filter(s -> s.text().startsWith("lacks data"))
        .map(s -> s.title() + ": " + s.text().strip())
        .toList();
  }

  private static ReportSection text(String text) {
    return new ReportSection("", text, null);
  }

  private static ReportSection section(String title, Supplier<ReportSection> body) {
    try {
      return body.get().titled(title);
    } catch (CapshiftException e) {
      return new ReportSection(
          title, Text.line("lacks data: %s; %s", e.getMessage(), IMPORT_HINT), null);
    }
  }
}
