package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.ResourceInfo;
import io.capshift.api.v1.BlendRule;
import io.capshift.api.v1.CompareEarningsGrowthRequest;
import io.capshift.api.v1.CompareEarningsGrowthResponse;
import io.capshift.api.v1.EarningsOutlook;
import io.capshift.api.v1.EarningsServiceGrpc;
import io.capshift.api.v1.EpsBasis;
import io.capshift.api.v1.GetEarningsOutlookRequest;
import io.capshift.api.v1.InputKind;
import io.capshift.api.v1.NtmEarnings;
import io.capshift.api.v1.NtmEarningsMethod;
import io.capshift.application.port.in.CompareEarningsGrowthQuery;
import io.capshift.application.port.in.GetEarningsOutlookQuery;
import io.capshift.application.port.in.GrowthComparison;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** EarningsService through an in-process server over fake use cases. */
class EarningsGrpcServiceTest {
  private final List<GetEarningsOutlookQuery> outlookQueries = new ArrayList<>();
  private final List<CompareEarningsGrowthQuery> growthQueries = new ArrayList<>();
  private Function<GetEarningsOutlookQuery, io.capshift.application.port.in.EarningsOutlook>
      outlookAnswer =
          q ->
              Fixtures.outlook(
                  q.indexId(), io.capshift.domain.earnings.NtmEarnings.Method.YARDENI_WEEKS);
  private Function<CompareEarningsGrowthQuery, GrowthComparison> growthAnswer =
      q -> Fixtures.growthComparison();
  private InProcessGrpc grpc;

  @BeforeEach
  void startServer() throws Exception {
    grpc =
        InProcessGrpc.start(
            new EarningsGrpcService(
                query -> {
                  outlookQueries.add(query);
                  return outlookAnswer.apply(query);
                },
                query -> {
                  growthQueries.add(query);
                  return growthAnswer.apply(query);
                }));
  }

  @AfterEach
  void stopServer() throws Exception {
    grpc.close();
  }

  private EarningsServiceGrpc.EarningsServiceBlockingStub stub() {
    return EarningsServiceGrpc.newBlockingStub(grpc.channel())
        .withDeadlineAfter(5, TimeUnit.SECONDS);
  }

  private EarningsOutlook outlook(GetEarningsOutlookRequest.Builder request) {
    return stub().getEarningsOutlook(request.build()).getOutlook();
  }

  private StatusRuntimeException outlookFailure(GetEarningsOutlookRequest.Builder request) {
    return catchThrowableOfType(StatusRuntimeException.class, () -> outlook(request));
  }

  private CompareEarningsGrowthResponse compare(CompareEarningsGrowthRequest.Builder request) {
    return stub().compareEarningsGrowth(request.build());
  }

  private StatusRuntimeException compareFailure(CompareEarningsGrowthRequest.Builder request) {
    return catchThrowableOfType(StatusRuntimeException.class, () -> compare(request));
  }

  @Test
  void getEarningsOutlook_validRequest_mapsQueryAndEveryField() {
    EarningsOutlook o =
        outlook(
            GetEarningsOutlookRequest.newBuilder()
                .setIndexId(" sp500 ")
                .setAsOf(date(2026, 3, 31))
                .setBlendRule(BlendRule.BLEND_RULE_YARDENI_WEEKS)
                .setEpsBasis(EpsBasis.EPS_BASIS_AS_REPORTED));

    assertThat(outlookQueries)
        .containsExactly(
            new GetEarningsOutlookQuery(
                "sp500",
                Optional.of(LocalDate.of(2026, 3, 31)),
                io.capshift.domain.earnings.BlendRule.YARDENI_WEEKS,
                io.capshift.domain.earnings.EpsBasis.AS_REPORTED));
    assertThat(o.getIndexId()).isEqualTo("sp500");
    assertThat(o.getAsOf()).isEqualTo(date(2026, 3, 31));
    assertThat(o.getInputKind()).isEqualTo(InputKind.INPUT_KIND_QUARTERLY_EPS);
    assertThat(o.getIndexLevel().getValue()).isEqualTo(5600.0);
    assertThat(o.getTrailingEps().getValue()).isEqualTo(240.0);
    assertThat(o.hasForwardEps()).isTrue();
    NtmEarnings ntm = o.getForwardEps();
    assertThat(ntm.getAsOf()).isEqualTo(date(2026, 3, 31));
    assertThat(ntm.getValue()).isEqualTo(270.5);
    assertThat(ntm.getMethod()).isEqualTo(NtmEarningsMethod.NTM_EARNINGS_METHOD_YARDENI_WEEKS);
    assertThat(ntm.getCurrentYearWeight()).isEqualTo(0.75);
    assertThat(ntm.getDescription()).isEqualTo("275/365 x CY2026 262.00 + 90/365 x CY2027 296.00");
    assertThat(o.getTrailingPe().getValue()).isEqualTo(23.3);
    assertThat(o.getForwardPe().getValue()).isEqualTo(20.7);
    assertThat(o.getGrowth().getValue()).isEqualTo(0.127);
    assertThat(o.getPeg().getValue()).isEqualTo(1.63);
    assertThat(o.getForwardEarningsYield().getValue()).isEqualTo(0.0483);
    assertThat(o.getTenYearYield().getValue()).isEqualTo(0.0425);
    assertThat(o.getEquityRiskPremium().getValue()).isEqualTo(0.0058);
    assertThat(o.getDatasetIdsList()).containsExactly("sp500@2026-03-31", "dgs10@2026-03-31");
    assertThat(o.getNotesList()).containsExactly("operating EPS");
  }

  @Test
  void getEarningsOutlook_answer_carriesTheDataVersion() {
    assertThat(
            stub()
                .getEarningsOutlook(
                    GetEarningsOutlookRequest.newBuilder().setIndexId("sp500").build())
                .getDataVersion())
        .isEqualTo(17);
  }

  @Test
  void getEarningsOutlook_enumsUnset_factsetCalendarDaysAndOperatingLatest() {
    outlook(GetEarningsOutlookRequest.newBuilder().setIndexId("sp500"));

    assertThat(outlookQueries)
        .containsExactly(
            new GetEarningsOutlookQuery(
                "sp500",
                Optional.empty(),
                io.capshift.domain.earnings.BlendRule.FACTSET_CALENDAR_DAYS,
                io.capshift.domain.earnings.EpsBasis.OPERATING));
  }

  @Test
  void getEarningsOutlook_enumsExplicitDefaults_sameAsUnset() {
    outlook(
        GetEarningsOutlookRequest.newBuilder()
            .setIndexId("sp500")
            .setBlendRule(BlendRule.BLEND_RULE_FACTSET_CALENDAR_DAYS)
            .setEpsBasis(EpsBasis.EPS_BASIS_OPERATING));

    assertThat(outlookQueries)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.blendRule())
                  .isEqualTo(io.capshift.domain.earnings.BlendRule.FACTSET_CALENDAR_DAYS);
              assertThat(q.basis()).isEqualTo(io.capshift.domain.earnings.EpsBasis.OPERATING);
            });
  }

  @Test
  void getEarningsOutlook_noForwardEstimate_forwardEpsUnsetAndFiguresUndefined() {
    outlookAnswer = q -> Fixtures.outlookWithoutForward(q.indexId());

    EarningsOutlook o = outlook(GetEarningsOutlookRequest.newBuilder().setIndexId("sp600"));

    assertThat(o.hasForwardEps()).isFalse();
    assertThat(o.getInputKind()).isEqualTo(InputKind.INPUT_KIND_PUBLISHED_METRICS);
    assertThat(o.getTrailingEps().getUndefinedReason()).isEqualTo("no trailing EPS stored");
    assertThat(o.getForwardPe().hasValue()).isFalse();
    assertThat(o.getForwardPe().getUndefinedReason()).isEqualTo("no forward EPS estimate stored");
    assertThat(o.getPeg().getUndefinedReason()).isEqualTo("no forward EPS estimate stored");
    assertThat(o.getEquityRiskPremium().getUndefinedReason()).isEqualTo("no 10-year yield stored");
    assertThat(o.getGrowth().getValue()).isEqualTo(0.212);
  }

  @ParameterizedTest
  @EnumSource(io.capshift.domain.earnings.NtmEarnings.Method.class)
  void getEarningsOutlook_everyNtmMethod_sameNamedProtoValue(
      io.capshift.domain.earnings.NtmEarnings.Method method) {
    outlookAnswer = q -> Fixtures.outlook(q.indexId(), method);

    EarningsOutlook o = outlook(GetEarningsOutlookRequest.newBuilder().setIndexId("sp500"));

    assertThat(o.getForwardEps().getMethod().name())
        .isEqualTo("NTM_EARNINGS_METHOD_" + method.name());
  }

  @Test
  void getEarningsOutlook_blankIdBadDateUnknownEnums_reportsEveryViolationWithoutCalling() {
    StatusRuntimeException e =
        outlookFailure(
            GetEarningsOutlookRequest.newBuilder()
                .setIndexId("")
                .setAsOf(date(2025, 2, 29))
                .setBlendRuleValue(7)
                .setEpsBasisValue(-3));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    StatusDetails details = StatusDetails.of(e);
    assertThat(details.errorInfo().getReason()).isEqualTo("INVALID_ARGUMENT");
    assertThat(details.the(BadRequest.class).getFieldViolationsList())
        .extracting(BadRequest.FieldViolation::getField)
        .containsExactly("index_id", "as_of", "blend_rule", "eps_basis");
    assertThat(outlookQueries).isEmpty();
  }

  @Test
  void getEarningsOutlook_noDataBeforeDate_notFoundWithFirstAvailableDate() {
    outlookAnswer =
        q -> {
          throw new NotFoundException(
              Reason.NO_DATA_BEFORE_DATE,
              "capshift.io/Index",
              "sp500",
              "no earnings of sp500 on or before 1990-01-01; the first is 1988-03-31",
              LocalDate.of(1988, 3, 31));
        };

    StatusRuntimeException e =
        outlookFailure(
            GetEarningsOutlookRequest.newBuilder().setIndexId("sp500").setAsOf(date(1990, 1, 1)));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    StatusDetails details = StatusDetails.of(e);
    ErrorInfo info = details.errorInfo();
    assertThat(info.getReason()).isEqualTo("NO_DATA_BEFORE_DATE");
    assertThat(info.getMetadataMap()).containsEntry("first_available_date", "1988-03-31");
    assertThat(details.the(ResourceInfo.class).getResourceName()).isEqualTo("sp500");
  }

  @Test
  void compareEarningsGrowth_validRequest_mapsQueryBothSidesAndGap() {
    CompareEarningsGrowthResponse response =
        compare(
            CompareEarningsGrowthRequest.newBuilder()
                .setSmallId("sp600")
                .setLargeId(" sp500")
                .setAsOf(date(2026, 3, 31))
                .setBlendRule(BlendRule.BLEND_RULE_YARDENI_WEEKS)
                .setEpsBasis(EpsBasis.EPS_BASIS_AS_REPORTED));

    assertThat(growthQueries)
        .containsExactly(
            new CompareEarningsGrowthQuery(
                "sp600",
                "sp500",
                Optional.of(LocalDate.of(2026, 3, 31)),
                io.capshift.domain.earnings.BlendRule.YARDENI_WEEKS,
                io.capshift.domain.earnings.EpsBasis.AS_REPORTED));
    assertThat(response.getSmall().getIndexId()).isEqualTo("sp600");
    assertThat(response.getSmall().hasForwardEps()).isFalse();
    assertThat(response.getSmall().getGrowth().getValue()).isEqualTo(0.212);
    assertThat(response.getLarge().getIndexId()).isEqualTo("sp500");
    assertThat(response.getLarge().getForwardEps().getMethod())
        .isEqualTo(NtmEarningsMethod.NTM_EARNINGS_METHOD_FACTSET_CALENDAR_DAYS);
    assertThat(response.getLarge().getGrowth().getValue()).isEqualTo(0.127);
    assertThat(response.getGrowthGap().getValue()).isEqualTo(0.085);
    assertThat(response.getNotesList())
        .containsExactly("the two growth figures cover different horizons");
    assertThat(response.getDataVersion()).isEqualTo(17);
  }

  @Test
  void compareEarningsGrowth_enumsUnset_factsetCalendarDaysAndOperatingLatest() {
    compare(CompareEarningsGrowthRequest.newBuilder().setSmallId("sp600").setLargeId("sp500"));

    assertThat(growthQueries)
        .containsExactly(
            new CompareEarningsGrowthQuery(
                "sp600",
                "sp500",
                Optional.empty(),
                io.capshift.domain.earnings.BlendRule.FACTSET_CALENDAR_DAYS,
                io.capshift.domain.earnings.EpsBasis.OPERATING));
  }

  @Test
  void compareEarningsGrowth_undefinedGap_carriesTheReason() {
    growthAnswer =
        q ->
            new GrowthComparison(
                Fixtures.outlookWithoutForward("sp600"),
                Fixtures.outlookWithoutForward("sp500"),
                io.capshift.domain.common.Figure.undefined("large growth undefined"),
                List.of(),
                18);

    CompareEarningsGrowthResponse response =
        compare(CompareEarningsGrowthRequest.newBuilder().setSmallId("sp600").setLargeId("sp500"));

    assertThat(response.getGrowthGap().hasValue()).isFalse();
    assertThat(response.getGrowthGap().getUndefinedReason()).isEqualTo("large growth undefined");
  }

  @Test
  void compareEarningsGrowth_missingIdsAndUnknownBasis_reportsEveryViolationWithoutCalling() {
    StatusRuntimeException e =
        compareFailure(CompareEarningsGrowthRequest.newBuilder().setEpsBasisValue(9));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(StatusDetails.of(e).the(BadRequest.class).getFieldViolationsList())
        .extracting(BadRequest.FieldViolation::getField)
        .containsExactly("small_id", "large_id", "eps_basis");
    assertThat(growthQueries).isEmpty();
  }

  @Test
  void compareEarningsGrowth_sideNotFound_notFoundWithResourceInfo() {
    growthAnswer =
        q -> {
          throw new NotFoundException(
              Reason.EARNINGS_NOT_FOUND,
              "capshift.io/Index",
              "sp600",
              "no earnings data for sp600");
        };

    StatusRuntimeException e =
        compareFailure(
            CompareEarningsGrowthRequest.newBuilder().setSmallId("sp600").setLargeId("sp500"));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    StatusDetails details = StatusDetails.of(e);
    assertThat(details.errorInfo().getReason()).isEqualTo("EARNINGS_NOT_FOUND");
    assertThat(details.errorInfo().getMetadataMap()).doesNotContainKey("first_available_date");
    assertThat(details.the(ResourceInfo.class).getResourceName()).isEqualTo("sp600");
  }
}
