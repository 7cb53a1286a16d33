package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.ResourceInfo;
import com.google.type.Date;
import io.capshift.api.v1.Figure;
import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.GetIndexValuationResponse;
import io.capshift.api.v1.IndexValuation;
import io.capshift.api.v1.NegativeEarningsPolicy;
import io.capshift.api.v1.SnapshotType;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.capshift.application.port.in.GetIndexValuationQuery;
import io.capshift.application.port.in.IndexValuationResult;
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
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuationGrpcServiceTest {
  private final List<GetIndexValuationQuery> queries = new ArrayList<>();
  private Function<GetIndexValuationQuery, IndexValuationResult> answer =
      q -> {
        throw new AssertionError("use case not expected to be called");
      };
  private InProcessGrpc grpc;

  @BeforeEach
  void startServer() throws Exception {
    grpc =
        InProcessGrpc.start(
            new ValuationGrpcService(
                query -> {
                  queries.add(query);
                  return answer.apply(query);
                },
                query -> {
                  throw new AssertionError("comparison not expected");
                },
                query -> {
                  throw new AssertionError("history not expected");
                }));
  }

  @AfterEach
  void stopServer() throws Exception {
    grpc.close();
  }

  private GetIndexValuationResponse call(GetIndexValuationRequest request) {
    return ValuationServiceGrpc.newBlockingStub(grpc.channel())
        .withDeadlineAfter(5, TimeUnit.SECONDS)
        .getIndexValuation(request);
  }

  private StatusRuntimeException failure(GetIndexValuationRequest request) {
    return catchThrowableOfType(StatusRuntimeException.class, () -> call(request));
  }

  @Test
  void getIndexValuation_validRequest_mapsQueryAndEveryFigure() {
    answer = q -> Fixtures.valuationResult();
    GetIndexValuationResponse response =
        call(
            GetIndexValuationRequest.newBuilder()
                .setIndexId(" IWM ")
                .setAsOf(Date.newBuilder().setYear(2026).setMonth(4).setDay(10))
                .setNegativeEarningsPolicy(
                    NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_EXCLUDE_NEGATIVE)
                .build());

    assertThat(queries)
        .containsExactly(
            new GetIndexValuationQuery(
                "IWM",
                Optional.of(LocalDate.of(2026, 4, 10)),
                io.capshift.domain.valuation.NegativeEarningsPolicy.EXCLUDE_NEGATIVE));
    assertThat(response.getDatasetId()).isEqualTo("IWM@2026-04-10");
    assertThat(response.getDataVersion()).isEqualTo(7);
    IndexValuation v = response.getValuation();
    assertThat(v.getId()).isEqualTo("IWM");
    assertThat(v.getAsOf())
        .isEqualTo(Date.newBuilder().setYear(2026).setMonth(4).setDay(10).build());
    assertThat(v.getType()).isEqualTo(SnapshotType.SNAPSHOT_TYPE_FUND);
    assertThat(v.getNegativeEarningsPolicy())
        .isEqualTo(NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_EXCLUDE_NEGATIVE);
    assertThat(v.getTotalValueUsd()).isEqualTo(1_000_000.0);
    assertThat(v.getPriceEarnings().getValue()).isEqualTo(18.3);
    assertThat(v.getEarningsYield().getValue()).isEqualTo(0.0546);
    assertThat(v.getWeightedMedianPriceEarnings().getValue()).isEqualTo(15.0);
    assertThat(v.getDividendYield().getValue()).isEqualTo(0.0125);
    assertThat(v.getPriceBook().getResultCase()).isEqualTo(Figure.ResultCase.UNDEFINED_REASON);
    assertThat(v.getPriceBook().getUndefinedReason()).isEqualTo("no book data");
    assertThat(v.getPriceSales().getValue()).isEqualTo(1.2);
    assertThat(v.getNegativeEarners().getCount()).isEqualTo(2);
    assertThat(v.getNegativeEarners().getWeight()).isEqualTo(0.12);
    assertThat(v.getConcentration().getConstituents()).isEqualTo(3);
    assertThat(v.getConcentration().getTop10Weight().getValue()).isEqualTo(1.0);
    assertThat(v.getConcentration().getHerfindahl().getValue()).isEqualTo(0.38);
    // 12 significant digits go out: 2.6315789473684212 as 2.63157894737
    assertThat(v.getConcentration().getEffectiveNumber().getValue()).isEqualTo(2.63157894737);
    assertThat(v.getEarningsCoverage().getTotal()).isEqualTo(3);
    assertThat(v.getEarningsCoverage().getUsed()).isEqualTo(2);
    assertThat(v.getEarningsCoverage().getUsedWeight()).isEqualTo(0.9);
    assertThat(v.getEarningsCoverage().getSkipped(0).getReason()).isEqualTo("no earnings data");
    assertThat(v.getEarningsCoverage().getSkipped(0).getCount()).isEqualTo(1);
    assertThat(v.getEarningsCoverage().getSkipped(0).getWeight()).isEqualTo(0.1);
    assertThat(v.getBookCoverage().getUsed()).isZero();
  }

  @Test
  void getIndexValuation_noDateNoPolicy_asksForLatestWithInclude() {
    answer = q -> Fixtures.valuationResult();
    call(GetIndexValuationRequest.newBuilder().setIndexId("sp500").build());

    assertThat(queries)
        .containsExactly(
            new GetIndexValuationQuery(
                "sp500",
                Optional.empty(),
                io.capshift.domain.valuation.NegativeEarningsPolicy.INCLUDE));
  }

  @Test
  void getIndexValuation_unknownIndex_notFoundWithResourceInfo() {
    answer =
        q -> {
          throw new NotFoundException(
              Reason.INDEX_NOT_FOUND,
              "capshift.io/Index",
              "nope",
              "no index or fund 'nope' stored");
        };
    StatusRuntimeException e =
        failure(GetIndexValuationRequest.newBuilder().setIndexId("nope").build());

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(e.getStatus().getDescription()).isEqualTo("no index or fund 'nope' stored");
    StatusDetails details = StatusDetails.of(e);
    assertThat(details.errorInfo().getReason()).isEqualTo("INDEX_NOT_FOUND");
    ResourceInfo resource = details.the(ResourceInfo.class);
    assertThat(resource.getResourceType()).isEqualTo("capshift.io/Index");
    assertThat(resource.getResourceName()).isEqualTo("nope");
  }

  @ParameterizedTest
  @CsvSource({"2026,2,30", "2026,13,1", "2026,0,0", "0,4,10", "2026,4,0", "0,0,0"})
  void getIndexValuation_invalidAsOf_invalidArgumentOnAsOf(int year, int month, int day) {
    StatusRuntimeException e =
        failure(
            GetIndexValuationRequest.newBuilder()
                .setIndexId("sp500")
                .setAsOf(Date.newBuilder().setYear(year).setMonth(month).setDay(day))
                .build());

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    StatusDetails details = StatusDetails.of(e);
    assertThat(details.errorInfo().getReason()).isEqualTo("INVALID_ARGUMENT");
    assertThat(details.the(BadRequest.class).getFieldViolationsList())
        .singleElement()
        .satisfies(v -> assertThat(v.getField()).isEqualTo("as_of"));
    assertThat(queries).isEmpty();
  }

  @Test
  void getIndexValuation_blankIdAndUnknownPolicy_reportsBothViolations() {
    StatusRuntimeException e =
        failure(
            GetIndexValuationRequest.newBuilder()
                .setIndexId("  ")
                .setNegativeEarningsPolicyValue(99)
                .build());

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(StatusDetails.of(e).the(BadRequest.class).getFieldViolationsList())
        .extracting(BadRequest.FieldViolation::getField)
        .containsExactly("index_id", "negative_earnings_policy");
  }

  @Test
  void getIndexValuation_unexpectedFailure_internalHidesMessageAndLogsIt() {
    answer =
        q -> {
          throw new IllegalStateException("boom at /var/lib/capshift/store/secret.bin");
        };
    List<LogRecord> logged = new ArrayList<>();
    Logger log = Logger.getLogger(GrpcStatusMapper.class.getName());
    Handler capture = new RecordingHandler(logged);
    log.addHandler(capture);
    log.setUseParentHandlers(false);
    try {
      StatusRuntimeException e =
          failure(GetIndexValuationRequest.newBuilder().setIndexId("sp500").build());

      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
      assertThat(e.getStatus().getDescription())
          .isEqualTo("internal error; the server log has details");
      assertThat(e.getStatus().getCause()).isNull();
      StatusDetails details = StatusDetails.of(e);
      ErrorInfo info = details.errorInfo();
      assertThat(info.getReason()).isEqualTo("INTERNAL");
      assertThat(details.status().toString()).doesNotContain("secret", "boom");
      assertThat(logged)
          .singleElement()
          .satisfies(r -> assertThat(r.getThrown()).hasMessageContaining("secret.bin"));
    } finally {
      log.removeHandler(capture);
      log.setUseParentHandlers(true);
    }
  }

  /** Collects log records. */
  private static final class RecordingHandler extends Handler {
    private final List<LogRecord> records;

    RecordingHandler(List<LogRecord> records) {
      this.records = records;
    }

    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
