package io.capshift.adapter.grpc;

import io.grpc.Context;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/** Runs the work of a unary call and answers with its result or its mapped failure. */
final class UnaryCall {
  private UnaryCall() {}

  /**
   * Answers {@code responses} with what {@code work} returns, or with the status its failure maps
   * to. A call already cancelled or past its deadline is not started.
   *
   * @param rpc the method name, for the server log
   */
  static <T> void answer(String rpc, StreamObserver<T> responses, Supplier<T> work) {
    Context context = Context.current();
    if (context.isCancelled()) {
      responses.onError(GrpcStatusMapper.cancelled(context));
      return;
    }
    QueueWaitLimit served = CallAdmission.SERVED.get(context);
    if (served == null) {
      respond(rpc, responses, work);
      return;
    }
    long start = System.nanoTime();
    try {
      respond(rpc, responses, work);
    } finally {
      served.served(System.nanoTime() - start);
    }
  }

  private static <T> void respond(String rpc, StreamObserver<T> responses, Supplier<T> work) {
    T response;
    try {
      response = work.get();
    } catch (RuntimeException e) {
      responses.onError(GrpcStatusMapper.toStatus(e, rpc));
      return;
    }
    responses.onNext(response);
    responses.onCompleted();
  }

  /**
   * For a ready-first call ({@link CallAdmission}), which starts on the transport thread: answers
   * at once with what {@code ready} returns if it is present, and otherwise hands {@link #answer}
   * of {@code work} to the workers in the call's context, which refuse it if it waited for them too
   * long. {@code ready} must not block, and may compute only what takes microseconds. A call
   * already cancelled or past its deadline is not started. Elsewhere (no workers in the context) it
   * is {@link #answer}.
   */
  static <T> void answerReadyFirst(
      String rpc, StreamObserver<T> responses, Supplier<Optional<T>> ready, Supplier<T> work) {
    CallAdmission.HandOff handOff = CallAdmission.HAND_OFF.get();
    if (handOff == null) {
      answer(rpc, responses, work);
      return;
    }
    Context context = Context.current();
    if (context.isCancelled()) {
      responses.onError(GrpcStatusMapper.cancelled(context));
      return;
    }
    Optional<T> response;
    try {
      response = ready.get();
    } catch (RuntimeException e) {
      responses.onError(GrpcStatusMapper.toStatus(e, rpc));
      return;
    }
    if (response.isPresent()) {
      responses.onNext(response.get());
      responses.onCompleted();
      return;
    }
    long queued = System.nanoTime();
    Runnable handed =
        () -> {
          StatusRuntimeException late = handOff.lateRefusal(queued);
          if (late != null) {
            responses.onError(late);
            return;
          }
          handOff.serve(() -> answer(rpc, responses, work));
        };
    try {
      handOff.workers().execute(Context.current().wrap(handed));
    } catch (RejectedExecutionException e) {
      responses.onError(GrpcStatusMapper.shuttingDown());
    }
  }
}
