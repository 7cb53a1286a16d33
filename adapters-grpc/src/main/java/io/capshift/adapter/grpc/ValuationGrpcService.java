package io.capshift.adapter.grpc;

import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.GetIndexValuationResponse;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.capshift.application.port.in.GetIndexValuationUseCase;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Inject;

/**
 * The {@code capshift.v1.ValuationService} gRPC service: checks requests, calls the valuation use
 * case and maps its answer or its error. No calculation happens here.
 */
public final class ValuationGrpcService extends ValuationServiceGrpc.ValuationServiceImplBase {
  private final GetIndexValuationUseCase getIndexValuation;

  /** A service over the given use case. */
  @Inject
  public ValuationGrpcService(GetIndexValuationUseCase getIndexValuation) {
    this.getIndexValuation = getIndexValuation;
  }

  @Override
  public void getIndexValuation(
      GetIndexValuationRequest request, StreamObserver<GetIndexValuationResponse> responses) {
    UnaryCall.answer(
        "GetIndexValuation",
        responses,
        () ->
            ValuationProtoMapper.toResponse(
                getIndexValuation.getIndexValuation(ValuationProtoMapper.toQuery(request))));
  }
}
