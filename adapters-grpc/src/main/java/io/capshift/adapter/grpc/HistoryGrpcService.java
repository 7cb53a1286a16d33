package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.CommonProtoMapper.finite;

import io.capshift.api.v1.EasingEvent;
import io.capshift.api.v1.EventOutcome;
import io.capshift.api.v1.HistoryServiceGrpc;
import io.capshift.api.v1.HorizonReturn;
import io.capshift.api.v1.HorizonSummary;
import io.capshift.api.v1.OutcomeStats;
import io.capshift.api.v1.RuleHeadline;
import io.capshift.api.v1.RunEventStudyRequest;
import io.capshift.api.v1.RunEventStudyResponse;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.history.CycleRule;
import io.capshift.domain.history.EventStudy;
import io.capshift.domain.history.FirstCutDetector;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code capshift.v1.HistoryService} gRPC service: the event study. */
public final class HistoryGrpcService extends HistoryServiceGrpc.HistoryServiceImplBase {
  private final RunEventStudyUseCase eventStudy;

  /** A service over the event-study use case. */
  @Inject
  public HistoryGrpcService(RunEventStudyUseCase eventStudy) {
    this.eventStudy = eventStudy;
  }

  @Override
  public void runEventStudy(
      RunEventStudyRequest request, StreamObserver<RunEventStudyResponse> responses) {
    UnaryCall.answer(
        "RunEventStudy", responses, () -> toResponse(eventStudy.runEventStudy(toQuery(request))));
  }

  static RunEventStudyUseCase.Query toQuery(RunEventStudyRequest r) {
    String small =
        r.getSmallSeriesId().isBlank()
            ? RunEventStudyUseCase.DEFAULT_SMALL
            : r.getSmallSeriesId().strip();
    String large =
        r.getLargeSeriesId().isBlank()
            ? RunEventStudyUseCase.DEFAULT_LARGE
            : r.getLargeSeriesId().strip();
    Optional<String> policy =
        r.getPolicySeriesId().isBlank()
            ? Optional.empty()
            : Optional.of(r.getPolicySeriesId().strip());
    int quiet =
        r.getQuietMonths() == 0 ? FirstCutDetector.DEFAULT_QUIET_MONTHS : r.getQuietMonths();
    List<Integer> horizons =
        r.getHorizonsCount() == 0 ? EventStudy.DEFAULT_HORIZONS : r.getHorizonsList();
    List<FieldViolation> violations = new ArrayList<>();
    CycleRule rule = toDomain(r.getCycleRule(), r.getCycleRuleValue(), violations);
    return RequestChecks.query(
        violations,
        () ->
            new RunEventStudyUseCase.Query(
                small, large, policy, quiet, horizons, r.getIncludeEventMonth(), rule));
  }

  static RunEventStudyResponse toResponse(RunEventStudyUseCase.Report r) {
    var q = r.query();
    RunEventStudyResponse.Builder b =
        RunEventStudyResponse.newBuilder()
            .setFirstMonth(r.result().firstMonth().toString())
            .setLastMonth(r.result().lastMonth().toString())
            .setPolicySource(r.policySource())
            .setCalendarSource(r.calendarSource())
            .setSmallSource(r.smallSource())
            .setLargeSource(r.largeSource())
            .setDataVersion(r.dataVersion())
            .setDefinitions(
                RunEventStudyRequest.newBuilder()
                    .setSmallSeriesId(q.smallId())
                    .setLargeSeriesId(q.largeId())
                    .setPolicySeriesId(q.policyId().orElse(""))
                    .setQuietMonths(q.quietMonths())
                    .addAllHorizons(q.horizons())
                    .setIncludeEventMonth(q.includeEventMonth())
                    .setCycleRule(toProto(q.cycleRule())));
    r.events().forEach(e -> b.addEvents(event(e)));
    for (var o : r.result().outcomes()) {
      EventOutcome.Builder ob =
          EventOutcome.newBuilder()
              .setEvent(event(o.event()))
              .setFirstMonth(o.firstMonth().toString());
      o.path().forEach(v -> ob.addPath(finite(v, "path")));
      for (var h : o.horizons()) {
        HorizonReturn.Builder hb = HorizonReturn.newBuilder().setMonths(h.months());
        h.small().ifPresent(v -> hb.setSmall(finite(v, "small")));
        h.large().ifPresent(v -> hb.setLarge(finite(v, "large")));
        h.difference().ifPresent(v -> hb.setDifference(finite(v, "difference")));
        ob.addHorizons(hb);
      }
      b.addOutcomes(ob);
    }
    r.result().summaries().forEach(s -> b.addSummaries(summary(s)));
    for (var h : r.byRule()) {
      RuleHeadline.Builder hb = RuleHeadline.newBuilder().setRule(toProto(h.rule()));
      h.events().forEach(e -> hb.addEvents(event(e)));
      h.summaries().forEach(s -> hb.addSummaries(summary(s)));
      b.addCycleRules(hb);
    }
    return b.build();
  }

  /** The rule a request names; unset means HIKE_OR_QUIET. */
  private static CycleRule toDomain(
      io.capshift.api.v1.CycleRule rule, int number, List<FieldViolation> violations) {
    return switch (rule) {
      case CYCLE_RULE_UNSPECIFIED, CYCLE_RULE_HIKE_OR_QUIET -> CycleRule.HIKE_OR_QUIET;
      case CYCLE_RULE_SINCE_1989 -> CycleRule.SINCE_1989;
      case CYCLE_RULE_EVERY_FIRST_CUT -> CycleRule.EVERY_FIRST_CUT;
      case UNRECOGNIZED -> {
        violations.add(
            new FieldViolation(
                "cycle_rule",
                "unknown value "
                    + number
                    + "; use CYCLE_RULE_HIKE_OR_QUIET, CYCLE_RULE_SINCE_1989 or"
                    + " CYCLE_RULE_EVERY_FIRST_CUT"));
        yield CycleRule.HIKE_OR_QUIET;
      }
    };
  }

  private static io.capshift.api.v1.CycleRule toProto(CycleRule rule) {
    return switch (rule) {
      case HIKE_OR_QUIET -> io.capshift.api.v1.CycleRule.CYCLE_RULE_HIKE_OR_QUIET;
      case SINCE_1989 -> io.capshift.api.v1.CycleRule.CYCLE_RULE_SINCE_1989;
      case EVERY_FIRST_CUT -> io.capshift.api.v1.CycleRule.CYCLE_RULE_EVERY_FIRST_CUT;
    };
  }

  private static EasingEvent event(io.capshift.domain.history.EasingEvent e) {
    return EasingEvent.newBuilder()
        .setDate(ProtoDates.toProto(e.date()))
        .setRateBefore(finite(e.rateBefore(), "rate_before"))
        .setRateAfter(finite(e.rateAfter(), "rate_after"))
        .setEffectiveDate(ProtoDates.toProto(e.effective()))
        .setDatedByDecision(e.byDecision())
        .build();
  }

  private static HorizonSummary summary(io.capshift.domain.history.HorizonSummary s) {
    return HorizonSummary.newBuilder()
        .setMonths(s.months())
        .setEvents(stats(s.events()))
        .setBaseline(stats(s.baseline()))
        .build();
  }

  private static OutcomeStats stats(io.capshift.domain.history.OutcomeStats s) {
    OutcomeStats.Builder b = OutcomeStats.newBuilder().setCount(s.count());
    s.mean().ifPresent(v -> b.setMean(finite(v, "mean")));
    s.median().ifPresent(v -> b.setMedian(finite(v, "median")));
    s.hitRate().ifPresent(v -> b.setHitRate(finite(v, "hit_rate")));
    return b.build();
  }
}
