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
import io.capshift.application.port.Profile;
import io.capshift.application.port.in.CompareFundsUseCase;
import io.capshift.application.port.in.GetFundFlowsUseCase;
import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.GetValuationHistoryQuery;
import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.in.RunScenarioUseCase;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.common.Staleness;
import io.capshift.domain.common.Staleness.Frequency;
import io.capshift.domain.error.CapshiftException;
import io.capshift.domain.flows.FlowAnalyzer;
import io.capshift.domain.history.CycleRule;
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
  static final String IMPORT_HINT =
      "fetch it: ./capshift fetch (docs/data-sources.md), or import files: ./capshift import FILE";

  /** The series whose place in history the report shows: the S&amp;P 500's trailing P/E. */
  static final String LARGE_CAP_PE = "shiller:pe";

  /** The same from the datahub.io mirror of Shiller's data, where his own file is not stored. */
  static final String LARGE_CAP_PE_MIRROR = "shiller-datahub:pe";

  /** The funds the report sets side by side: the thesis's small-cap funds and the large one. */
  static final List<String> FUNDS =
      List.of(
          GetRotationSignalUseCase.Query.DEFAULT_SMALL_FUND,
          "DES",
          "IJR",
          GetRotationSignalUseCase.Query.DEFAULT_LARGE_FUND);

  static final String CALL = "The rotation call";

  static final String BACKTEST = "Backtest of the rule";

  private Report() {}

  /** The report's sections at {@code date} under the default staleness limits. */
  public static List<ReportSection> sections(UseCases c, LocalDate date) {
    return sections(c, date, Staleness.DEFAULT);
  }

  /**
   * The report's sections at {@code date}, computed from {@code c}. Each starts with the date of
   * its last observation, and with "STALE:" where that is older than {@code limits} allow.
   */
  public static List<ReportSection> sections(UseCases c, LocalDate date, Staleness limits) {
    String smallFund = GetRotationSignalUseCase.Query.DEFAULT_SMALL_FUND;
    List<Section> out = new ArrayList<>();
    out.add(
        new Section(
            CALL,
            () -> {
              var q = GetRotationSignalUseCase.Query.at(date);
              var s =
                  c.signal()
                      .getRotationSignal(
                          new GetRotationSignalUseCase.Query(
                              date,
                              q.smallId(),
                              q.largeId(),
                              q.smallFund(),
                              q.largeFund(),
                              java.util.Map.of(),
                              limits));
              Optional<LocalDate> last =
                  s.components().stream()
                      .filter(x -> x.leftOut().isEmpty())
                      .flatMap(x -> x.lastObservation().stream())
                      .max(LocalDate::compareTo);
              return text(Text.line(
                          "latest observation used: %s",
                          last.map(d -> d + " (" + Staleness.ageDays(d, date) + " days before)")
                              .orElse("none"))
                      + SignalText.render(s))
                  .answering(s);
            }));
    out.add(
        new Section(
            "What fed funds futures price",
            () -> {
              var r =
                  c.rates()
                      .getRateExpectations(
                          new GetRateExpectationsQuery(
                              Optional.of(date),
                              Optional.empty(),
                              FedWatchConvention.CME_ADJACENT_ANCHOR));
              return new ReportSection(
                  "",
                  // a strip is stale once a meeting it priced has been decided (said in the text)
                  dated(r.result().asOf(), date, Optional.empty()) + FedWatchText.render(r),
                  FedWatchChart.svg(r),
                  r);
            }));
    out.add(
        new Section(
            "Large caps' P/E against history",
            () -> {
              // Shiller's own file, else the datahub mirror that capshift fetch reads
              io.capshift.application.port.in.ValuationHistory h;
              try {
                h = largeCapPe(c, LARGE_CAP_PE, date);
              } catch (io.capshift.domain.error.NotFoundException notStored) {
                h = largeCapPe(c, LARGE_CAP_PE_MIRROR, date);
              }
              LocalDate last = h.statistics().observationDate();
              return new ReportSection(
                  "",
                  dated(last, date, limits.tooOld(Frequency.MONTHLY, last, date))
                      + HistoryText.brief(h),
                  ReportCharts.history(h),
                  h);
            }));
    out.add(
        new Section(
            "Funds side by side",
            () -> {
              var funds =
                  c.funds().compareFunds(new CompareFundsUseCase.Query(FUNDS, Optional.of(date)));
              Optional<LocalDate> last =
                  funds.stream()
                      .flatMap(
                          p ->
                              java.util.stream.Stream.concat(
                                  p
                                      .holdings()
                                      .filter(x -> !x.undated())
                                      .map(x -> x.asOf())
                                      .stream(),
                                  p.facts().stream().map(f -> f.date())))
                      .max(LocalDate::compareTo);
              return text(last.map(d -> dated(d, date, limits.tooOld(Frequency.DAILY, d, date)))
                          .orElse("")
                      + FundText.comparison(funds))
                  .answering(funds);
            }));
    out.add(
        new Section(
            "Flows into " + smallFund,
            () -> {
              var f =
                  c.flows()
                      .getFundFlows(
                          new GetFundFlowsUseCase.Query(
                              smallFund,
                              FlowAnalyzer.DEFAULT_WINDOW,
                              FlowAnalyzer.DEFAULT_K,
                              Optional.empty(),
                              Optional.of(date)));
              Optional<LocalDate> last =
                  java.util.stream.Stream.concat(f.daily().stream(), f.betweenHoldings().stream())
                      .filter(a -> !a.flows().isEmpty())
                      .map(a -> a.flows().get(a.flows().size() - 1).date())
                      .max(LocalDate::compareTo);
              return text(last.map(d -> dated(d, date, limits.tooOld(Frequency.DAILY, d, date)))
                          .orElse("")
                      + FundText.flows(f))
                  .answering(f);
            }));
    out.add(
        new Section(
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
                              false,
                              CycleRule.HIKE_OR_QUIET,
                              Optional.of(date)));
              LocalDate last = r.result().lastMonth().atEndOfMonth();
              return new ReportSection(
                  "",
                  dated(last, date, limits.tooOld(Frequency.MONTHLY, last, date))
                      + EventStudyText.render(r),
                  EventStudyChart.svg(r),
                  r);
            }));
    out.add(
        new Section(
            BACKTEST,
            () -> {
              var r =
                  c.backtest()
                      .runBacktest(
                          new RunBacktestUseCase.Query(
                              RunEventStudyUseCase.DEFAULT_SMALL,
                              RunEventStudyUseCase.DEFAULT_LARGE,
                              GetRotationSignalUseCase.Query.DEFAULT_SMALL_FUND,
                              GetRotationSignalUseCase.Query.DEFAULT_LARGE_FUND,
                              Optional.empty(),
                              Optional.empty(),
                              BacktestConfig.DEFAULT,
                              java.util.Map.of(),
                              Optional.of(date)),
                          () -> false);
              var full = r.result().full().get(0);
              LocalDate last = full.to().atEndOfMonth();
              return new ReportSection(
                  "",
                  dated(last, date, limits.tooOld(Frequency.MONTHLY, last, date))
                      + BacktestText.render(r),
                  ReportCharts.equity(r.result(), full.from(), full.to()),
                  r);
            }));
    out.add(
        new Section(
            "The 2026 thesis as a scenario",
            () -> {
              var thesis =
                  c.scenario().runScenario(RunScenarioUseCase.Query.of(RunScenarioUseCase.THESIS));
              return text("the thesis's own figures, not observations\n"
                      + ScenarioText.render(thesis))
                  .answering(thesis);
            }));
    return computed(out);
  }

  /** The sections that lacked data, each "title: why" (to check a store is complete). */
  public static List<String> lacking(List<ReportSection> sections) {
    return sections.stream()
        .filter(s -> s.text().startsWith("lacks data"))
        .map(s -> s.title() + ": " + s.text().strip())
        .toList();
  }

  /** "last observation D (N days before)", then "STALE: why" when it is too old. */
  private static String dated(LocalDate last, LocalDate date, Optional<String> stale) {
    return stale.map(why -> Text.line("STALE: %s", why)).orElse("")
        + Text.line("last observation: %s (%d days before)", last, Staleness.ageDays(last, date));
  }

  private static ReportSection text(String text) {
    return new ReportSection("", text, null);
  }

  /** A section's title and how to compute it. */
  record Section(String title, Supplier<ReportSection> body) {
    ReportSection compute() {
      long t = Profile.start();
      try {
        return body.get().titled(title);
      } catch (CapshiftException e) {
        return new ReportSection(
            title, Text.line("lacks data: %s; %s", e.getMessage(), IMPORT_HINT), null);
      } finally {
        if (Profile.on()) {
          Profile.end("report section: " + title, t);
        }
      }
    }
  }

  private static List<ReportSection> computed(List<Section> sections) {
    return computed(sections, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Each section computed, in the order given, on up to {@code threads} threads. The sections read
   * the same store but nothing of each other, and a report is one short process with the machine to
   * itself: on more than one processor they run side by side, the backtest and the rotation call
   * (two thirds of the work) started first so that they overlap. The use cases are those the server
   * calls from many threads at once. A fault (what a section does not turn into "lacks data") is
   * thrown once every section has ended, the first in the report's order, the others suppressed in
   * it; on one thread, at once. An interrupt of the caller ends the report at once.
   */
  static List<ReportSection> computed(List<Section> sections, int threads) {
    int n = Math.min(threads, sections.size());
    if (n < 2) {
      return sections.stream().map(Section::compute).toList();
    }
    List<Section> longestFirst = new ArrayList<>(sections);
    longestFirst.sort(
        java.util.Comparator.comparingInt(
            s -> s.title().equals(BACKTEST) ? 0 : s.title().equals(CALL) ? 1 : 2));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            n,
            r -> {
              Thread t = new Thread(r, "capshift-report");
              t.setDaemon(true);
              return t;
            });
    try {
      java.util.Map<Section, java.util.concurrent.Future<ReportSection>> running =
          new java.util.IdentityHashMap<>();
      for (Section s : longestFirst) {
        running.put(s, pool.submit(s::compute));
      }
      List<ReportSection> out = new ArrayList<>(sections.size());
      Throwable fault = null;
      for (Section s : sections) {
        try {
          out.add(result(running.get(s)));
        } catch (Interrupted e) {
          if (fault != null) {
            e.addSuppressed(fault);
          }
          throw e;
        } catch (RuntimeException | Error e) {
          if (fault == null) {
            fault = e;
          } else if (fault != e) {
            fault.addSuppressed(e);
          }
        }
      }
      if (fault instanceof RuntimeException r) {
        throw r;
      }
      if (fault instanceof Error err) {
        throw err;
      }
      return List.copyOf(out);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The caller was interrupted while the report was computed. */
  private static final class Interrupted extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    Interrupted(InterruptedException cause) {
      super("interrupted while the report was computed", cause);
    }
  }

  /** The section's answer once it has ended; the caller's interrupt ends the report. */
  private static ReportSection result(java.util.concurrent.Future<ReportSection> section) {
    try {
      return section.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Interrupted(e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static io.capshift.application.port.in.ValuationHistory largeCapPe(
      UseCases c, String series, LocalDate date) {
    return c.history()
        .getValuationHistory(
            new GetValuationHistoryQuery(
                series,
                Optional.of(date),
                Window.FULL,
                GetValuationHistoryQuery.MAX_PAGE_SIZE,
                ""));
  }
}
