package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.GetRotationSignalRequest;
import io.capshift.api.v1.RotationServiceGrpc;
import io.capshift.api.v1.RunBacktestRequest;
import io.capshift.api.v1.RunBacktestResponse;
import io.capshift.api.v1.RunScenarioRequest;
import io.capshift.api.v1.Stance;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RotationService on the real server and files: signal, scenario, streamed and cancelled backtest.
 */
class RotationGrpcTest {
  private static final long DEADLINE_S = 60;

  @TempDir Path dir;
  private InProcessCapshift app;

  @BeforeEach
  void start() throws Exception {
    app = new InProcessCapshift(dir);
    for (String f :
        List.of(
            "french-size-portfolios/Portfolios_Formed_on_ME_CRSP202602.csv",
            "fed-policy-rates/DFEDTAR_1982-09-27_2008-12-15.csv",
            "fed-policy-rates/DFEDTARU_2008-12-16_2025-11-12.csv")) {
      Path p = SharedData.file(f);
      GrpcImports.send(
          DataServiceGrpc.newStub(app.channel),
          p.getFileName().toString(),
          "",
          Files.readAllBytes(p),
          DEADLINE_S);
    }
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  private RotationServiceGrpc.RotationServiceBlockingStub rotation() {
    return RotationServiceGrpc.newBlockingStub(app.channel)
        .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS);
  }

  @Test
  void signalAndScenario_asTheUseCases() {
    var s =
        rotation()
            .getRotationSignal(
                GetRotationSignalRequest.newBuilder()
                    .setAsOf(
                        com.google.type.Date.newBuilder().setYear(2008).setMonth(12).setDay(31))
                    .build());
    assertThat(s.getStance()).isEqualTo(Stance.STANCE_OVERWEIGHT_SMALL);
    assertThat(s.getComponentsList()).hasSize(5);
    assertThat(s.getComponents(2).getLeftOut()).contains("IWM-facts");

    var thesis = rotation().runScenario(RunScenarioRequest.getDefaultInstance());
    var none =
        rotation().runScenario(RunScenarioRequest.newBuilder().setSetRateMoves(true).build());
    // 1.212 × 1.04 − 1 = 0.26048 against 0.12; without cuts 0.212
    assertThat(thesis.getSmall().getTotal()).isCloseTo(0.26048, within(1e-12));
    assertThat(none.getSmall().getTotal()).isCloseTo(0.212, within(1e-12));
    assertThat(thesis.getDifference() - none.getDifference()).isCloseTo(0.04848, within(1e-12));
  }

  /** Before any data, no component is usable: FAILED_PRECONDITION with each one's reason. */
  @Test
  void signal_noUsableComponent_failedPreconditionListingEachReason() {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                rotation()
                    .getRotationSignal(
                        GetRotationSignalRequest.newBuilder()
                            .setAsOf(
                                com.google.type.Date.newBuilder()
                                    .setYear(1900)
                                    .setMonth(1)
                                    .setDay(1))
                            .build()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    assertThat(GrpcServerTest.detail(e, com.google.rpc.ErrorInfo.class).getReason())
        .isEqualTo("NO_USABLE_COMPONENT");
    assertThat(e.getStatus().getDescription())
        .contains("no component of the signal is usable at 1900-01-01")
        .contains("relative momentum: ")
        .contains("policy direction: ")
        .contains("flow momentum: no IWM-facts:shares_outstanding on or before 1900-01-01");
  }

  @Test
  void backtest_streamsProgressThenTheResult() {
    List<RunBacktestResponse> all = new ArrayList<>();
    rotation().runBacktest(RunBacktestRequest.getDefaultInstance()).forEachRemaining(all::add);

    assertThat(all.get(0).getMonthsDone()).isEqualTo(120);
    RunBacktestResponse last = all.get(all.size() - 1);
    assertThat(last.hasResult()).isTrue();
    assertThat(last.getResult().getFullPeriod(0).getName()).isEqualTo("rotation");
    assertThat(last.getResult().getFullPeriod(0).getMonths()).isEqualTo(1195);
    assertThat(all.size() - 1).isEqualTo(1195 / 120);
  }

  /** Each bad setting is named by its own field, both in one answer. */
  @Test
  void backtest_badThresholdAndCost_bothFieldsNamed() throws Exception {
    StatusRuntimeException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                rotation()
                    .runBacktest(
                        RunBacktestRequest.newBuilder().setThreshold(12).setCostBps(-1).build())
                    .forEachRemaining(r -> {}));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    com.google.rpc.BadRequest bad =
        io.grpc.protobuf.StatusProto.fromThrowable(e).getDetailsList().stream()
            .filter(d -> d.is(com.google.rpc.BadRequest.class))
            .findFirst()
            .orElseThrow()
            .unpack(com.google.rpc.BadRequest.class);
    assertThat(bad.getFieldViolationsList())
        .extracting(com.google.rpc.BadRequest.FieldViolation::getField)
        .containsExactly("threshold", "cost_bps");
  }

  /** Cancelled after the first progress message: the call ends CANCELLED with no result. */
  @Test
  void backtest_cancelledMidway_endsWithoutAResult() throws Exception {
    Context.CancellableContext context = Context.current().withCancellation();
    List<RunBacktestResponse> seen = new ArrayList<>();
    StatusRuntimeException ended = null;
    try {
      ended =
          context.call(
              () -> {
                try {
                  var it = rotation().runBacktest(RunBacktestRequest.getDefaultInstance());
                  seen.add(it.next());
                  context.cancel(null);
                  while (it.hasNext()) {
                    seen.add(it.next());
                  }
                  return null;
                } catch (StatusRuntimeException e) {
                  return e;
                }
              });
    } finally {
      context.close();
    }
    assertThat(ended).isNotNull();
    assertThat(ended.getStatus().getCode()).isEqualTo(Status.Code.CANCELLED);
    assertThat(seen).noneMatch(RunBacktestResponse::hasResult);
  }
}
