package io.capshift.adapter.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Deadline;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Admission and deadlines. Short calls and long jobs (imports, backtests) each have a bound on
 * the calls running at once; a call over its bound is refused at once with {@code
 * RESOURCE_EXHAUSTED} rather than queued, so overload cannot build an unbounded backlog. Every
 * call gets a deadline no later than its kind's cap, since grpc-java sets none when the client
 * sends none, and long work polls its context for it.
 */
public final class CallLimitInterceptor implements ServerInterceptor {
  private final Semaphore shortCalls;
  private final Semaphore longCalls;
  private final Set<String> longMethods;
  private final Duration shortCap;
  private final Duration longCap;

  /**
   * @param maxShort short calls running at once
   * @param maxLong long jobs running at once
   * @param longMethods full method names of the long jobs
   * @param shortCap latest deadline of a short call
   * @param longCap latest deadline of a long job
   */
  public CallLimitInterceptor(
      int maxShort, int maxLong, Set<String> longMethods, Duration shortCap, Duration longCap) {
    if (maxShort < 1 || maxLong < 1) {
      throw new IllegalArgumentException("limits must be >= 1: " + maxShort + ", " + maxLong);
    }
    this.shortCalls = new Semaphore(maxShort);
    this.longCalls = new Semaphore(maxLong);
    this.longMethods = Set.copyOf(longMethods);
    this.shortCap = shortCap;
    this.longCap = longCap;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    boolean isLong = longMethods.contains(call.getMethodDescriptor().getFullMethodName());
    Semaphore permits = isLong ? longCalls : shortCalls;
    if (!permits.tryAcquire()) {
      call.close(
          Status.RESOURCE_EXHAUSTED.withDescription(
              "too many " + (isLong ? "long jobs" : "calls") + " running; retry later"),
          new Metadata());
      return new ServerCall.Listener<>() {};
    }
    Duration cap = isLong ? longCap : shortCap;
    Deadline latest = Deadline.after(cap.toNanos(), TimeUnit.NANOSECONDS);
    Deadline current = Context.current().getDeadline();
    Context.CancellableContext context =
        current != null && current.isBefore(latest)
            ? null
            : Context.current().withDeadline(latest, DeadlineTimer.SCHEDULER);
    AtomicBoolean released = new AtomicBoolean();
    Runnable release = () -> {
      if (released.compareAndSet(false, true)) {
        permits.release();
        if (context != null) {
          context.cancel(null); // frees its timer
        }
      }
    };
    ServerCall<Q, R> releasing = new SimpleForwardingServerCall<>(call) {
      @Override
      public void close(Status status, Metadata trailers) {
        release.run();
        super.close(status, trailers);
      }
    };
    ServerCall.Listener<Q> listener;
    try {
      listener = context == null
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
