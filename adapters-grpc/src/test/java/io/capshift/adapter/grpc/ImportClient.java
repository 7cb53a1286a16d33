package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.ImportDatasetHeader;
import io.capshift.api.v1.ImportDatasetRequest;
import io.capshift.api.v1.ImportDatasetResponse;
import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Drives the client-streaming ImportDataset call for tests, always with a deadline. */
final class ImportClient {
  private static final Duration DEADLINE = Duration.ofSeconds(5);

  private ImportClient() {}

  /** Sends the messages, half-closes, and returns the response (or throws the failure). */
  static ImportDatasetResponse send(Channel channel, ImportDatasetRequest... messages)
      throws Exception {
    try {
      return call(channel, DEADLINE, messages).get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  /** Sends the messages, half-closes, and returns the failure the call must end with. */
  static StatusRuntimeException failure(Channel channel, ImportDatasetRequest... messages) {
    return failure(channel, DEADLINE, messages);
  }

  /** As {@link #failure(Channel, ImportDatasetRequest...)}, with the given deadline. */
  static StatusRuntimeException failure(
      Channel channel, Duration deadline, ImportDatasetRequest... messages) {
    CompletableFuture<ImportDatasetResponse> result = call(channel, deadline, messages);
    try {
      ImportDatasetResponse response =
          result.get(DEADLINE.plus(deadline).toMillis(), TimeUnit.MILLISECONDS);
      throw new AssertionError("expected the call to fail, got " + response);
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(StatusRuntimeException.class);
      return (StatusRuntimeException) e.getCause();
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  /** Sends the messages, then cancels the call instead of half-closing. */
  static void cancelAfter(Channel channel, ImportDatasetRequest... messages) {
    CompletableFuture<ImportDatasetResponse> result = new CompletableFuture<>();
    StreamObserver<ImportDatasetRequest> requests = open(channel, DEADLINE, result);
    for (ImportDatasetRequest m : messages) {
      requests.onNext(m);
    }
    requests.onError(new RuntimeException("client gives up"));
    assertThat(result).failsWithin(DEADLINE);
  }

  private static CompletableFuture<ImportDatasetResponse> call(
      Channel channel, Duration deadline, ImportDatasetRequest... messages) {
    CompletableFuture<ImportDatasetResponse> result = new CompletableFuture<>();
    StreamObserver<ImportDatasetRequest> requests = open(channel, deadline, result);
    for (ImportDatasetRequest m : messages) {
      requests.onNext(m);
    }
    requests.onCompleted();
    return result;
  }

  private static StreamObserver<ImportDatasetRequest> open(
      Channel channel, Duration deadline, CompletableFuture<ImportDatasetResponse> result) {
    return DataServiceGrpc.newStub(channel)
        .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
        .importDataset(
            new StreamObserver<>() {
              private ImportDatasetResponse last;

              @Override
              public void onNext(ImportDatasetResponse value) {
                last = value;
              }

              @Override
              public void onError(Throwable t) {
                result.completeExceptionally(t);
              }

              @Override
              public void onCompleted() {
                result.complete(last);
              }
            });
  }

  static ImportDatasetHeader.Builder validHeader() {
    return ImportDatasetHeader.newBuilder().setFileName("IWM_holdings.csv");
  }

  static ImportDatasetRequest header(ImportDatasetHeader.Builder header) {
    return ImportDatasetRequest.newBuilder().setHeader(header).build();
  }

  static ImportDatasetRequest chunk(String text) {
    return ImportDatasetRequest.newBuilder().setChunk(ByteString.copyFromUtf8(text)).build();
  }
}
