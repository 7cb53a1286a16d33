package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.rpc.BadRequest;
import com.google.rpc.ResourceInfo;
import io.capshift.api.v1.CompareValuationsRequest;
import io.capshift.api.v1.CompareValuationsResponse;
import io.capshift.api.v1.Figure;
import io.capshift.api.v1.InputKind;
import io.capshift.api.v1.NegativeEarningsPolicy;
import io.capshift.api.v1.SnapshotType;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.capshift.api.v1.ValuationSide;
import io.capshift.application.port.in.CompareValuationsQuery;
import io.capshift.application.port.in.ValuationComparison;
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

/** ValuationService.CompareValuations through an in-process server over a fake use case. */
class CompareValuationsGrpcTest {
  private final List<CompareValuationsQuery> queries = new ArrayList<>();
  private Function<CompareValuationsQuery, ValuationComparison> answer =
      q -> Fixtures.comparison(Optional.empty());
  private InProcessGrpc grpc;

  @BeforeEach
  void startServer() throws Exception {
    grpc =
        InProcessGrpc.start(
            new ValuationGrpcService(
                query -> {
                  throw new AssertionError("valuation not expected");
                },
                query -> {
                  queries.add(query);
                  return answer.apply(query);
                },
                query -> {
                  throw new AssertionError("history not expected");
                }));
  }

  @AfterEach
  void stopServer() throws Exception {
    grpc.close();
  }

  private CompareValuationsResponse call(CompareValuationsRequest.Builder request) {
    return ValuationServiceGrpc.newBlockingStub(grpc.channel())
        .withDeadlineAfter(5, TimeUnit.SECONDS)
        .compareValuations(request.build());
  }

  private StatusRuntimeException failure(CompareValuationsRequest.Builder request) {
    return catchThrowableOfType(StatusRuntimeException.class, () -> call(request));
  }

  private static CompareValuationsRequest.Builder smallAgainstLarge() {
    return CompareValuationsRequest.newBuilder().setSmallId("IWM").setLargeId("sp500");
  }

  @Test
  void compareValuations_validRequest_mapsQueryBothSidesAndRatio() {
    CompareValuationsResponse response =
        call(
            CompareValuationsRequest.newBuilder()
                .setSmallId(" IWM ")
                .setLargeId("sp500")
                .setAsOf(date(2026, 4, 10))
                .setNegativeEarningsPolicy(
                    NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_EXCLUDE_NEGATIVE));

    assertThat(queries)
        .containsExactly(
            new CompareValuationsQuery(
                "IWM",
                "sp500",
                Optional.of(LocalDate.of(2026, 4, 10)),
                io.capshift.domain.valuation.NegativeEarningsPolicy.EXCLUDE_NEGATIVE));
    ValuationSide small = response.getSmall();
    assertThat(small.getId()).isEqualTo("IWM");
    assertThat(small.getInputKind()).isEqualTo(InputKind.INPUT_KIND_CONSTITUENTS);
    assertThat(small.getAsOf()).isEqualTo(date(2026, 4, 10));
    assertThat(small.getPriceEarnings().getValue()).isEqualTo(18.3);
    assertThat(small.getMeasure()).isEqualTo("trailing aggregate P/E, EXCLUDE_NEGATIVE");
    assertThat(small.getDatasetIdsList()).containsExactly("IWM@2026-04-10");
    assertThat(small.hasValuation()).isTrue();
    assertThat(small.getValuation().getType()).isEqualTo(SnapshotType.SNAPSHOT_TYPE_FUND);
    assertThat(small.getValuation().getPriceEarnings().getValue()).isEqualTo(18.3);
    assertThat(small.getValuation().getPriceBook().getUndefinedReason()).isEqualTo("no book data");

    ValuationSide large = response.getLarge();
    assertThat(large.getId()).isEqualTo("sp500");
    assertThat(large.getInputKind()).isEqualTo(InputKind.INPUT_KIND_PUBLISHED_METRICS);
    assertThat(large.getAsOf()).isEqualTo(date(2026, 3, 31));
    assertThat(large.getPriceEarnings().getValue()).isEqualTo(24.4);
    assertThat(large.getMeasure()).startsWith("published ESTIMATED_PE");
    assertThat(large.getDatasetIdsList())
        .containsExactly("spdji@2026-03-31", "sp500-metrics@2026-03-31");
    assertThat(large.hasValuation()).isFalse();

    assertThat(response.getRatio().getValue()).isEqualTo(0.75);
    assertThat(response.getDiscount().getValue()).isEqualTo(0.25);
    assertThat(response.hasRatioHistory()).isFalse();
    assertThat(response.getNotesList()).containsExactly("the sides use different measures");
    assertThat(response.getDataVersion()).isEqualTo(11);
  }

  @Test
  void compareValuations_ratioHistoryPresent_mapsItsStatistics() {
    answer = q -> Fixtures.comparison(Optional.of(Fixtures.capeStatistics()));

    CompareValuationsResponse response = call(smallAgainstLarge());

    assertThat(response.hasRatioHistory()).isTrue();
    assertThat(response.getRatioHistory().getSeriesId()).isEqualTo("shiller:cape");
    assertThat(response.getRatioHistory().getWindowYears()).isEqualTo(10);
    assertThat(response.getRatioHistory().getZScore().getValue()).isEqualTo(2.0);
    assertThat(response.getRatioHistory().getPercentileRank()).isEqualTo(0.97);
  }

  @Test
  void compareValuations_undefinedPriceEarnings_ratioAndDiscountCarryReasons() {
    io.capshift.domain.common.Figure undefinedPe =
        io.capshift.domain.common.Figure.undefined("sum of earnings <= 0");
    answer =
        q ->
            new ValuationComparison(
                Fixtures.constituentsSide(),
                Fixtures.publishedSide(undefinedPe),
                io.capshift.domain.common.Figure.undefined("large P/E undefined"),
                io.capshift.domain.common.Figure.undefined("ratio undefined"),
                Optional.empty(),
                List.of(),
                12);

    CompareValuationsResponse response = call(smallAgainstLarge());

    assertThat(response.getLarge().getPriceEarnings().getResultCase())
        .isEqualTo(Figure.ResultCase.UNDEFINED_REASON);
    assertThat(response.getLarge().getPriceEarnings().getUndefinedReason())
        .isEqualTo("sum of earnings <= 0");
    assertThat(response.getRatio().hasValue()).isFalse();
    assertThat(response.getRatio().getUndefinedReason()).isEqualTo("large P/E undefined");
    assertThat(response.getDiscount().getUndefinedReason()).isEqualTo("ratio undefined");
    assertThat(response.getNotesList()).isEmpty();
  }

  @Test
  void compareValuations_noDateNoPolicy_asksForLatestWithInclude() {
    call(smallAgainstLarge());

    assertThat(queries)
        .containsExactly(
            new CompareValuationsQuery(
                "IWM",
                "sp500",
                Optional.empty(),
                io.capshift.domain.valuation.NegativeEarningsPolicy.INCLUDE));
  }

  @Test
  void compareValuations_everyFieldInvalid_reportsEveryViolationWithoutCalling() {
    StatusRuntimeException e =
        failure(
            CompareValuationsRequest.newBuilder()
                .setSmallId(" ")
                .setAsOf(date(2026, 2, 30))
                .setNegativeEarningsPolicyValue(42));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    StatusDetails details = StatusDetails.of(e);
    assertThat(details.errorInfo().getReason()).isEqualTo("INVALID_ARGUMENT");
    assertThat(details.the(BadRequest.class).getFieldViolationsList())
        .extracting(BadRequest.FieldViolation::getField)
        .containsExactly("small_id", "large_id", "as_of", "negative_earnings_policy");
    assertThat(queries).isEmpty();
  }

  @Test
  void compareValuations_idLongerThan64_invalidArgumentOnLargeId() {
    StatusRuntimeException e =
        failure(CompareValuationsRequest.newBuilder().setSmallId("IWM").setLargeId("x".repeat(65)));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "large_id");
    assertThat(queries).isEmpty();
  }

  @Test
  void compareValuations_sideNotFound_notFoundWithResourceInfo() {
    answer =
        q -> {
          throw new NotFoundException(
              Reason.INDEX_NOT_FOUND,
              "capshift.io/Index",
              "sp600",
              "no index or fund 'sp600' stored");
        };

    StatusRuntimeException e =
        failure(CompareValuationsRequest.newBuilder().setSmallId("sp600").setLargeId("sp500"));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    StatusDetails details = StatusDetails.of(e);
    assertThat(details.errorInfo().getReason()).isEqualTo("INDEX_NOT_FOUND");
    assertThat(details.errorInfo().getMetadataMap()).doesNotContainKey("first_available_date");
    assertThat(details.the(ResourceInfo.class).getResourceName()).isEqualTo("sp600");
  }
}
