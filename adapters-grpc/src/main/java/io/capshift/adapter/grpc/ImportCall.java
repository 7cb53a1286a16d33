package io.capshift.adapter.grpc;

import com.google.protobuf.ByteString;
import io.capshift.api.v1.ImportDatasetHeader;
import io.capshift.api.v1.ImportDatasetRequest;
import io.capshift.api.v1.ImportDatasetResponse;
import io.capshift.application.port.in.ImportDatasetUseCase;
import io.capshift.application.port.in.ImportResult;
import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.Reason;
import io.grpc.Context;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One {@code ImportDataset} call: takes the header (first message, exactly once), collects the
 * chunks up to the size limit, and runs the import when the client half-closes. gRPC delivers the
 * messages of one call one at a time, so no locking is needed.
 */
final class ImportCall implements StreamObserver<ImportDatasetRequest> {
  private static final String RPC = "ImportDataset";

  private final ImportDatasetUseCase useCase;
  private final StreamObserver<ImportDatasetResponse> responses;
  private final long maxBytes;
  private final Context context;

  private ImportDatasetHeader header;
  private List<ByteString> chunks = new ArrayList<>();
  private long bytes;
  private long messages;
  private boolean finished;

  ImportCall(
      ImportDatasetUseCase useCase,
      StreamObserver<ImportDatasetResponse> responses,
      long maxBytes,
      Context context) {
    this.useCase = useCase;
    this.responses = responses;
    this.maxBytes = maxBytes;
    this.context = context;
  }

  @Override
  public void onNext(ImportDatasetRequest message) {
    if (finished) {
      return;
    }
    messages++;
    try {
      switch (message.getPartCase()) {
        case HEADER -> acceptHeader(message.getHeader());
        case CHUNK -> acceptChunk(message.getChunk());
        case PART_NOT_SET ->
            throw invalid(
                Reason.INVALID_ARGUMENT,
                header == null ? "header" : GrpcStatusMapper.CONTENT_FIELD,
                "message " + messages + " sets neither header nor chunk");
      }
    } catch (RuntimeException e) {
      fail(GrpcStatusMapper.toStatus(e, RPC));
    }
  }

  @Override
  public void onError(Throwable t) {
    // The client cancelled or the transport failed: nobody is left to answer.
    finished = true;
    release();
  }

  @Override
  public void onCompleted() {
    if (finished) {
      return;
    }
    if (header == null) {
      fail(
          GrpcStatusMapper.toStatus(
              invalid(
                  Reason.IMPORT_HEADER_MISSING,
                  "header",
                  "is required: the first message of the stream must carry the header"),
              RPC));
      return;
    }
    finished = true;
    if (context.isCancelled()) {
      release();
      responses.onError(GrpcStatusMapper.cancelled(context));
      return;
    }
    InputStream content =
        new CancellableInputStream(
            new SequenceInputStream(
                Collections.enumeration(chunks.stream().map(ByteString::newInput).toList())),
            context);
    ImportDatasetResponse response;
    try {
      ImportResult result = useCase.importDataset(DataProtoMapper.toCommand(header, content));
      response = DataProtoMapper.toResponse(result);
    } catch (RuntimeException e) {
      responses.onError(
          context.isCancelled()
              ? GrpcStatusMapper.cancelled(context)
              : GrpcStatusMapper.toStatus(DataProtoMapper.importFailure(e), RPC));
      return;
    } finally {
      release();
    }
    responses.onNext(response);
    responses.onCompleted();
  }

  private void acceptHeader(ImportDatasetHeader h) {
    if (header != null) {
      throw invalid(
          Reason.IMPORT_HEADER_REPEATED,
          "header",
          "was sent again in message " + messages + "; only the first message carries it");
    }
    DataProtoMapper.validate(h);
    header = h;
  }

  private void acceptChunk(ByteString chunk) {
    if (header == null) {
      throw invalid(
          Reason.IMPORT_HEADER_MISSING,
          "header",
          "is required in the first message, before any chunk");
    }
    if (chunk.size() > maxBytes - bytes) {
      fail(
          GrpcStatusMapper.resourceExhausted(
              Reason.IMPORT_TOO_LARGE,
              "the file exceeds the import limit of " + maxBytes + " bytes",
              Map.of("limit_bytes", Long.toString(maxBytes))));
      return;
    }
    bytes += chunk.size();
    chunks.add(chunk);
  }

  private static InvalidInputException invalid(Reason reason, String field, String description) {
    return new InvalidInputException(reason, List.of(new FieldViolation(field, description)));
  }

  private void fail(StatusRuntimeException status) {
    finished = true;
    release();
    responses.onError(status);
  }

  private void release() {
    chunks = new ArrayList<>();
    bytes = 0;
  }
}
