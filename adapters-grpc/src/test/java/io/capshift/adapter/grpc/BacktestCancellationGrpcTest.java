package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.capshift.api.v1.RotationServiceGrpc;
import io.capshift.api.v1.RunBacktestRequest;
import io.capshift.api.v1.RunBacktestResponse;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.application.port.in.RunScenarioUseCase;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A backtest whose client gives up stops on the server: the run polls the call's cancellation each
 * simulated month, and a hook counts the months it simulated after the call was cancelled.
 */
class BacktestCancellationGrpcTest {
  private ExecutorService serverThreads;
  private Server server;
  private ManagedChannel channel;
  private final EndlessBacktest endless = new EndlessBacktest();

  @BeforeEach
  void start() throws Exception {
    serverThreads = Executors.newFixedThreadPool(2);
    String name = InProcessServerBuilder.generateName();
    server =
        InProcessServerBuilder.forName(name)
            .executor(serverThreads)
            .addService(
                new RotationGrpcService(
                    mock(GetRotationSignalUseCase.class),
                    mock(RunScenarioUseCase.class),
                    endless,
                    java.time.Clock.systemUTC()))
            .build()
            .start();
    channel = InProcessChannelBuilder.forName(name).build();
  }

  @AfterEach
  void stop() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    serverThreads.shutdownNow();
  }

  @Test
  void deadline_stopsTheRunAtTheNextMonth() throws Exception {
    var stub =
        RotationServiceGrpc.newBlockingStub(channel).withDeadlineAfter(500, TimeUnit.MILLISECONDS);
    List<RunBacktestResponse> seen = new ArrayList<>();

    assertThatThrownBy(
            () ->
                stub.runBacktest(RunBacktestRequest.getDefaultInstance())
                    .forEachRemaining(seen::add))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));

    assertThat(endless.ended.await(5, TimeUnit.SECONDS)).as("the run ended on the server").isTrue();
    long stopMicros = (endless.endedAt.get() - endless.deadlineAt.get()) / 1_000;
    System.out.printf(
        "cancelled backtest: %,d months before the cancellation, %d after it; the run "
            + "ended %,d µs after the deadline%n",
        endless.monthsBefore.get(), endless.monthsAfter.get(), stopMicros);
    assertThat(endless.monthsBefore.get()).as("it had been running").isGreaterThan(120);
    assertThat(seen)
        .as("progress streamed, no result")
        .isNotEmpty()
        .allMatch(r -> !r.hasResult() && r.getMonthsDone() % 120 == 0);
    // No month begins once the call is cancelled.
    assertThat(endless.monthsAfter.get()).isZero();
  }

  @Test
  void clientCancel_stopsTheRun() throws Exception {
    Context.CancellableContext context = Context.current().withCancellation();
    var stub = RotationServiceGrpc.newBlockingStub(channel);
    Thread client =
        new Thread(
            () ->
                context.run(
                    () -> {
                      try {
                        stub.runBacktest(RunBacktestRequest.getDefaultInstance())
                            .forEachRemaining(r -> {});
                      } catch (StatusRuntimeException expected) {
                        // CANCELLED: the test cancels below
                      }
                    }));
    client.start();
    assertThat(endless.running.await(5, TimeUnit.SECONDS)).isTrue();
    context.cancel(null);

    assertThat(endless.ended.await(5, TimeUnit.SECONDS)).as("the run ended on the server").isTrue();
    assertThat(endless.monthsAfter.get()).isZero();
    client.join(5_000);
    assertThat(client.isAlive()).isFalse();
  }

  /**
   * A backtest that never finishes by itself: it simulates "months" until the cancellation check
   * says stop, as the real run does, and records the months simulated after the server call was
   * cancelled.
   */
  private static final class EndlessBacktest implements RunBacktestUseCase {
    final CountDownLatch running = new CountDownLatch(1);
    final CountDownLatch ended = new CountDownLatch(1);
    final AtomicLong cancelledAt = new AtomicLong();
    final AtomicLong endedAt = new AtomicLong();
    final AtomicLong deadlineAt = new AtomicLong();
    final AtomicLong monthsBefore = new AtomicLong();
    final AtomicLong monthsAfter = new AtomicLong();

    @Override
    public Report runBacktest(Query query, BooleanSupplier cancelled) {
      Context call = Context.current();
      call.addListener(c -> cancelledAt.compareAndSet(0, System.nanoTime()), Runnable::run);
      if (call.getDeadline() != null) {
        deadlineAt.set(System.nanoTime() + call.getDeadline().timeRemaining(TimeUnit.NANOSECONDS));
      }
      try {
        for (long month = 0; month < 100_000_000L; month++) {
          // Read before the poll: a month begun after the call was cancelled counts against us.
          boolean callWasCancelled = cancelledAt.get() != 0;
          if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled at month " + month);
          }
          (callWasCancelled ? monthsAfter : monthsBefore).incrementAndGet();
          if (month == 200) {
            running.countDown();
          }
          simulateAMonth();
        }
        throw new AssertionError("the run was never cancelled");
      } finally {
        endedAt.set(System.nanoTime());
        ended.countDown();
      }
    }

    private static void simulateAMonth() {
      try {
        Thread.sleep(0, 50_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
