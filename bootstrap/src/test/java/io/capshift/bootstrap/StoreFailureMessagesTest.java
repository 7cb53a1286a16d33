package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import com.google.protobuf.Message;
import com.google.type.Date;
import io.capshift.api.v1.CompareEarningsGrowthRequest;
import io.capshift.api.v1.CompareFundsRequest;
import io.capshift.api.v1.CompareValuationsRequest;
import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.EarningsServiceGrpc;
import io.capshift.api.v1.FundServiceGrpc;
import io.capshift.api.v1.GetEarningsOutlookRequest;
import io.capshift.api.v1.GetFundFlowsRequest;
import io.capshift.api.v1.GetFundProfileRequest;
import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.GetRateExpectationsRequest;
import io.capshift.api.v1.GetRateSensitivityRequest;
import io.capshift.api.v1.GetRotationSignalRequest;
import io.capshift.api.v1.GetValuationHistoryRequest;
import io.capshift.api.v1.HistoryServiceGrpc;
import io.capshift.api.v1.ListDatasetsRequest;
import io.capshift.api.v1.RatesServiceGrpc;
import io.capshift.api.v1.RotationServiceGrpc;
import io.capshift.api.v1.RunBacktestRequest;
import io.capshift.api.v1.RunEventStudyRequest;
import io.capshift.api.v1.RunScenarioRequest;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.capshift.application.port.in.ImportDatasetCommand;
import io.capshift.application.port.in.ImportFormat;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every RPC against a store whose files cannot be read or written: the answers and errors name
 * neither the server's data directory nor a Java type. The store is broken under the running server
 * by putting a plain file where its datasets folder was, so every read and write of a dataset fails
 * with the operating system's error, which names the path.
 */
class StoreFailureMessagesTest {
  private static final long DEADLINE_S = 30;
  private static final Pattern JAVA_TYPE =
      Pattern.compile(
          "\\b(java|javax|jdk|sun|io\\.capshift|io\\.grpc|com\\.google)\\.[a-z]"
              + "|\\b[A-Z][A-Za-z]*(Exception|Error)\\b");

  @TempDir Path dir;
  private InProcessCapshift app;

  @BeforeEach
  void start() throws Exception {
    app = new InProcessCapshift(dir);
    store(
        "idx.csv",
        "# id: idx\n# as_of: 2026-01-02\n# type: index\n"
            + "symbol,value_usd,earnings_usd\nA,100,5\nB,50,2\n");
    store("fnd.csv", "# id: FND\n# as_of: 2026-01-02\n# type: fund\nsymbol,value_usd\nA,10\n");
    store("dgs10.csv", "observation_date,DGS10\n2025-12-31,4.1\n2026-01-02,4.2\n");
    store(
        "strip.csv",
        "# id: fed-funds-futures\n# as_of: 2025-11-02\ncontract_month,price\n"
            + "2025-11,96.12\n2025-12,96.23\n2026-01,96.35\n");
    store("flows.csv", "date,fund,flow_usd\n2026-01-02,FND,5\n2026-01-05,FND,-3\n");
    store(
        "metrics.csv",
        "# id: metrics\nindex_id,date,metric,value,source\n"
            + "idx,2026-01-02,TRAILING_PE,20,test\n");
    Path datasets = dir.resolve("datasets");
    Files.move(datasets, dir.resolve("datasets.moved"));
    Files.writeString(datasets, "a file where the datasets folder was");
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  @Test
  void everyRpc_storeFailing_noMessageNamesTheDataDirectoryOrAJavaType() throws Exception {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (Map.Entry<String, Callable<Message>> call : calls().entrySet()) {
      outcomes.put(call.getKey(), outcome(call.getValue()));
    }

    for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
      Outcome o = e.getValue();
      System.out.printf("store failing: %-22s %s %s%n", e.getKey(), o.code(), o.reason());
      assertThat(o.code()).as(e.getKey()).isNotEqualTo(Status.Code.INTERNAL);
      assertThat(o.text()).as(e.getKey()).doesNotContain(dir.toString());
      assertThat(o.text()).as(e.getKey()).doesNotContain(dir.toRealPath().toString());
      assertThat(JAVA_TYPE.matcher(o.text()).find())
          .as("%s names a Java type: %s", e.getKey(), o.text())
          .isFalse();
    }
    assertThat(outcomes).hasSize(16);
    // the fault is real: reads and the write fail on it
    assertThat(outcomes.values())
        .filteredOn(o -> o.text().contains("STORE_READ_FAILED"))
        .hasSizeGreaterThanOrEqualTo(6);
    assertThat(outcomes.get("ImportDataset").text()).contains("STORE_WRITE_FAILED");
  }

  private Map<String, Callable<Message>> calls() {
    ValuationServiceGrpc.ValuationServiceBlockingStub valuation =
        ValuationServiceGrpc.newBlockingStub(app.channel);
    EarningsServiceGrpc.EarningsServiceBlockingStub earnings =
        EarningsServiceGrpc.newBlockingStub(app.channel);
    RatesServiceGrpc.RatesServiceBlockingStub rates = RatesServiceGrpc.newBlockingStub(app.channel);
    FundServiceGrpc.FundServiceBlockingStub funds = FundServiceGrpc.newBlockingStub(app.channel);
    Date asOf = Date.newBuilder().setYear(2026).setMonth(1).setDay(5).build();
    Map<String, Callable<Message>> calls = new LinkedHashMap<>();
    calls.put(
        "ImportDataset",
        () ->
            GrpcImports.send(
                DataServiceGrpc.newStub(app.channel),
                "x.csv",
                "",
                "# id: x\n# as_of: 2026-01-02\nsymbol,value_usd\nA,1\n"
                    .getBytes(StandardCharsets.UTF_8),
                DEADLINE_S));
    calls.put(
        "ListDatasets",
        () ->
            DataServiceGrpc.newBlockingStub(app.channel)
                .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS)
                .listDatasets(ListDatasetsRequest.getDefaultInstance()));
    calls.put(
        "GetIndexValuation",
        () ->
            deadline(valuation)
                .getIndexValuation(
                    GetIndexValuationRequest.newBuilder().setIndexId("idx").build()));
    calls.put(
        "CompareValuations",
        () ->
            deadline(valuation)
                .compareValuations(
                    CompareValuationsRequest.newBuilder()
                        .setSmallId("FND")
                        .setLargeId("idx")
                        .build()));
    calls.put(
        "GetValuationHistory",
        () ->
            deadline(valuation)
                .getValuationHistory(
                    GetValuationHistoryRequest.newBuilder().setSeriesId("dgs10:value").build()));
    calls.put(
        "GetEarningsOutlook",
        () ->
            deadline(earnings)
                .getEarningsOutlook(
                    GetEarningsOutlookRequest.newBuilder().setIndexId("idx").build()));
    calls.put(
        "CompareEarningsGrowth",
        () ->
            deadline(earnings)
                .compareEarningsGrowth(
                    CompareEarningsGrowthRequest.newBuilder()
                        .setSmallId("FND")
                        .setLargeId("idx")
                        .build()));
    calls.put(
        "GetRateExpectations",
        () -> deadline(rates).getRateExpectations(GetRateExpectationsRequest.getDefaultInstance()));
    calls.put(
        "GetRateSensitivity",
        () ->
            deadline(rates)
                .getRateSensitivity(
                    GetRateSensitivityRequest.newBuilder()
                        .setIndexId("idx")
                        .setAsExpected(true)
                        .build()));
    calls.put(
        "GetFundProfile",
        () ->
            deadline(funds)
                .getFundProfile(GetFundProfileRequest.newBuilder().setFundId("FND").build()));
    calls.put(
        "CompareFunds",
        () ->
            deadline(funds)
                .compareFunds(CompareFundsRequest.newBuilder().addFundIds("FND").build()));
    calls.put(
        "GetFundFlows",
        () ->
            deadline(funds)
                .getFundFlows(GetFundFlowsRequest.newBuilder().setFundId("FND").build()));
    calls.put(
        "RunEventStudy",
        () ->
            HistoryServiceGrpc.newBlockingStub(app.channel)
                .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS)
                .runEventStudy(
                    RunEventStudyRequest.newBuilder()
                        .setSmallSeriesId("dgs10:value")
                        .setLargeSeriesId("dgs10:value")
                        .build()));
    RotationServiceGrpc.RotationServiceBlockingStub rotation =
        RotationServiceGrpc.newBlockingStub(app.channel);
    calls.put(
        "GetRotationSignal",
        () ->
            deadline(rotation)
                .getRotationSignal(GetRotationSignalRequest.newBuilder().setAsOf(asOf).build()));
    calls.put(
        "RunScenario",
        () ->
            deadline(rotation)
                .runScenario(RunScenarioRequest.newBuilder().setRateMovesAsExpected(true).build()));
    calls.put(
        "RunBacktest",
        () -> {
          var it =
              deadline(rotation)
                  .runBacktest(
                      RunBacktestRequest.newBuilder()
                          .setSmallSeriesId("dgs10:value")
                          .setLargeSeriesId("dgs10:value")
                          .build());
          Message last = null;
          while (it.hasNext()) {
            last = it.next();
          }
          return last;
        });
    return calls;
  }

  private static <S extends io.grpc.stub.AbstractStub<S>> S deadline(S stub) {
    return stub.withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS);
  }

  /** A call's status code and everything it sent back, as text. */
  private record Outcome(Status.Code code, String text) {
    /** The ErrorInfo reason, or "" for an answer. */
    String reason() {
      var m = Pattern.compile("reason: \"([A-Z_]+)\"").matcher(text);
      return m.find() ? m.group(1) : "";
    }
  }

  private static Outcome outcome(Callable<Message> call) throws Exception {
    try {
      Message answer = call.call();
      return new Outcome(Status.Code.OK, String.valueOf(answer));
    } catch (StatusRuntimeException e) {
      com.google.rpc.Status status = StatusProto.fromThrowable(e);
      StringBuilder text = new StringBuilder(e.getStatus().getDescription() + "\n");
      if (status != null) {
        for (Any detail : status.getDetailsList()) {
          text.append(unpacked(detail)).append('\n');
        }
      }
      return new Outcome(e.getStatus().getCode(), text.toString());
    }
  }

  private static String unpacked(Any detail) throws Exception {
    for (Class<? extends Message> type :
        java.util.List.of(
            com.google.rpc.ErrorInfo.class,
            com.google.rpc.BadRequest.class,
            com.google.rpc.ResourceInfo.class,
            com.google.rpc.PreconditionFailure.class)) {
      if (detail.is(type)) {
        return detail.unpack(type).toString();
      }
    }
    return detail.toString();
  }

  private void store(String name, String content) {
    app.capshift
        .importer()
        .importDataset(
            new ImportDatasetCommand(
                name,
                ImportFormat.AUTO,
                Optional.empty(),
                Optional.empty(),
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
  }
}
