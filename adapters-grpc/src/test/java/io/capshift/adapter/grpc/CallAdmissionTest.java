package io.capshift.adapter.grpc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.CallOptions;
import io.grpc.ClientInterceptors;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.ServerCalls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admission bounds and deadline caps, on an in-process server with blocking test methods. */
class CallAdmissionTest {
  private static final MethodDescriptor.Marshaller<byte[]> BYTES =
      new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
          return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
          try {
            return stream.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
  private static final MethodDescriptor<byte[], byte[]> BLOCK = method("test.T/Block");
  private static final MethodDescriptor<byte[], byte[]> LONG = method("test.T/Long");
  private static final MethodDescriptor<byte[], byte[]> DEADLINE = method("test.T/Deadline");

  /** Ready-first: a one-byte request has its answer ready, an empty one does not. */
  private static final MethodDescriptor<byte[], byte[]> READY = method("test.T/Ready");

  private static final String WORKER = "admission-test-worker";

  private final ExecutorService executor =
      Executors.newCachedThreadPool(r -> new Thread(r, WORKER));
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch entered = new CountDownLatch(1);
  private Server server;
  private ManagedChannel channel;

  @BeforeEach
  void start() throws IOException {
    String name = InProcessServerBuilder.generateName();
    server = serve(name, 1, executor, calm(Duration.ofSeconds(30)));
    channel = InProcessChannelBuilder.forName(name).build();
  }

  /** A limit that never tightens: {@code wait} overloaded or not. */
  private static QueueWaitLimit calm(Duration wait) {
    return new QueueWaitLimit(wait, wait, Duration.ZERO);
  }

  private Server serve(String name, int maxShort, ExecutorService workers, QueueWaitLimit waitLimit)
      throws IOException {
    ServerCalls.UnaryMethod<byte[], byte[]> blocking =
        (req, out) ->
            UnaryCall.answer(
                "Block",
                out,
                () -> {
                  entered.countDown();
                  try {
                    release.await(30, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return new byte[0];
                });
    ServerCalls.UnaryMethod<byte[], byte[]> deadline =
        (req, out) -> {
          long ms = Context.current().getDeadline().timeRemaining(TimeUnit.MILLISECONDS);
          out.onNext(ByteBuffer.allocate(8).putLong(ms).array());
          out.onCompleted();
        };
    ServerServiceDefinition service =
        ServerServiceDefinition.builder("test.T")
            .addMethod(BLOCK, ServerCalls.asyncUnaryCall(blocking))
            .addMethod(
                LONG,
                ServerCalls.asyncUnaryCall(
                    (req, out) -> {
                      out.onNext(new byte[0]);
                      out.onCompleted();
                    }))
            .addMethod(DEADLINE, ServerCalls.asyncUnaryCall(deadline))
            .addMethod(
                READY,
                ServerCalls.asyncUnaryCall(
                    (req, out) ->
                        UnaryCall.answerReadyFirst(
                            "Ready",
                            out,
                            () -> req.length > 0 ? Optional.of(answer("ready")) : Optional.empty(),
                            () -> answer("computed"))))
            .build();
    CallAdmission admission =
        new CallAdmission(
            maxShort,
            1,
            Set.of(LONG.getFullMethodName()),
            Set.of(READY.getFullMethodName()),
            workers,
            workers,
            waitLimit);
    return InProcessServerBuilder.forName(name)
        .directExecutor()
        .callExecutor(admission.executors())
        .intercept(admission.interceptor(Duration.ofSeconds(30), Duration.ofMinutes(30)))
        .addService(service)
        .build()
        .start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    release.countDown();
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    executor.shutdownNow();
  }

  @Test
  void admission_overTheShortBound_resourceExhaustedAtOnceThenAdmittedAfterRelease()
      throws Exception {
    CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(() -> call(BLOCK, 30));
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(status(BLOCK)).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    assertThat(statusOf(channel, BLOCK, new byte[0]).reason()).isEqualTo("TOO_MANY_CALLS");
    assertThat(status(LONG)).as("long jobs have their own bound").isEqualTo(Status.Code.OK);

    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    assertThat(status(BLOCK)).isEqualTo(Status.Code.OK);
  }

  @Test
  void admission_clientSendsItsOwnTicket_stillRefusedWhenFull() throws Exception {
    CompletableFuture.supplyAsync(() -> call(BLOCK, 30));
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    Metadata forged = new Metadata();
    forged.put(Metadata.Key.of("capshift-admitted", Metadata.ASCII_STRING_MARSHALLER), "short");

    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                ClientCalls.blockingUnaryCall(
                    ClientInterceptors.intercept(
                        channel, MetadataUtils.newAttachHeadersInterceptor(forged)),
                    BLOCK,
                    CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS),
                    new byte[0]));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
  }

  @Test
  void admission_clientSendsAnAncientAdmissionTime_notShed() {
    Metadata forged = new Metadata();
    forged.put(Metadata.Key.of("capshift-admitted", Metadata.ASCII_STRING_MARSHALLER), "short");
    forged.put(
        Metadata.Key.of("capshift-admitted-at", Metadata.ASCII_STRING_MARSHALLER),
        Long.toString(System.nanoTime() - 3_600_000_000_000L));

    byte[] answer =
        ClientCalls.blockingUnaryCall(
            ClientInterceptors.intercept(
                channel, MetadataUtils.newAttachHeadersInterceptor(forged)),
            DEADLINE,
            CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS),
            new byte[0]);

    assertThat(answer).as("served: the server's own admission time is the one read").hasSize(8);
  }

  @Test
  void admission_cancelledCall_releasesItsPermit() throws Exception {
    assertThat(statusWithin(BLOCK, 300)).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    assertThat(entered.await(10, TimeUnit.SECONDS)).as("the call was admitted").isTrue();
    release.countDown();

    // the server learns of the cancellation asynchronously: its place comes back soon after
    Status.Code code = Status.Code.RESOURCE_EXHAUSTED;
    for (int i = 0; i < 100 && code == Status.Code.RESOURCE_EXHAUSTED; i++) {
      Thread.sleep(50);
      code = status(BLOCK);
    }
    assertThat(code).isEqualTo(Status.Code.OK);
  }

  @Test
  void admission_noClientDeadline_cappedAtThirtySeconds() {
    long remaining =
        ByteBuffer.wrap(
                ClientCalls.blockingUnaryCall(channel, DEADLINE, CallOptions.DEFAULT, new byte[0]))
            .getLong();

    assertThat(remaining).isBetween(25_000L, 30_000L);
  }

  @Test
  void admission_shorterClientDeadline_kept() {
    long remaining =
        ByteBuffer.wrap(
                ClientCalls.blockingUnaryCall(
                    channel,
                    DEADLINE,
                    CallOptions.DEFAULT.withDeadlineAfter(2, TimeUnit.SECONDS),
                    new byte[0]))
            .getLong();

    assertThat(remaining).isBetween(1L, 2_000L);
  }

  @Test
  void readyFirst_readyAnswer_sentFromTheTransportThread() {
    String answer =
        new String(
            ClientCalls.blockingUnaryCall(
                channel,
                READY,
                CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS),
                new byte[] {1}),
            UTF_8);

    assertThat(answer).startsWith("ready on ").doesNotContain(WORKER);
  }

  @Test
  void readyFirst_nothingReady_computedByAWorkerUnderTheCallsDeadline() {
    String answer =
        new String(
            ClientCalls.blockingUnaryCall(
                channel,
                READY,
                CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS),
                new byte[0]),
            UTF_8);

    assertThat(answer).isEqualTo("computed on " + WORKER + " with a deadline");
  }

  @Test
  void readyFirst_countsAgainstTheShortBound() throws Exception {
    CompletableFuture.supplyAsync(() -> call(BLOCK, 30));
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                ClientCalls.blockingUnaryCall(
                    channel,
                    READY,
                    CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS),
                    new byte[] {1}));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
  }

  @Test
  void queueWait_pastTheLimit_shedWithResourceExhausted() throws Exception {
    try (Queued q = new Queued(calm(Duration.ofMillis(100)))) {
      for (Outcome st : q.releaseAfter(300)) {
        assertThat(st.code()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(st.status().getDescription()).contains("for a worker");
        assertThat(st.reason()).isEqualTo("QUEUE_WAIT_EXCEEDED");
      }
      assertThat(statusOf(q.ch, DEADLINE, new byte[0]).code())
          .as("places given back, and a call that does not wait is served")
          .isEqualTo(Status.Code.OK);
    }
  }

  @Test
  void queueWait_afterARefusalForWantOfAPlace_theOverloadedLimitSheds() throws Exception {
    // 30 s allowed normally, 100 ms once a call has been refused at admission.
    QueueWaitLimit limit =
        new QueueWaitLimit(Duration.ofSeconds(30), Duration.ofMillis(100), Duration.ofHours(1));
    try (Queued q = new Queued(limit)) {
      assertThat(limit.overloaded()).as("waiting is not overload").isFalse();

      Outcome refused = statusOf(q.ch, DEADLINE, new byte[0]);
      assertThat(refused.code()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
      assertThat(refused.status().getDescription()).contains("too many calls");
      assertThat(refused.reason()).isEqualTo("TOO_MANY_CALLS");
      assertThat(limit.overloaded()).isTrue();

      for (Outcome st : q.releaseAfter(300)) {
        assertThat(st.code()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(st.status().getDescription()).contains("for a worker");
        assertThat(st.reason()).isEqualTo("QUEUE_WAIT_EXCEEDED");
      }
    }
  }

  @Test
  void queueWait_noRefusal_waitingCallsServedUnderTheNormalLimit() throws Exception {
    QueueWaitLimit limit =
        new QueueWaitLimit(Duration.ofSeconds(30), Duration.ofMillis(100), Duration.ofHours(1));
    try (Queued q = new Queued(limit)) {
      assertThat(q.releaseAfter(300))
          .extracting(Outcome::code)
          .containsExactly(Status.Code.OK, Status.Code.OK);
      assertThat(limit.overloaded()).isFalse();
    }
  }

  @Test
  void queueWait_adaptive_learnsTheServiceTimeOfCallsTheWorkersServe() throws Exception {
    // overloaded wait: one typical service time, from 0 to 30 s; a test clock stands still, so
    // the server is overloaded only while learnt() looks
    AtomicLong clock = new AtomicLong();
    QueueWaitLimit limit =
        new QueueWaitLimit(
            Duration.ofSeconds(30),
            Duration.ZERO,
            Duration.ofSeconds(30),
            1,
            Duration.ofMillis(1),
            clock::get);
    LongSupplier learnt =
        () -> {
          limit.overloadSeen();
          long wait = limit.nanos();
          clock.addAndGet(2_000_000L);
          return wait;
        };
    String name = InProcessServerBuilder.generateName();
    Server adaptive = serve(name, 4, executor, limit);
    ManagedChannel ch = InProcessChannelBuilder.forName(name).build();
    try {
      assertThat(learnt.getAsLong()).as("nothing measured: the cap").isEqualTo(30_000_000_000L);
      // the average moves 1/32 of the way at each sample, in whole nanoseconds: 1,000 samples
      // of 0 leave less than 32 ns of the cap
      for (int i = 0; i < 1_000; i++) {
        limit.served(0);
      }
      long settled = learnt.getAsLong();
      assertThat(settled).isLessThan(32);
      assertThat(statusOf(ch, READY, new byte[] {1}).code()).isEqualTo(Status.Code.OK);
      assertThat(statusOf(ch, DEADLINE, new byte[0]).code()).isEqualTo(Status.Code.OK);
      assertThat(learnt.getAsLong())
          .as(
              "neither an answer ready on arrival nor a handler that does not answer through"
                  + " UnaryCall is timed")
          .isEqualTo(settled);
      assertThat(statusOf(ch, READY, new byte[0]).code()).isEqualTo(Status.Code.OK);
      long afterMiss = awaitServiceTime(learnt, settled);
      assertThat(afterMiss).as("a miss handed to the workers").isGreaterThan(settled);

      CompletableFuture<Outcome> held =
          CompletableFuture.supplyAsync(() -> statusOf(ch, BLOCK, new byte[0]));
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(200);
      release.countDown();
      assertThat(held.get(10, TimeUnit.SECONDS).code()).isEqualTo(Status.Code.OK);
      assertThat(awaitServiceTime(learnt, afterMiss))
          .as("a call held 200 ms, averaged in at 1/32")
          .isGreaterThanOrEqualTo(200_000_000L / 32);
    } finally {
      ch.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      adaptive.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  /**
   * The overloaded wait {@code learnt} reports once it is above {@code before}, or after 10 s: a
   * call's time is recorded once its handler returns, which may be just after the client has its
   * answer.
   */
  private static long awaitServiceTime(LongSupplier learnt, long before)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    long wait = learnt.getAsLong();
    while (wait <= before && System.nanoTime() < deadline) {
      Thread.sleep(1);
      wait = learnt.getAsLong();
    }
    return wait;
  }

  /**
   * A server with three places and one worker, held by a blocked call, and two calls queued behind
   * it: a plain one and a ready-first miss.
   */
  private final class Queued implements AutoCloseable {
    final ThreadPoolExecutor one =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            r -> new Thread(r, WORKER));
    final Server small;
    final ManagedChannel ch;
    final CompletableFuture<byte[]> blocked;
    final CompletableFuture<Outcome> plain;
    final CompletableFuture<Outcome> miss;

    Queued(QueueWaitLimit limit) throws Exception {
      String name = InProcessServerBuilder.generateName();
      small = serve(name, 3, one, limit);
      ch = InProcessChannelBuilder.forName(name).build();
      blocked =
          CompletableFuture.supplyAsync(
              () ->
                  ClientCalls.blockingUnaryCall(
                      ch,
                      BLOCK,
                      CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS),
                      new byte[0]));
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
      plain = CompletableFuture.supplyAsync(() -> statusOf(ch, DEADLINE, new byte[0]));
      miss = CompletableFuture.supplyAsync(() -> statusOf(ch, READY, new byte[0]));
      for (int i = 0; i < 1000 && one.getQueue().size() < 2; i++) {
        Thread.sleep(10);
      }
      assertThat(one.getQueue()).hasSize(2);
    }

    /** Frees the worker after {@code millis}; the queued calls' statuses, plain one first. */
    List<Outcome> releaseAfter(long millis) throws Exception {
      Thread.sleep(millis);
      release.countDown();
      blocked.get(10, TimeUnit.SECONDS);
      return List.of(plain.get(10, TimeUnit.SECONDS), miss.get(10, TimeUnit.SECONDS));
    }

    @Override
    public void close() {
      ch.shutdownNow();
      small.shutdownNow();
      one.shutdownNow();
    }
  }

  /** How a call ended: its status and, for a failure, the reason in its ErrorInfo. */
  private record Outcome(Status status, String reason) {
    Status.Code code() {
      return status.getCode();
    }
  }

  private static Outcome statusOf(
      ManagedChannel ch, MethodDescriptor<byte[], byte[]> method, byte[] request) {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                ClientCalls.blockingUnaryCall(
                    ch,
                    method,
                    CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS),
                    request));
    return e == null
        ? new Outcome(Status.OK, "")
        : new Outcome(e.getStatus(), StatusDetails.of(e).errorInfo().getReason());
  }

  private static byte[] answer(String what) {
    return (what
            + " on "
            + Thread.currentThread().getName()
            + (Context.current().getDeadline() != null ? " with a deadline" : ""))
        .getBytes(UTF_8);
  }

  private byte[] call(MethodDescriptor<byte[], byte[]> method, long seconds) {
    return ClientCalls.blockingUnaryCall(
        channel,
        method,
        CallOptions.DEFAULT.withDeadlineAfter(seconds, TimeUnit.SECONDS),
        new byte[0]);
  }

  private Status.Code status(MethodDescriptor<byte[], byte[]> method) {
    return statusWithin(method, 10_000);
  }

  private Status.Code statusWithin(MethodDescriptor<byte[], byte[]> method, long millis) {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                ClientCalls.blockingUnaryCall(
                    channel,
                    method,
                    CallOptions.DEFAULT.withDeadlineAfter(millis, TimeUnit.MILLISECONDS),
                    new byte[0]));
    return e == null ? Status.Code.OK : e.getStatus().getCode();
  }

  private static MethodDescriptor<byte[], byte[]> method(String name) {
    return MethodDescriptor.<byte[], byte[]>newBuilder()
        .setType(MethodDescriptor.MethodType.UNARY)
        .setFullMethodName(name)
        .setRequestMarshaller(BYTES)
        .setResponseMarshaller(BYTES)
        .build();
  }
}
