package io.capshift.adapter.grpc;

import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.ImportDatasetRequest;
import io.capshift.api.v1.ImportDatasetResponse;
import io.capshift.api.v1.ListDatasetsRequest;
import io.capshift.api.v1.ListDatasetsResponse;
import io.capshift.application.port.in.ImportDatasetUseCase;
import io.capshift.application.port.in.ListDatasetsUseCase;
import io.grpc.Context;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Inject;

/**
 * The {@code capshift.v1.DataService} gRPC service: streamed file imports and the dataset list. An
 * import is parsed and stored on the server's executor thread that receives the end of the client's
 * stream.
 */
public final class DataGrpcService extends DataServiceGrpc.DataServiceImplBase {
  /** Largest file an import accepts, bytes (1 GiB). */
  static final long MAX_IMPORT_BYTES = 1L << 30;

  private final ImportDatasetUseCase importDataset;
  private final ListDatasetsUseCase listDatasets;
  private final long maxImportBytes;

  /** A service over the given use cases, accepting files of up to 1 GiB. */
  @Inject
  public DataGrpcService(ImportDatasetUseCase importDataset, ListDatasetsUseCase listDatasets) {
    this(importDataset, listDatasets, MAX_IMPORT_BYTES);
  }

  DataGrpcService(
      ImportDatasetUseCase importDataset, ListDatasetsUseCase listDatasets, long maxImportBytes) {
    this.importDataset = importDataset;
    this.listDatasets = listDatasets;
    this.maxImportBytes = maxImportBytes;
  }

  @Override
  public StreamObserver<ImportDatasetRequest> importDataset(
      StreamObserver<ImportDatasetResponse> responses) {
    return new ImportCall(importDataset, responses, maxImportBytes, Context.current());
  }

  @Override
  public void listDatasets(
      ListDatasetsRequest request, StreamObserver<ListDatasetsResponse> responses) {
    UnaryCall.answer(
        "ListDatasets",
        responses,
        () ->
            DataProtoMapper.toResponse(
                listDatasets.listDatasets(DataProtoMapper.toQuery(request))));
  }
}
