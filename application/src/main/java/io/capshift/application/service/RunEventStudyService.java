package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.in.RunEventStudyUseCase.RuleHeadline;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.history.CycleRule;
import io.capshift.domain.history.EasingEvent;
import io.capshift.domain.history.EventStudy;
import io.capshift.domain.history.EventStudyResult;
import io.capshift.domain.history.FirstCutDetector;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Runs the event study on stored series; see {@link RunEventStudyUseCase.Query}. */
public final class RunEventStudyService implements RunEventStudyUseCase {
  private final DatasetRepository repository;
  private final MarketSeries market;

  @Inject
  public RunEventStudyService(DatasetRepository repository, SeriesResolver series) {
    this.repository = repository;
    this.market = new MarketSeries(repository, series);
  }

  @Override
  public Report runEventStudy(Query q) {
    long version = repository.dataVersion();
    MarketSeries.PolicyRate policy = market.policy(q.policyId(), q.asOf());
    Decisions decisions = decisions();
    MarketSeries.Labelled small = market.monthsEndedBy(q.smallId(), q.asOf());
    MarketSeries.Labelled large = market.monthsEndedBy(q.largeId(), q.asOf());
    try {
      List<RuleHeadline> byRule = new ArrayList<>();
      EventStudyResult result = null;
      List<EasingEvent> events = List.of();
      for (CycleRule rule : rulesFirst(q.cycleRule())) {
        List<EasingEvent> found =
            FirstCutDetector.DEFAULT.detect(
                policy.series(), q.quietMonths(), rule, decisions.days());
        EventStudyResult r =
            EventStudy.DEFAULT.run(
                found, small.series(), large.series(), q.horizons(), q.includeEventMonth());
        if (rule == q.cycleRule()) {
          result = r;
          events = found;
        }
        byRule.add(new RuleHeadline(rule, found, r.summaries()));
      }
      return new Report(
          q,
          events,
          result,
          policy.source(),
          decisions.source(),
          small.source(),
          large.source(),
          byRule,
          version);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("large_series_id", e.getMessage());
    }
  }

  /** The FOMC decision days of every stored calendar, and which calendars they came from. */
  private record Decisions(List<LocalDate> days, String source) {}

  private Decisions decisions() {
    Set<LocalDate> days = new TreeSet<>();
    List<String> ids = new ArrayList<>();
    for (DatasetInfo info : repository.list()) {
      if (info.kind() == DatasetKind.FOMC_CALENDAR
          && repository.load(info) instanceof DatasetContent.Meetings m) {
        m.calendar().meetings().forEach(meeting -> days.add(meeting.decisionDate()));
        ids.add(info.datasetId());
      }
    }
    return new Decisions(
        List.copyOf(days),
        ids.isEmpty() ? "no FOMC calendar stored" : "FOMC calendars " + String.join(", ", ids));
  }

  private static List<CycleRule> rulesFirst(CycleRule asked) {
    List<CycleRule> rules = new ArrayList<>(List.of(asked));
    Arrays.stream(CycleRule.values()).filter(r -> r != asked).forEach(rules::add);
    return rules;
  }
}
