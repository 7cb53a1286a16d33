package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.CommonProtoMapper.decimal;
import static io.capshift.adapter.grpc.CommonProtoMapper.finite;

import io.capshift.api.v1.CmePublished;
import io.capshift.api.v1.CoverageBucket;
import io.capshift.api.v1.FedWatchConvention;
import io.capshift.api.v1.FedWatchDayCount;
import io.capshift.api.v1.GetRateExpectationsRequest;
import io.capshift.api.v1.GetRateExpectationsResponse;
import io.capshift.api.v1.GetRateSensitivityRequest;
import io.capshift.api.v1.GetRateSensitivityResponse;
import io.capshift.api.v1.InterestCoverage;
import io.capshift.api.v1.MeetingExpectation;
import io.capshift.api.v1.MeetingMonthSolve;
import io.capshift.api.v1.MoveSplit;
import io.capshift.api.v1.RangeProbability;
import io.capshift.api.v1.SensitivityAssumptions;
import io.capshift.api.v1.TargetRange;
import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetRateSensitivityQuery;
import io.capshift.application.port.in.RateExpectations;
import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.rates.FedWatchMeeting;
import io.capshift.domain.rates.FedWatchResult;
import io.capshift.domain.rates.PublishedDistribution;
import io.capshift.domain.rates.RateSensitivity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Maps rate-expectation and rate-sensitivity requests to queries, and FedWatch results and rate
 * sensitivities to responses. No calculation.
 */
final class RatesProtoMapper {
  private RatesProtoMapper() {}

  /**
   * The query a request asks for.
   *
   * @throws InvalidInputException naming every invalid field
   */
  static GetRateExpectationsQuery toQuery(GetRateExpectationsRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    Optional<LocalDate> asOf =
        ProtoDates.optionalDate(request.hasAsOf(), request.getAsOf(), "as_of", violations);
    String stripId = request.getStripId().strip();
    if (stripId.length() > RequestChecks.MAX_ID_LENGTH) {
      violations.add(
          new FieldViolation(
              "strip_id",
              "must be at most "
                  + RequestChecks.MAX_ID_LENGTH
                  + " characters, got "
                  + stripId.length()));
    }
    var convention = toDomain(request.getConvention(), request.getConventionValue(), violations);
    var dayCount = toDomain(request.getDayCount(), request.getDayCountValue(), violations);
    return RequestChecks.query(
        violations,
        () -> new GetRateExpectationsQuery(asOf, Optional.of(stripId), convention, dayCount));
  }

  /** Largest |rate_change_bps| accepted, basis points. */
  static final double MAX_RATE_CHANGE_BPS = 2_000;

  /**
   * The query a rate-sensitivity request asks for. Ranges of the assumptions are the use case's to
   * check; only non-finite values are rejected here.
   *
   * @throws InvalidInputException naming every invalid field
   */
  static GetRateSensitivityQuery toQuery(GetRateSensitivityRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    String indexId =
        RequestChecks.requiredId(
            request.getIndexId(), "index_id", "name an index, e.g. russell2000", violations);
    double bps = request.getRateChangeBps();
    if (!Double.isFinite(bps) || Math.abs(bps) > MAX_RATE_CHANGE_BPS) {
      violations.add(
          new FieldViolation(
              "rate_change_bps",
              "must be a finite number of basis points within ±2000 (negative = cut), got " + bps));
    } else if (request.hasRateChangeBps() && request.getAsExpected()) {
      violations.add(
          new FieldViolation(
              "as_expected",
              "conflicts with rate_change_bps: give a change or ask for the one the futures"
                  + " price, not both"));
    } else if (!request.hasRateChangeBps() && !request.getAsExpected()) {
      violations.add(
          new FieldViolation(
              "rate_change_bps",
              "is required: the change in basis points (-50 = a 50 bp cut), or set as_expected"
                  + " for the change the futures price"));
    }
    OptionalDouble floating =
        optionalFinite(
            request.hasFloatingDebtShare(),
            request.getFloatingDebtShare(),
            "floating_debt_share",
            violations);
    OptionalDouble debt =
        optionalFinite(
            request.hasDebtToEarnings(),
            request.getDebtToEarnings(),
            "debt_to_earnings",
            violations);
    OptionalDouble tax =
        optionalFinite(request.hasTaxRate(), request.getTaxRate(), "tax_rate", violations);
    OptionalDouble threshold =
        optionalFinite(
            request.hasCoverageThreshold(),
            request.getCoverageThreshold(),
            "coverage_threshold",
            violations);
    // Safe stand-ins for values already reported, so the query's constructor adds nothing twice.
    String safeId = indexId.isEmpty() ? "-" : indexId;
    double safeBps = Double.isFinite(bps) && Math.abs(bps) <= MAX_RATE_CHANGE_BPS ? bps : 0;
    return RequestChecks.query(
        violations,
        () ->
            new GetRateSensitivityQuery(
                safeId, safeBps, floating, debt, tax, request.getAsExpected(), threshold));
  }

  /** The response for one rate sensitivity. */
  static GetRateSensitivityResponse toResponse(RateSensitivity s) {
    io.capshift.domain.rates.SensitivityAssumptions a = s.assumptions();
    GetRateSensitivityResponse.Builder b = GetRateSensitivityResponse.newBuilder();
    s.interestCoverage().ifPresent(c -> b.setInterestCoverage(toProto(c)));
    return b.setRateChange(finite(s.rateChange(), "rate_change"))
        .setRateChangeSource(s.rateChangeSource())
        .setEarningsChange(finite(s.earningsChange(), "earnings_change"))
        .setEarningsChangePer25BpCut(
            finite(s.earningsChangePer25bpCut(), "earnings_change_per_25bp_cut"))
        .setFormula(s.formula())
        .setAssumptions(
            SensitivityAssumptions.newBuilder()
                .setFloatingDebtShare(decimal(a.floatingDebtShare()))
                .setDebtToEarnings(decimal(a.debtToEarnings()))
                .setTaxRate(decimal(a.taxRate()))
                .setFloatingDebtShareSource(a.floatingDebtShareSource())
                .setDebtToEarningsSource(a.debtToEarningsSource())
                .setTaxRateSource(a.taxRateSource()))
        .build();
  }

  private static InterestCoverage toProto(io.capshift.domain.rates.InterestCoverage c) {
    InterestCoverage.Builder b =
        InterestCoverage.newBuilder()
            .setThresholdMultiple(decimal(c.thresholdMultiple()))
            .setNames(c.names())
            .setNamesWithData(c.namesWithData())
            .setValueShareWithData(finite(c.valueShareWithData(), "value_share_with_data"))
            .setNamesBelowThreshold(c.namesBelowThreshold())
            .setValueShareBelowThreshold(
                finite(c.valueShareBelowThreshold(), "value_share_below_threshold"));
    c.valueWeightedMedian().ifPresent(v -> b.setValueWeightedMedian(finite(v, "median")));
    c.median().ifPresent(v -> b.setMedian(finite(v, "median")));
    c.buckets()
        .forEach(
            k ->
                b.addBuckets(
                    CoverageBucket.newBuilder()
                        .setLabel(k.label())
                        .setNames(k.names())
                        .setValueShare(finite(k.valueShare(), "value_share"))));
    return b.build();
  }

  /** An optional request double: empty when unset; a violation when set but not finite. */
  private static OptionalDouble optionalFinite(
      boolean present, double value, String field, List<FieldViolation> violations) {
    if (!present) {
      return OptionalDouble.empty();
    }
    if (!Double.isFinite(value)) {
      violations.add(new FieldViolation(field, "must be a finite number, got " + value));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(value);
  }

  /** The response for one set of rate expectations. */
  static GetRateExpectationsResponse toResponse(RateExpectations expectations) {
    FedWatchResult r = expectations.result();
    GetRateExpectationsResponse.Builder b =
        GetRateExpectationsResponse.newBuilder()
            .setAsOf(ProtoDates.toProto(r.asOf()))
            .setCurrent(toProto(r.current()))
            .setConvention(toProto(r.convention()))
            .setStripDatasetId(expectations.stripDatasetId())
            .setCalendarDatasetId(expectations.calendarDatasetId())
            .setTargetRangeDatasetId(expectations.targetRangeDatasetId())
            .setDataVersion(expectations.dataVersion())
            .setIncompleteReason(r.incomplete().orElse(""))
            .setDayCount(toProto(r.dayCount()))
            .setStaleReason(expectations.stale().orElse(""));
    for (FedWatchMeeting m : r.meetings()) {
      MeetingExpectation.Builder mb = toProto(m).toBuilder();
      LocalDate decided = m.meeting().decisionDate();
      mb.setDecidedByRequestedDate(expectations.past(decided));
      PublishedDistribution cme = expectations.published().get(decided);
      if (cme != null) {
        CmePublished.Builder cb =
            CmePublished.newBuilder()
                .setPublishedOn(ProtoDates.toProto(cme.publishedOn()))
                .setExpectedRate(finite(cme.expectedMid(), "cme_published.expected_rate"));
        cme.ranges().forEach(x -> cb.addRanges(toProto(x)));
        mb.setCmePublished(cb);
      }
      b.addMeetings(mb);
    }
    return b.build();
  }

  private static TargetRange toProto(io.capshift.domain.rates.TargetRange range) {
    return TargetRange.newBuilder()
        .setEffectiveDate(ProtoDates.toProto(range.effectiveDate()))
        .setLowerBound(decimal(range.lowerBound()))
        .setUpperBound(decimal(range.upperBound()))
        .setLowerBoundBps(bps(range.lowerBound()))
        .setUpperBoundBps(bps(range.upperBound()))
        .build();
  }

  private static MeetingExpectation toProto(FedWatchMeeting m) {
    MeetingExpectation.Builder b =
        MeetingExpectation.newBuilder()
            .setDecisionDate(ProtoDates.toProto(m.meeting().decisionDate()))
            .setStartDate(ProtoDates.toProto(m.meeting().startDate()))
            .setSummaryOfEconomicProjections(m.meeting().summaryOfEconomicProjections())
            .setContractMonth(m.contractMonth().toString())
            .setMonthAverageRate(finite(m.monthAverageRate(), "month_average_rate"))
            .setDaysBefore(m.daysBefore())
            .setDaysAfter(m.daysAfter())
            .setStartRate(finite(m.startRate(), "start_rate"))
            .setEndRate(finite(m.endRate(), "end_rate"))
            .setSolve(toProto(m.solve()))
            .setMove(toProto(m.move()))
            .setExpectedRate(finite(m.expectedRate(), "expected_rate"))
            .setProbabilityOfCutByThen(
                finite(m.probabilityOfCutByThen(), "probability_of_cut_by_then"))
            .setProbabilityOfAnyCutByThen(
                finite(m.probabilityOfAnyCutByThen(), "probability_of_any_cut_by_then"))
            .setImpliedMoves(finite(m.impliedMoves(), "implied_moves"));
    m.linkResidual().ifPresent(v -> b.setLinkResidual(finite(v, "link_residual")));
    m.ranges().forEach(r -> b.addRanges(toProto(r)));
    return b.build();
  }

  private static MoveSplit toProto(io.capshift.domain.rates.MoveSplit s) {
    return MoveSplit.newBuilder()
        .setExpectedSteps(finite(s.expectedSteps(), "expected_steps"))
        .setLowerSteps(s.lowerSteps())
        .setLowerProbability(finite(s.lowerProbability(), "lower_probability"))
        .setUpperSteps(s.upperSteps())
        .setUpperProbability(finite(s.upperProbability(), "upper_probability"))
        .build();
  }

  private static RangeProbability toProto(io.capshift.domain.rates.RangeProbability r) {
    return RangeProbability.newBuilder()
        .setLowerBound(decimal(r.lowerBound()))
        .setUpperBound(decimal(r.upperBound()))
        .setLowerBoundBps(bps(r.lowerBound()))
        .setUpperBoundBps(bps(r.upperBound()))
        .setLabel(r.label())
        .setProbability(finite(r.probability(), "probability"))
        .build();
  }

  /** A decimal rate in whole basis points (0.0375 = 375). */
  private static int bps(double rate) {
    return (int) Math.round(rate * 10_000);
  }

  private static MeetingMonthSolve toProto(io.capshift.domain.rates.MeetingMonthSolve s) {
    return switch (s) {
      case FORWARD_FROM_PREVIOUS_MONTH ->
          MeetingMonthSolve.MEETING_MONTH_SOLVE_FORWARD_FROM_PREVIOUS_MONTH;
      case BACKWARD_FROM_NEXT_ANCHOR ->
          MeetingMonthSolve.MEETING_MONTH_SOLVE_BACKWARD_FROM_NEXT_ANCHOR;
      case FORWARD_FROM_CURRENT_RANGE ->
          MeetingMonthSolve.MEETING_MONTH_SOLVE_FORWARD_FROM_CURRENT_RANGE;
    };
  }

  private static FedWatchConvention toProto(io.capshift.domain.rates.FedWatchConvention c) {
    return switch (c) {
      case CME_ADJACENT_ANCHOR -> FedWatchConvention.FED_WATCH_CONVENTION_CME_ADJACENT_ANCHOR;
      case CONSECUTIVE_MONTHS -> FedWatchConvention.FED_WATCH_CONVENTION_CONSECUTIVE_MONTHS;
    };
  }

  private static FedWatchDayCount toProto(io.capshift.domain.rates.FedWatchDayCount c) {
    return switch (c) {
      case DECISION_DAY_AT_OLD_RATE ->
          FedWatchDayCount.FED_WATCH_DAY_COUNT_DECISION_DAY_AT_OLD_RATE;
      case DECISION_DAY_AT_NEW_RATE ->
          FedWatchDayCount.FED_WATCH_DAY_COUNT_DECISION_DAY_AT_NEW_RATE;
    };
  }

  /** The day count a request names; unset means DECISION_DAY_AT_OLD_RATE. */
  private static io.capshift.domain.rates.FedWatchDayCount toDomain(
      FedWatchDayCount dayCount, int number, List<FieldViolation> violations) {
    return switch (dayCount) {
      case FED_WATCH_DAY_COUNT_UNSPECIFIED, FED_WATCH_DAY_COUNT_DECISION_DAY_AT_OLD_RATE ->
          io.capshift.domain.rates.FedWatchDayCount.DECISION_DAY_AT_OLD_RATE;
      case FED_WATCH_DAY_COUNT_DECISION_DAY_AT_NEW_RATE ->
          io.capshift.domain.rates.FedWatchDayCount.DECISION_DAY_AT_NEW_RATE;
      case UNRECOGNIZED -> {
        violations.add(
            new FieldViolation(
                "day_count",
                "unknown value "
                    + number
                    + "; use FED_WATCH_DAY_COUNT_DECISION_DAY_AT_OLD_RATE or"
                    + " FED_WATCH_DAY_COUNT_DECISION_DAY_AT_NEW_RATE"));
        yield io.capshift.domain.rates.FedWatchDayCount.DECISION_DAY_AT_OLD_RATE;
      }
    };
  }

  /** The convention a request names; unset means CME_ADJACENT_ANCHOR. */
  private static io.capshift.domain.rates.FedWatchConvention toDomain(
      FedWatchConvention convention, int number, List<FieldViolation> violations) {
    return switch (convention) {
      case FED_WATCH_CONVENTION_UNSPECIFIED, FED_WATCH_CONVENTION_CME_ADJACENT_ANCHOR ->
          io.capshift.domain.rates.FedWatchConvention.CME_ADJACENT_ANCHOR;
      case FED_WATCH_CONVENTION_CONSECUTIVE_MONTHS ->
          io.capshift.domain.rates.FedWatchConvention.CONSECUTIVE_MONTHS;
      case UNRECOGNIZED -> {
        violations.add(
            new FieldViolation(
                "convention",
                "unknown value "
                    + number
                    + "; use FED_WATCH_CONVENTION_CME_ADJACENT_ANCHOR or"
                    + " FED_WATCH_CONVENTION_CONSECUTIVE_MONTHS"));
        yield io.capshift.domain.rates.FedWatchConvention.CME_ADJACENT_ANCHOR;
      }
    };
  }
}
