package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.ResourceInfo;
import com.google.type.Date;
import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.GetIndexValuationResponse;
import io.capshift.api.v1.GetValuationHistoryRequest;
import io.capshift.api.v1.ImportDatasetResponse;
import io.capshift.api.v1.ListDatasetsRequest;
import io.capshift.api.v1.ListDatasetsResponse;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.capshift.application.port.in.GetIndexValuationQuery;
import io.capshift.application.port.in.GetValuationHistoryQuery;
import io.capshift.application.port.in.IndexValuationResult;
import io.capshift.domain.history.Window;
import io.capshift.domain.valuation.IndexValuation;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Dagger-built server, in-process, over a store in a temporary directory. */
class GrpcServerTest {
  private static final long DEADLINE_SECONDS = 30;

  /** Responses carry 12 significant digits: values below 100 agree to 1e-9. */
  private static final double TOL = 1e-9;

  @TempDir Path dir;
  private InProcessCapshift app;
  private Capshift capshift;
  private CapshiftServer server;
  private ManagedChannel channel;

  @BeforeEach
  void start() throws IOException {
    app = new InProcessCapshift(dir);
    capshift = app.capshift;
    server = app.server;
    channel = app.channel;
  }

  @AfterEach
  void stop() throws InterruptedException {
    app.close();
  }

  private ValuationServiceGrpc.ValuationServiceBlockingStub valuation() {
    return ValuationServiceGrpc.newBlockingStub(channel)
        .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
  }

  @Test
  void health_afterStart_servingForServerAndEachService() {
    HealthGrpc.HealthBlockingStub health =
        HealthGrpc.newBlockingStub(channel).withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
    for (String service : List.of("", "capshift.v1.DataService", "capshift.v1.ValuationService")) {
      assertThat(
              health.check(HealthCheckRequest.newBuilder().setService(service).build()).getStatus())
          .isEqualTo(ServingStatus.SERVING);
    }
  }

  @Test
  void health_onShutdown_watchersSeeNotServing() throws Exception {
    CompletableFuture<ServingStatus> last = new CompletableFuture<>();
    Context.CancellableContext watching = Context.current().withCancellation();
    watching.run(
        () ->
            HealthGrpc.newStub(channel)
                .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
                .watch(
                    HealthCheckRequest.getDefaultInstance(),
                    new StreamObserver<>() {
                      @Override
                      public void onNext(HealthCheckResponse r) {
                        if (r.getStatus() == ServingStatus.NOT_SERVING) {
                          last.complete(r.getStatus());
                          watching.cancel(
                              null); // the watcher leaves, so shutdown need not wait for it
                        }
                      }

                      @Override
                      public void onError(Throwable t) {
                        last.completeExceptionally(t);
                      }

                      @Override
                      public void onCompleted() {}
                    }));
    Thread.sleep(100); // let the watch register before the server enters its terminal state

    server.stop(5);

    assertThat(last.get(DEADLINE_SECONDS, TimeUnit.SECONDS)).isEqualTo(ServingStatus.NOT_SERVING);
  }

  @Test
  void listDatasets_newStore_holdsTheBuiltInReferenceSet() {
    ListDatasetsResponse r =
        DataServiceGrpc.newBlockingStub(channel)
            .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
            .listDatasets(ListDatasetsRequest.getDefaultInstance());

    assertThat(r.getDatasetsList())
        .extracting(d -> d.getTargetId())
        .containsExactlyInAnyOrder("fed-target-range", "fomc-calendar");
  }

  @Test
  void getIndexValuation_sp500OverGrpc_equalsTheUseCase() throws Exception {
    ImportDatasetResponse imported =
        importFile(SharedData.file("sp500-constituents/constituents-financials.csv"), "sp500");
    assertThat(imported.getDatasetsList())
        .singleElement()
        .satisfies(d -> assertThat(d.getDatasetId()).isEqualTo("sp500@2026-11-24"));

    for (var policy :
        List.of(
            io.capshift.api.v1.NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_INCLUDE,
            io.capshift.api.v1.NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_EXCLUDE_NEGATIVE)) {
      GetIndexValuationResponse r =
          valuation()
              .getIndexValuation(
                  GetIndexValuationRequest.newBuilder()
                      .setIndexId("sp500")
                      .setNegativeEarningsPolicy(policy)
                      .build());
      IndexValuation expected =
          capshift
              .valuation()
              .getIndexValuation(
                  new GetIndexValuationQuery(
                      "sp500",
                      Optional.empty(),
                      NegativeEarningsPolicy.valueOf(
                          policy.name().replace("NEGATIVE_EARNINGS_POLICY_", ""))))
              .valuation();
      var v = r.getValuation();
      assertThat(v.getPriceEarnings().getValue())
          .isCloseTo(expected.priceEarnings().getAsDouble(), within(TOL));
      assertThat(v.getNegativeEarners().getCount()).isEqualTo(expected.negativeEarners().count());
      assertThat(v.getConcentration().getTop10Weight().getValue())
          .isCloseTo(expected.concentration().top10Weight().getAsDouble(), within(TOL));
      assertThat(v.getConcentration().getHerfindahl().getValue())
          .isCloseTo(expected.concentration().herfindahl().getAsDouble(), within(TOL));
      assertThat(v.getEarningsCoverage().getUsed()).isEqualTo(expected.earningsCoverage().used());
      assertThat(r.getDatasetId()).isEqualTo("sp500@2026-11-24");
    }
  }

  @Test
  void getIndexValuation_iwm_concentrationButPeUndefinedForLackOfEarnings() throws Exception {
    for (String date : List.of("2025-05-13", "2025-11-05", "2026-01-21", "2026-04-10")) {
      importFile(SharedData.file("ishares-iwm-holdings/IWM_holdings_" + date + ".csv"), "");
    }

    GetIndexValuationResponse r =
        valuation()
            .getIndexValuation(GetIndexValuationRequest.newBuilder().setIndexId("IWM").build());

    assertThat(r.getDatasetId()).isEqualTo("IWM@2026-04-10");
    assertThat(r.getValuation().getPriceEarnings().getUndefinedReason()).contains("earnings");
    assertThat(r.getValuation().getConcentration().getTop10Weight().hasValue()).isTrue();
    // 1,936 equity rows; ADRO's stock and CVR lines are one holding
    assertThat(r.getValuation().getConcentration().getConstituents()).isEqualTo(1_935);
    IndexValuationResult direct =
        capshift
            .valuation()
            .getIndexValuation(
                new GetIndexValuationQuery(
                    "IWM", Optional.empty(), NegativeEarningsPolicy.INCLUDE));
    assertThat(r.getValuation().getConcentration().getHerfindahl().getValue())
        .isCloseTo(direct.valuation().concentration().herfindahl().getAsDouble(), within(TOL));
  }

  @Test
  void getIndexValuation_unknownIndex_notFoundWithResourceInfoAndErrorInfo() {
    StatusRuntimeException e =
        catchStatus(
            () ->
                valuation()
                    .getIndexValuation(
                        GetIndexValuationRequest.newBuilder().setIndexId("russell9000").build()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(detail(e, ResourceInfo.class).getResourceName()).isEqualTo("russell9000");
    ErrorInfo info = detail(e, ErrorInfo.class);
    assertThat(info.getDomain()).isEqualTo("capshift.io");
    assertThat(info.getReason()).isEqualTo("INDEX_NOT_FOUND");
  }

  @Test
  void getIndexValuation_emptyId_invalidArgumentWithFieldViolation() {
    StatusRuntimeException e =
        catchStatus(
            () -> valuation().getIndexValuation(GetIndexValuationRequest.getDefaultInstance()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(detail(e, BadRequest.class).getFieldViolationsList())
        .extracting(BadRequest.FieldViolation::getField)
        .contains("index_id");
    assertThat(detail(e, ErrorInfo.class).getDomain()).isEqualTo("capshift.io");
  }

  @Test
  void importDataset_malformedFile_invalidArgumentNamingLineAndStoresNothing() throws Exception {
    byte[] bad =
        "# id: x\n# as_of: 2026-01-02\n# type: index\nsymbol,name,sector,value_usd,earnings_usd,dividends_usd,book_value_usd,sales_usd\nA,a,s,abc,1,,,\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long before =
        capshift
            .datasets()
            .listDatasets(new io.capshift.application.port.in.ListDatasetsQuery(0, ""))
            .dataVersion();

    StatusRuntimeException e = catchStatus(() -> send("bad.csv", "", bad));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getStatus().getDescription()).contains("bad.csv:5:");
    assertThat(detail(e, ErrorInfo.class).getReason()).isEqualTo("MALFORMED_FILE");
    assertThat(
            capshift
                .datasets()
                .listDatasets(new io.capshift.application.port.in.ListDatasetsQuery(0, ""))
                .dataVersion())
        .isEqualTo(before);
  }

  @Test
  void getValuationHistory_shillerCapeOverGrpc_equalsTheUseCaseAndRefusesEarlyDates()
      throws Exception {
    importFile(SharedData.file("shiller-sp500-monthly/shiller_ie_data_1871-01_2026-01.csv"), "");

    var r =
        valuation()
            .getValuationHistory(
                GetValuationHistoryRequest.newBuilder()
                    .setSeriesId("shiller:cape")
                    .setAsOf(Date.newBuilder().setYear(2025).setMonth(9).setDay(1))
                    .build());
    var expected =
        capshift
            .history()
            .getValuationHistory(
                new GetValuationHistoryQuery(
                    "shiller:cape",
                    Optional.of(java.time.LocalDate.of(2025, 9, 1)),
                    Window.FULL,
                    0,
                    ""))
            .statistics();

    assertThat(r.getStatistics().getMean()).isCloseTo(expected.mean(), within(TOL));
    assertThat(r.getStatistics().getZScore().getValue())
        .isCloseTo(expected.zScore().getAsDouble(), within(TOL));
    assertThat(r.getStatistics().getPercentileRank())
        .isCloseTo(expected.percentileRank(), within(TOL));
    assertThat(r.getSourceDatasetIdsList()).containsExactly("shiller@2026-01-01");

    StatusRuntimeException e =
        catchStatus(
            () ->
                valuation()
                    .getValuationHistory(
                        GetValuationHistoryRequest.newBuilder()
                            .setSeriesId("shiller:cape")
                            .setAsOf(Date.newBuilder().setYear(1850).setMonth(1).setDay(1))
                            .build()));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(detail(e, ErrorInfo.class).getMetadataMap())
        .containsEntry("first_available_date", "1881-01-01");
  }

  private ImportDatasetResponse importFile(Path file, String targetId) throws Exception {
    return send(file.getFileName().toString(), targetId, Files.readAllBytes(file));
  }

  private ImportDatasetResponse send(String fileName, String targetId, byte[] bytes) {
    return GrpcImports.send(
        DataServiceGrpc.newStub(app.channel), fileName, targetId, bytes, DEADLINE_SECONDS);
  }

  private static StatusRuntimeException catchStatus(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(StatusRuntimeException.class);
    return (StatusRuntimeException) thrown;
  }

  static <T extends com.google.protobuf.Message> T detail(StatusRuntimeException e, Class<T> type) {
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    assertThat(status).as("rich status details").isNotNull();
    for (Any any : status.getDetailsList()) {
      if (any.is(type)) {
        try {
          return any.unpack(type);
        } catch (com.google.protobuf.InvalidProtocolBufferException ex) {
          throw new AssertionError(ex);
        }
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + status.getDetailsList());
  }
}
