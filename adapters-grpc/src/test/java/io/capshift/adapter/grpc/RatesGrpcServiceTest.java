package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import com.google.rpc.ResourceInfo;
import io.capshift.api.v1.FedWatchConvention;
import io.capshift.api.v1.FedWatchDayCount;
import io.capshift.api.v1.GetRateExpectationsRequest;
import io.capshift.api.v1.GetRateExpectationsResponse;
import io.capshift.api.v1.GetRateSensitivityRequest;
import io.capshift.api.v1.GetRateSensitivityResponse;
import io.capshift.api.v1.MeetingExpectation;
import io.capshift.api.v1.MeetingMonthSolve;
import io.capshift.api.v1.RangeProbability;
import io.capshift.api.v1.RatesServiceGrpc;
import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetRateSensitivityQuery;
import io.capshift.application.port.in.RateExpectations;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.rates.CoverageBucket;
import io.capshift.domain.rates.FedWatchCalculator;
import io.capshift.domain.rates.FedWatchMeeting;
import io.capshift.domain.rates.FedWatchResult;
import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.rates.FomcMeeting;
import io.capshift.domain.rates.FuturesStrip;
import io.capshift.domain.rates.InterestCoverage;
import io.capshift.domain.rates.MoveSplit;
import io.capshift.domain.rates.RateSensitivity;
import io.capshift.domain.rates.RateSensitivityCalculator;
import io.capshift.domain.rates.SensitivityAssumptions;
import io.capshift.domain.rates.TargetRange;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RatesService through an in-process server over a fake use case. */
class RatesGrpcServiceTest {
  /**
   * TV-FW2: the Oct/Nov 2022 strip on 2022-09-12 with the 3.00-3.25% range in force and the
   * 2022-11-02 meeting, through the real calculator.
   */
  /** TV-FW2, worked under the count of CME's 2022 document: the decision day at the new rate. */
  private static RateExpectations tvFw2(io.capshift.domain.rates.FedWatchConvention convention) {
    FuturesStrip strip =
        FuturesStrip.of(
            LocalDate.of(2022, 9, 12),
            Map.of(YearMonth.of(2022, 10), 96.94, YearMonth.of(2022, 11), 96.43));
    FomcCalendar calendar =
        new FomcCalendar(
            List.of(
                new FomcMeeting(
                    LocalDate.of(2022, 11, 1), LocalDate.of(2022, 11, 2), true, false)));
    TargetRange current = new TargetRange(LocalDate.of(2022, 7, 28), 0.03, 0.0325);
    FedWatchResult result =
        FedWatchCalculator.DEFAULT.calculate(
            strip,
            calendar,
            current,
            convention,
            io.capshift.domain.rates.FedWatchDayCount.DECISION_DAY_AT_NEW_RATE);
    return new RateExpectations(
        result, "zq@2022-09-12", "fomc@2022-09-12", "dfedtar@2022-09-12", 42);
  }

  private final List<GetRateExpectationsQuery> queries = new ArrayList<>();
  private Function<GetRateExpectationsQuery, RateExpectations> answer = q -> tvFw2(q.convention());

  /** A 50 bp cut at 30% floating, 10x debt/earnings and 21% tax, through the real calculator. */
  private static RateSensitivity fiftyBpCut() {
    return RateSensitivityCalculator.DEFAULT.calculate(
        -0.005, new SensitivityAssumptions(0.30, 10, 0.21, "a", "b", "c"));
  }

  private final List<GetRateSensitivityQuery> sensitivityQueries = new ArrayList<>();
  private Function<GetRateSensitivityQuery, RateSensitivity> sensitivityAnswer = q -> fiftyBpCut();
  private InProcessGrpc grpc;

  @BeforeEach
  void startServer() throws Exception {
    grpc =
        InProcessGrpc.start(
            new RatesGrpcService(
                query -> {
                  queries.add(query);
                  return answer.apply(query);
                },
                query -> {
                  sensitivityQueries.add(query);
                  return sensitivityAnswer.apply(query);
                }));
  }

  @AfterEach
  void stopServer() throws Exception {
    grpc.close();
  }

  private RatesServiceGrpc.RatesServiceBlockingStub stub() {
    return RatesServiceGrpc.newBlockingStub(grpc.channel()).withDeadlineAfter(5, TimeUnit.SECONDS);
  }

  private GetRateExpectationsResponse call(GetRateExpectationsRequest.Builder request) {
    return stub().getRateExpectations(request.build());
  }

  private StatusRuntimeException failure(GetRateExpectationsRequest.Builder request) {
    return catchThrowableOfType(StatusRuntimeException.class, () -> call(request));
  }

  @Test
  void getRateExpectations_tvFw2_mapsQueryAndEveryField() {
    GetRateExpectationsResponse r =
        call(
            GetRateExpectationsRequest.newBuilder()
                .setAsOf(date(2022, 9, 12))
                .setStripId(" zq ")
                .setConvention(FedWatchConvention.FED_WATCH_CONVENTION_CME_ADJACENT_ANCHOR)
                .setDayCount(FedWatchDayCount.FED_WATCH_DAY_COUNT_DECISION_DAY_AT_NEW_RATE));

    assertThat(queries)
        .containsExactly(
            new GetRateExpectationsQuery(
                Optional.of(LocalDate.of(2022, 9, 12)),
                Optional.of("zq"),
                io.capshift.domain.rates.FedWatchConvention.CME_ADJACENT_ANCHOR,
                io.capshift.domain.rates.FedWatchDayCount.DECISION_DAY_AT_NEW_RATE));
    assertThat(r.getDayCount())
        .isEqualTo(FedWatchDayCount.FED_WATCH_DAY_COUNT_DECISION_DAY_AT_NEW_RATE);
    assertThat(r.getAsOf()).isEqualTo(date(2022, 9, 12));
    assertThat(r.getCurrent().getEffectiveDate()).isEqualTo(date(2022, 7, 28));
    assertThat(r.getCurrent().getLowerBound()).isEqualTo(0.03);
    assertThat(r.getCurrent().getUpperBound()).isEqualTo(0.0325);
    assertThat(r.getConvention())
        .isEqualTo(FedWatchConvention.FED_WATCH_CONVENTION_CME_ADJACENT_ANCHOR);
    assertThat(r.getStripDatasetId()).isEqualTo("zq@2022-09-12");
    assertThat(r.getCalendarDatasetId()).isEqualTo("fomc@2022-09-12");
    assertThat(r.getTargetRangeDatasetId()).isEqualTo("dfedtar@2022-09-12");
    assertThat(r.getDataVersion()).isEqualTo(42);

    FedWatchMeeting expected =
        tvFw2(io.capshift.domain.rates.FedWatchConvention.CME_ADJACENT_ANCHOR)
            .result()
            .meetings()
            .get(0);
    assertThat(r.getMeetingsList()).hasSize(1);
    MeetingExpectation m = r.getMeetings(0);
    assertThat(m.getDecisionDate()).isEqualTo(date(2022, 11, 2));
    assertThat(m.getStartDate()).isEqualTo(date(2022, 11, 1));
    assertThat(m.getSummaryOfEconomicProjections()).isFalse();
    assertThat(m.getContractMonth()).isEqualTo("2022-11");
    assertThat(m.getMonthAverageRate()).isCloseTo(0.0357, within(1e-12));
    assertThat(m.getDaysBefore()).isEqualTo(1);
    assertThat(m.getDaysAfter()).isEqualTo(29);
    assertThat(m.getStartRate()).isCloseTo(0.0306, within(1e-12));
    // 12 significant digits: 0.035875862068965446 goes out as 0.035875862069
    assertThat(m.getEndRate())
        .isEqualTo(0.035875862069)
        .isCloseTo(expected.endRate(), within(1e-13));
    assertThat(m.getSolve())
        .isEqualTo(MeetingMonthSolve.MEETING_MONTH_SOLVE_FORWARD_FROM_PREVIOUS_MONTH);
    assertThat(m.hasLinkResidual()).isFalse();

    MoveSplit move = expected.move();
    assertThat(m.getMove().getExpectedSteps()).isCloseTo(move.expectedSteps(), within(1e-10));
    assertThat(m.getMove().getLowerSteps()).isEqualTo(2);
    assertThat(m.getMove().getLowerProbability()).isCloseTo(0.889655, within(5e-7));
    assertThat(m.getMove().getUpperSteps()).isEqualTo(3);
    assertThat(m.getMove().getUpperProbability()).isCloseTo(0.110345, within(5e-7));

    assertThat(m.getRangesList())
        .extracting(RangeProbability::getLabel)
        .containsExactly("350-375", "375-400");
    RangeProbability plus50 = m.getRanges(0);
    assertThat(plus50.getLowerBound()).isEqualTo(0.035);
    assertThat(plus50.getUpperBound()).isEqualTo(0.0375);
    assertThat(plus50.getLowerBoundBps()).isEqualTo(350);
    assertThat(plus50.getUpperBoundBps()).isEqualTo(375);
    assertThat(plus50.getProbability()).isCloseTo(0.889655, within(5e-7));
    RangeProbability plus75 = m.getRanges(1);
    assertThat(plus75.getLowerBound()).isCloseTo(0.0375, within(1e-12));
    assertThat(plus75.getUpperBound()).isCloseTo(0.04, within(1e-12));
    assertThat(plus75.getProbability()).isCloseTo(0.110345, within(5e-7));

    assertThat(m.getExpectedRate()).isEqualTo(0.036525862069);
    assertThat(m.getProbabilityOfCutByThen()).isEqualTo(0.0);
    assertThat(m.getImpliedMoves()).isEqualTo(2.11034482759); // 12 significant digits
    assertThat(m.getImpliedMoves()).isCloseTo(2.110345, within(5e-7));
  }

  @Test
  void getRateExpectations_linkResidual_sentOnlyWhenPresent() {
    answer =
        q -> {
          RateExpectations base = tvFw2(q.convention());
          FedWatchMeeting m = base.result().meetings().get(0);
          FedWatchMeeting withResidual =
              new FedWatchMeeting(
                  m.meeting(),
                  m.contractMonth(),
                  m.monthAverageRate(),
                  m.daysBefore(),
                  m.daysAfter(),
                  m.startRate(),
                  m.endRate(),
                  m.solve(),
                  OptionalDouble.of(-0.0001),
                  m.move(),
                  m.ranges(),
                  m.expectedRate(),
                  m.probabilityOfCutByThen(),
                  m.probabilityOfAnyCutByThen(),
                  m.impliedMoves());
          FedWatchResult r = base.result();
          return new RateExpectations(
              new FedWatchResult(
                  r.asOf(), r.current(), r.convention(), r.dayCount(), List.of(withResidual)),
              base.stripDatasetId(),
              base.calendarDatasetId(),
              base.targetRangeDatasetId(),
              base.dataVersion());
        };

    MeetingExpectation m = call(GetRateExpectationsRequest.newBuilder()).getMeetings(0);

    assertThat(m.hasLinkResidual()).isTrue();
    assertThat(m.getLinkResidual()).isEqualTo(-0.0001);
  }

  @Test
  void getRateExpectations_meetingsStopAtAGap_incompleteReasonSaysWhy() {
    answer =
        q -> {
          RateExpectations base = tvFw2(q.convention());
          FedWatchResult r = base.result();
          return new RateExpectations(
              new FedWatchResult(
                  r.asOf(),
                  r.current(),
                  r.convention(),
                  r.dayCount(),
                  r.meetings(),
                  Optional.of(
                      "no futures price for 2022-12 (needed for the meeting of 2022-12-14)")),
              base.stripDatasetId(),
              base.calendarDatasetId(),
              base.targetRangeDatasetId(),
              base.dataVersion());
        };

    GetRateExpectationsResponse r = call(GetRateExpectationsRequest.newBuilder());

    assertThat(r.getMeetingsCount()).isEqualTo(1);
    assertThat(r.getIncompleteReason())
        .isEqualTo("no futures price for 2022-12 (needed for the meeting of 2022-12-14)");
  }

  @Test
  void getRateExpectations_unsetRequest_cmeAdjacentAnchorLatestAnyStrip() {
    GetRateExpectationsResponse r = call(GetRateExpectationsRequest.newBuilder());

    assertThat(queries)
        .containsExactly(
            new GetRateExpectationsQuery(
                Optional.empty(),
                Optional.empty(),
                io.capshift.domain.rates.FedWatchConvention.CME_ADJACENT_ANCHOR));
    assertThat(r.getConvention())
        .isEqualTo(FedWatchConvention.FED_WATCH_CONVENTION_CME_ADJACENT_ANCHOR);
  }

  @Test
  void getRateExpectations_consecutiveMonths_passedAndEchoed() {
    GetRateExpectationsResponse r =
        call(
            GetRateExpectationsRequest.newBuilder()
                .setConvention(FedWatchConvention.FED_WATCH_CONVENTION_CONSECUTIVE_MONTHS));

    assertThat(queries)
        .extracting(GetRateExpectationsQuery::convention)
        .containsExactly(io.capshift.domain.rates.FedWatchConvention.CONSECUTIVE_MONTHS);
    assertThat(r.getConvention())
        .isEqualTo(FedWatchConvention.FED_WATCH_CONVENTION_CONSECUTIVE_MONTHS);
  }

  @Test
  void getRateExpectations_invalidAsOf_fieldViolation() {
    StatusRuntimeException e =
        failure(GetRateExpectationsRequest.newBuilder().setAsOf(date(2022, 2, 30)));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "as_of");
    assertThat(queries).isEmpty();
  }

  @Test
  void getRateExpectations_partialAsOf_fieldViolation() {
    StatusRuntimeException e =
        failure(GetRateExpectationsRequest.newBuilder().setAsOf(date(2022, 9, 0)));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "as_of");
    assertThat(queries).isEmpty();
  }

  @Test
  void getRateExpectations_everyFieldBad_oneAnswerNamingAll() {
    StatusRuntimeException e =
        failure(
            GetRateExpectationsRequest.newBuilder()
                .setAsOf(date(0, 1, 1))
                .setStripId("x".repeat(65))
                .setConventionValue(9));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    StatusDetails details = StatusDetails.of(e);
    assertThat(details.errorInfo().getReason()).isEqualTo("INVALID_ARGUMENT");
    assertThat(details.the(BadRequest.class).getFieldViolationsList())
        .extracting(BadRequest.FieldViolation::getField)
        .containsExactly("as_of", "strip_id", "convention");
    assertThat(queries).isEmpty();
  }

  @Test
  void getRateExpectations_unknownConvention_fieldViolation() {
    StatusRuntimeException e =
        failure(GetRateExpectationsRequest.newBuilder().setConventionValue(7));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "convention");
    assertThat(StatusDetails.of(e).the(BadRequest.class).getFieldViolations(0).getDescription())
        .contains("unknown value 7");
  }

  @Test
  void getRateExpectations_unknownDayCount_fieldViolation() {
    StatusRuntimeException e = failure(GetRateExpectationsRequest.newBuilder().setDayCountValue(5));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "day_count");
    assertThat(StatusDetails.of(e).the(BadRequest.class).getFieldViolations(0).getDescription())
        .contains("unknown value 5");
  }

  @Test
  void getRateExpectations_notFound_passedThroughWithResourceInfo() {
    answer =
        q -> {
          throw new NotFoundException(
              Reason.NO_DATA_BEFORE_DATE,
              "capshift.io/FuturesStrip",
              "zq",
              "no futures strip zq on or before 2000-01-03; the first is 2001-05-01",
              LocalDate.of(2001, 5, 1));
        };

    StatusRuntimeException e =
        failure(GetRateExpectationsRequest.newBuilder().setAsOf(date(2000, 1, 3)));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    StatusDetails details = StatusDetails.of(e);
    ErrorInfo info = details.errorInfo();
    assertThat(info.getReason()).isEqualTo("NO_DATA_BEFORE_DATE");
    assertThat(info.getMetadataMap()).containsEntry("first_available_date", "2001-05-01");
    assertThat(details.the(ResourceInfo.class).getResourceName()).isEqualTo("zq");
  }

  @Test
  void getRateExpectations_unsolvableStrip_failedPrecondition() {
    answer =
        q -> {
          throw new FailedPreconditionException(
              Reason.STRIP_NOT_SOLVABLE,
              "cannot solve zq@2022-09-12: no futures price for 2022-12 (needed for the meeting of"
                  + " 2022-12-14)");
        };

    StatusRuntimeException e = failure(GetRateExpectationsRequest.newBuilder());

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    StatusDetails details = StatusDetails.of(e);
    assertThat(details.errorInfo().getReason()).isEqualTo("STRIP_NOT_SOLVABLE");
    assertThat(details.the(PreconditionFailure.class).getViolations(0).getType())
        .isEqualTo("STRIP_NOT_SOLVABLE");
  }

  private GetRateSensitivityResponse sensitivity(GetRateSensitivityRequest.Builder request) {
    return stub().getRateSensitivity(request.build());
  }

  private StatusRuntimeException sensitivityFailure(GetRateSensitivityRequest.Builder request) {
    return catchThrowableOfType(StatusRuntimeException.class, () -> sensitivity(request));
  }

  @Test
  void getRateSensitivity_fiftyBpCut_mapsQueryAndEveryField() {
    GetRateSensitivityResponse r =
        sensitivity(
            GetRateSensitivityRequest.newBuilder()
                .setIndexId(" russell2000 ")
                .setRateChangeBps(-50)
                .setFloatingDebtShare(0.30)
                .setDebtToEarnings(10)
                .setTaxRate(0.21));

    assertThat(sensitivityQueries)
        .containsExactly(
            new GetRateSensitivityQuery(
                "russell2000",
                -50,
                OptionalDouble.of(0.30),
                OptionalDouble.of(10),
                OptionalDouble.of(0.21)));
    RateSensitivity expected = fiftyBpCut();
    assertThat(r.getRateChange()).isEqualTo(-0.005);
    // the domain's 0.011850000000000001 goes out as the decimal it stands for
    assertThat(r.getEarningsChange()).isEqualTo(0.01185);
    assertThat(r.getEarningsChange()).isCloseTo(expected.earningsChange(), within(1e-15));
    assertThat(r.getEarningsChangePer25BpCut()).isCloseTo(0.005925, within(1e-12));
    assertThat(r.getEarningsChangePer25BpCut()).isEqualTo(0.005925);
    assertThat(r.getFormula()).isEqualTo(expected.formula()).endsWith("= +0.01185");
    assertThat(r.hasAssumptions()).isTrue();
    assertThat(r.getAssumptions().getFloatingDebtShare()).isEqualTo(0.30);
    assertThat(r.getAssumptions().getDebtToEarnings()).isEqualTo(10);
    assertThat(r.getAssumptions().getTaxRate()).isEqualTo(0.21);
    assertThat(r.getAssumptions().getFloatingDebtShareSource()).isEqualTo("a");
    assertThat(r.getAssumptions().getDebtToEarningsSource()).isEqualTo("b");
    assertThat(r.getAssumptions().getTaxRateSource()).isEqualTo("c");
  }

  @Test
  void getRateSensitivity_interestCoverage_thresholdPassedAndDistributionMapped() {
    InterestCoverage coverage =
        new InterestCoverage(
            2.0,
            5,
            4,
            0.8,
            List.of(
                new CoverageBucket("EBIT < 0", 1, 0.25), new CoverageBucket(">= 5.0x", 3, 0.75)),
            1,
            0.25,
            OptionalDouble.of(6.0),
            OptionalDouble.empty());
    sensitivityAnswer = q -> fiftyBpCut().withInterestCoverage(Optional.of(coverage));

    GetRateSensitivityResponse r =
        sensitivity(
            GetRateSensitivityRequest.newBuilder()
                .setIndexId("r2k")
                .setRateChangeBps(-50)
                .setCoverageThreshold(2.0));

    assertThat(sensitivityQueries.get(0).coverageThreshold()).hasValue(2.0);
    assertThat(r.hasInterestCoverage()).isTrue();
    var c = r.getInterestCoverage();
    assertThat(c.getThresholdMultiple()).isEqualTo(2.0);
    assertThat(new int[] {c.getNames(), c.getNamesWithData(), c.getNamesBelowThreshold()})
        .containsExactly(5, 4, 1);
    assertThat(c.getValueShareWithData()).isEqualTo(0.8);
    assertThat(c.getValueShareBelowThreshold()).isEqualTo(0.25);
    assertThat(c.getValueWeightedMedian()).isEqualTo(6.0);
    assertThat(c.hasMedian()).isFalse();
    assertThat(c.getBucketsList())
        .extracting(b -> b.getLabel() + " " + b.getNames() + " " + b.getValueShare())
        .containsExactly("EBIT < 0 1 0.25", ">= 5.0x 3 0.75");
  }

  @Test
  void getRateSensitivity_noConstituentDebtData_coverageUnset() {
    assertThat(
            sensitivity(
                    GetRateSensitivityRequest.newBuilder()
                        .setIndexId("russell2000")
                        .setRateChangeBps(-50))
                .hasInterestCoverage())
        .isFalse();
  }

  @Test
  void getRateSensitivity_coverageThresholdNotFinite_fieldViolation() {
    StatusRuntimeException e =
        sensitivityFailure(
            GetRateSensitivityRequest.newBuilder()
                .setIndexId("r2k")
                .setRateChangeBps(-25)
                .setCoverageThreshold(Double.NaN));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "coverage_threshold");
    assertThat(sensitivityQueries).isEmpty();
  }

  /** An override out of range is named by its own field, not as "the assumptions". */
  @Test
  void getRateSensitivity_taxRateOutOfRange_violationOnTaxRate() {
    StatusDetails.assertFieldViolation(
        sensitivityFailure(
            GetRateSensitivityRequest.newBuilder()
                .setIndexId("sp500")
                .setRateChangeBps(-50)
                .setTaxRate(2)),
        "INVALID_ARGUMENT",
        "tax_rate");
    assertThat(sensitivityQueries).isEmpty();
  }

  /** A request that asks for no change, or for two, says so rather than answer one silently. */
  @Test
  void getRateSensitivity_neitherChangeNorAsExpected_orBoth_invalidArgument() {
    StatusDetails.assertFieldViolation(
        sensitivityFailure(GetRateSensitivityRequest.newBuilder().setIndexId("sp500")),
        "INVALID_ARGUMENT",
        "rate_change_bps");
    StatusDetails.assertFieldViolation(
        sensitivityFailure(
            GetRateSensitivityRequest.newBuilder()
                .setIndexId("sp500")
                .setRateChangeBps(-50)
                .setAsExpected(true)),
        "INVALID_ARGUMENT",
        "as_expected");
    assertThat(sensitivityQueries).isEmpty();
  }

  @Test
  void getRateSensitivity_asExpected_passedOnAndSourceReturned() {
    var response =
        sensitivity(
            GetRateSensitivityRequest.newBuilder().setIndexId("russell2000").setAsExpected(true));

    assertThat(sensitivityQueries)
        .containsExactly(
            new GetRateSensitivityQuery(
                "russell2000",
                0,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                true));
    assertThat(response.getRateChangeSource()).isEqualTo("given");
  }

  @Test
  void getRateSensitivity_unsetOptionals_passedAsEmpty() {
    sensitivity(GetRateSensitivityRequest.newBuilder().setIndexId("sp500").setRateChangeBps(25));

    assertThat(sensitivityQueries)
        .containsExactly(
            new GetRateSensitivityQuery(
                "sp500",
                25,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty()));
  }

  @Test
  void getRateSensitivity_explicitZeroOptionals_passedAsPresent() {
    sensitivity(
        GetRateSensitivityRequest.newBuilder()
            .setIndexId("sp500")
            .setRateChangeBps(0)
            .setFloatingDebtShare(0)
            .setTaxRate(0));

    assertThat(sensitivityQueries)
        .containsExactly(
            new GetRateSensitivityQuery(
                "sp500", 0, OptionalDouble.of(0), OptionalDouble.empty(), OptionalDouble.of(0)));
  }

  @Test
  void getRateSensitivity_blankIndexId_fieldViolation() {
    StatusRuntimeException e =
        sensitivityFailure(
            GetRateSensitivityRequest.newBuilder().setIndexId("  ").setRateChangeBps(-25));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "index_id");
    assertThat(sensitivityQueries).isEmpty();
  }

  @Test
  void getRateSensitivity_longIndexId_fieldViolation() {
    StatusRuntimeException e =
        sensitivityFailure(
            GetRateSensitivityRequest.newBuilder()
                .setIndexId("x".repeat(65))
                .setRateChangeBps(-25));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "index_id");
    assertThat(StatusDetails.of(e).the(BadRequest.class).getFieldViolations(0).getDescription())
        .contains("at most 64");
    assertThat(sensitivityQueries).isEmpty();
  }

  @Test
  void getRateSensitivity_rateChangeOutOfRange_fieldViolation() {
    StatusRuntimeException e =
        sensitivityFailure(
            GetRateSensitivityRequest.newBuilder().setIndexId("sp500").setRateChangeBps(-2000.5));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "rate_change_bps");
    assertThat(sensitivityQueries).isEmpty();
  }

  @Test
  void getRateSensitivity_rateChangeAtLimit_accepted() {
    sensitivity(GetRateSensitivityRequest.newBuilder().setIndexId("sp500").setRateChangeBps(2000));

    assertThat(sensitivityQueries)
        .extracting(GetRateSensitivityQuery::rateChangeBps)
        .containsExactly(2000.0);
  }

  @Test
  void getRateSensitivity_nonFiniteRateChange_fieldViolation() {
    StatusRuntimeException e =
        sensitivityFailure(
            GetRateSensitivityRequest.newBuilder()
                .setIndexId("sp500")
                .setRateChangeBps(Double.NaN));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "rate_change_bps");
    assertThat(sensitivityQueries).isEmpty();
  }

  @Test
  void getRateSensitivity_everyFieldBad_oneAnswerNamingAll() {
    StatusRuntimeException e =
        sensitivityFailure(
            GetRateSensitivityRequest.newBuilder()
                .setRateChangeBps(Double.POSITIVE_INFINITY)
                .setFloatingDebtShare(Double.NaN)
                .setDebtToEarnings(Double.POSITIVE_INFINITY)
                .setTaxRate(Double.NEGATIVE_INFINITY));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    StatusDetails details = StatusDetails.of(e);
    assertThat(details.errorInfo().getReason()).isEqualTo("INVALID_ARGUMENT");
    assertThat(details.the(BadRequest.class).getFieldViolationsList())
        .extracting(BadRequest.FieldViolation::getField)
        .containsExactly(
            "index_id", "rate_change_bps", "floating_debt_share", "debt_to_earnings", "tax_rate");
    assertThat(sensitivityQueries).isEmpty();
  }

  @Test
  void getRateSensitivity_useCaseInvalidInput_passedThroughWithField() {
    sensitivityAnswer =
        q -> {
          throw InvalidInputException.of(
              "debt_to_earnings",
              "no default for 'sp500' without constituent debt data; give its total debt /"
                  + " annual earnings");
        };

    StatusRuntimeException e =
        sensitivityFailure(
            GetRateSensitivityRequest.newBuilder().setIndexId("sp500").setRateChangeBps(-25));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "debt_to_earnings");
    assertThat(StatusDetails.of(e).the(BadRequest.class).getFieldViolations(0).getDescription())
        .contains("no default for 'sp500'");
    assertThat(sensitivityQueries).hasSize(1);
  }
}
