package io.capshift.bootstrap;

import com.google.protobuf.ByteString;
import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.ImportDatasetHeader;
import io.capshift.api.v1.ImportDatasetRequest;
import io.capshift.api.v1.ImportDatasetResponse;
import io.capshift.api.v1.ImportFormat;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Streams a file to {@code DataService.ImportDataset} in 64 KiB chunks, as a client would. */
final class GrpcImports {
  private static final int CHUNK = 64 * 1024;

  private GrpcImports() {}

  /**
   * @throws StatusRuntimeException with the server's status when the import fails
   */
  static ImportDatasetResponse send(
      DataServiceGrpc.DataServiceStub stub,
      String fileName,
      String targetId,
      byte[] bytes,
      long timeoutSeconds) {
    CompletableFuture<ImportDatasetResponse> result = new CompletableFuture<>();
    StreamObserver<ImportDatasetRequest> requests =
        stub.withDeadlineAfter(timeoutSeconds, TimeUnit.SECONDS)
            .importDataset(
                new StreamObserver<>() {
                  @Override
                  public void onNext(ImportDatasetResponse r) {
                    result.complete(r);
                  }

                  @Override
                  public void onError(Throwable t) {
                    result.completeExceptionally(t);
                  }

                  @Override
                  public void onCompleted() {}
                });
    requests.onNext(
        ImportDatasetRequest.newBuilder()
            .setHeader(
                ImportDatasetHeader.newBuilder()
                    .setFileName(fileName)
                    .setTargetId(targetId)
                    .setFormat(ImportFormat.IMPORT_FORMAT_AUTO))
            .build());
    for (int off = 0; off < bytes.length; off += CHUNK) {
      requests.onNext(
          ImportDatasetRequest.newBuilder()
              .setChunk(ByteString.copyFrom(bytes, off, Math.min(CHUNK, bytes.length - off)))
              .build());
    }
    requests.onCompleted();
    try {
      return result.get(timeoutSeconds + 5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StatusRuntimeException s) {
        throw s;
      }
      throw new IllegalStateException(e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
