package io.capshift.adapter.grpc;

import io.capshift.domain.error.Reason;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Deadline;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallExecutorSupplier;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Admission and deadlines. Short calls and long jobs (imports, backtests) each have a bound on the
 * calls admitted at once (running or waiting for a worker). The decision is taken on the transport
 * thread, before any queue: the server runs with a direct executor, {@link #executors()} hands an
 * admitted call to its worker pool and leaves a refused one on the transport thread, where {@link
 * #interceptor()} closes it at once with {@code RESOURCE_EXHAUSTED}. So overload cannot build a
 * backlog, and admitted calls wait behind at most the bound. Every admitted call also gets a
 * deadline no later than its kind's cap, since grpc-java sets none when the client sends none; long
 * work polls its context for it. Health checks are exempt and answered on the transport thread (a
 * map lookup): a probe must see a busy server as serving, not as refusing.
 *
 * <p>Ready-first methods are admitted as short calls but start on the transport thread, with the
 * short workers in their context ({@link UnaryCall#answerReadyFirst}): an answer already computed,
 * or one that takes microseconds, goes out at once, and only the rest is handed to a worker. The
 * hand-off (a queue, a wake-up and a thread switch) costs more than such an answer. Their service
 * time counts toward the {@link QueueWaitLimit} only when a worker serves them.
 *
 * <p>A short call that waited longer than the {@link QueueWaitLimit} for a worker is refused with
 * {@code RESOURCE_EXHAUSTED} instead of run; the limit tightens from the moment a short call is
 * refused for want of a place. With the workers' {@link AdaptiveLifoQueue}, which serves the newest
 * calls first under overload, no admitted call waits long, and the calls answered are those that
 * waited least rather than those that waited longest.
 */
public final class CallAdmission {
  // Set on every call by the executor supplier, read by the interceptor. A client's own copy
  // cannot pass for it: Metadata.get returns the last value added, which is the supplier's (this
  // is cheaper than discarding copies, a scan of all headers per call).
  private static final Metadata.Key<String> TICKET =
      Metadata.Key.of("capshift-admitted", Metadata.ASCII_STRING_MARSHALLER);
  private static final String REFUSED = "refused";
  private static final String LONG = "long";
  private static final String SHORT = "short";
  private static final String FREE = "free";
  private static final String READY_FIRST = "ready-first";
  private static final String HEALTH = "grpc.health.v1.Health";
  // When the executor supplier admitted the call (System.nanoTime()), to measure its queue wait;
  // set after the ticket, so again the last value is the supplier's.
  private static final Metadata.Key<String> ADMITTED_AT =
      Metadata.Key.of("capshift-admitted-at", Metadata.ASCII_STRING_MARSHALLER);

  /** Set in a ready-first call's context: where it hands work that must not run inline. */
  static final Context.Key<HandOff> HAND_OFF = Context.key("capshift-hand-off");

  /**
   * Set in the context of a short call the workers run: told how long its answer took ({@link
   * UnaryCall#answer}). Not set for ready-first calls, whose handed misses {@link HandOff#serve}
   * times, nor for calls refused before their handler ran.
   */
  static final Context.Key<QueueWaitLimit> SERVED = Context.key("capshift-served");

  /**
   * Where a ready-first call hands a miss, and how long work may wait for a worker before it is
   * shed instead of run (the one rule for calls the workers start and for handed misses).
   */
  record HandOff(Executor workers, QueueWaitLimit waitLimit) {
    /** Runs {@code work}, telling the wait limit how long it took. */
    void serve(Runnable work) {
      long start = System.nanoTime();
      try {
        work.run();
      } finally {
        waitLimit.served(System.nanoTime() - start);
      }
    }

    /** The refusal of work queued at {@code queuedAt} ({@link System#nanoTime()}), or null. */
    StatusRuntimeException lateRefusal(long queuedAt) {
      long waited = System.nanoTime() - queuedAt;
      long limit = waitLimit.nanos();
      if (waited <= limit) {
        return null;
      }
      waitLimit.overloadSeen();
      return GrpcStatusMapper.resourceExhausted(
          Reason.QUEUE_WAIT_EXCEEDED,
          String.format(
              Locale.US,
              "waited %.1f ms for a worker; the server is overloaded, " + "retry later",
              waited / 1e6),
          Map.of("limit_ms", String.format(Locale.US, "%.0f", limit / 1e6)));
    }
  }

  private final Semaphore shortCalls;
  private final Semaphore longCalls;
  private final Set<String> longMethods;
  private final Set<String> readyFirstMethods;
  private final Executor shortWorkers;
  private final Executor longWorkers;
  private final QueueWaitLimit waitLimit;

  /**
   * @param maxShort short calls admitted at once
   * @param maxLong long jobs admitted at once
   * @param longMethods full method names of the long jobs
   * @param readyFirstMethods full method names of the short calls that start on the transport
   *     thread and hand misses to {@code shortWorkers} themselves
   * @param shortWorkers runs admitted short calls
   * @param longWorkers runs admitted long jobs
   * @param waitLimit how long a short call may wait for a worker; told of every short call refused
   *     or shed
   */
  public CallAdmission(
      int maxShort,
      int maxLong,
      Set<String> longMethods,
      Set<String> readyFirstMethods,
      Executor shortWorkers,
      Executor longWorkers,
      QueueWaitLimit waitLimit) {
    if (maxShort < 1 || maxLong < 1) {
      throw new IllegalArgumentException("limits must be >= 1: " + maxShort + ", " + maxLong);
    }
    this.shortCalls = new Semaphore(maxShort);
    this.longCalls = new Semaphore(maxLong);
    this.longMethods = Set.copyOf(longMethods);
    this.readyFirstMethods = Set.copyOf(readyFirstMethods);
    this.shortWorkers = shortWorkers;
    this.longWorkers = longWorkers;
    this.waitLimit = waitLimit;
  }

  /** For {@code ServerBuilder.callExecutor}: admits a call and picks its workers. */
  public ServerCallExecutorSupplier executors() {
    return new ServerCallExecutorSupplier() {
      @Override
      public <Q, R> Executor getExecutor(ServerCall<Q, R> call, Metadata headers) {
        if (HEALTH.equals(call.getMethodDescriptor().getServiceName())) {
          headers.put(TICKET, FREE);
          return null;
        }
        String method = call.getMethodDescriptor().getFullMethodName();
        boolean isLong = longMethods.contains(method);
        if (!(isLong ? longCalls : shortCalls).tryAcquire()) {
          if (!isLong) {
            waitLimit.overloadSeen();
          }
          headers.put(TICKET, REFUSED);
          return null; // stays on the transport thread; the interceptor refuses it
        }
        if (readyFirstMethods.contains(method)) {
          headers.put(TICKET, READY_FIRST);
          return null;
        }
        headers.put(TICKET, isLong ? LONG : SHORT);
        if (!isLong) {
          headers.put(ADMITTED_AT, Long.toString(System.nanoTime()));
        }
        return isLong ? longWorkers : shortWorkers;
      }
    };
  }

  /**
   * Refuses calls {@link #executors()} did not admit, sheds short calls that waited longer than the
   * {@link QueueWaitLimit} for a worker, releases an admitted call's place when it ends, and caps
   * its deadline.
   *
   * @param shortCap latest deadline of a short call
   * @param longCap latest deadline of a long job
   */
  public ServerInterceptor interceptor(Duration shortCap, Duration longCap) {
    HandOff handOff = new HandOff(shortWorkers, waitLimit);
    return new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(
          ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String ticket = headers.get(TICKET);
        if (ticket == null || ticket.equals(REFUSED)) {
          boolean isLong = longMethods.contains(call.getMethodDescriptor().getFullMethodName());
          StatusRuntimeException refused =
              isLong
                  ? GrpcStatusMapper.resourceExhausted(
                      Reason.TOO_MANY_LONG_JOBS,
                      "too many long jobs running; retry later",
                      Map.of())
                  : GrpcStatusMapper.resourceExhausted(
                      Reason.TOO_MANY_CALLS, "too many calls running; retry later", Map.of());
          if (isLong || !call.getMethodDescriptor().getType().clientSendsOneMessage()) {
            close(call, refused);
            return new ServerCall.Listener<>() {};
          }
          return refuseAfterRequest(call, refused);
        }
        if (ticket.equals(FREE)) {
          return next.startCall(call, headers);
        }
        if (ticket.equals(SHORT)) {
          StatusRuntimeException late =
              handOff.lateRefusal(Long.parseLong(headers.get(ADMITTED_AT)));
          if (late != null) {
            shortCalls.release();
            return refuseAfterRequest(call, late);
          }
        }
        boolean isLong = ticket.equals(LONG);
        return admitted(
            call,
            headers,
            next,
            isLong ? longCalls : shortCalls,
            isLong ? longCap : shortCap,
            ticket.equals(READY_FIRST) ? handOff : null,
            ticket.equals(SHORT) ? waitLimit : null);
      }
    };
  }

  /**
   * Refuses a unary call once its request has arrived, not before: closing a stream the client is
   * still sending on makes the server reset it, and a burst of refusals would then trip the
   * reset-frame limit that guards against rapid-reset floods, dropping the client's connection.
   */
  private static <Q, R> ServerCall.Listener<Q> refuseAfterRequest(
      ServerCall<Q, R> call, StatusRuntimeException refused) {
    call.request(1);
    return new ServerCall.Listener<>() {
      @Override
      public void onHalfClose() {
        close(call, refused);
      }
    };
  }

  /** Ends {@code call} with {@code failure}, its details (ErrorInfo) in the trailers. */
  private static void close(ServerCall<?, ?> call, StatusRuntimeException failure) {
    Metadata trailers = failure.getTrailers();
    call.close(failure.getStatus(), trailers != null ? trailers : new Metadata());
  }

  /**
   * @param handOff for a ready-first call, else null
   * @param served for a short call the workers run, else null
   */
  private static <Q, R> ServerCall.Listener<Q> admitted(
      ServerCall<Q, R> call,
      Metadata headers,
      ServerCallHandler<Q, R> next,
      Semaphore permits,
      Duration cap,
      HandOff handOff,
      QueueWaitLimit served) {
    Deadline latest = Deadline.after(cap.toNanos(), TimeUnit.NANOSECONDS);
    Context base = Context.current();
    Deadline current = base.getDeadline();
    Context.CancellableContext capped =
        current != null && current.isBefore(latest)
            ? null
            : base.withDeadline(latest, DeadlineTimer.SCHEDULER);
    Context context = capped == null ? base : capped;
    if (handOff != null) {
      context = context.withValue(HAND_OFF, handOff);
    }
    if (served != null) {
      context = context.withValue(SERVED, served);
    }
    AtomicBoolean released = new AtomicBoolean();
    Runnable release =
        () -> {
          if (released.compareAndSet(false, true)) {
            permits.release();
            if (capped != null) {
              capped.cancel(null); // frees its timer
            }
          }
        };
    ServerCall<Q, R> releasing =
        new SimpleForwardingServerCall<>(call) {
          @Override
          public void close(Status status, Metadata trailers) {
            release.run();
            super.close(status, trailers);
          }
        };
    ServerCall.Listener<Q> listener;
    try {
      listener =
          context == base
              ? next.startCall(releasing, headers)
              : Contexts.interceptCall(context, releasing, headers, next);
    } catch (RuntimeException e) {
      release.run();
      throw e;
    }
    return new SimpleForwardingServerCallListener<>(listener) {
      @Override
      public void onCancel() {
        release.run();
        super.onCancel();
      }

      @Override
      public void onComplete() {
        release.run();
        super.onComplete();
      }
    };
  }
}
