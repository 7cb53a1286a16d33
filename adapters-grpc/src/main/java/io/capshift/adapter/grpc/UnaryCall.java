package io.capshift.adapter.grpc;

import io.grpc.Context;
import io.grpc.stub.StreamObserver;
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
}
