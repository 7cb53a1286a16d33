package io.capshift.adapter.grpc;

import io.capshift.api.v1.GetRateExpectationsRequest;
import io.capshift.api.v1.GetRateExpectationsResponse;
import io.capshift.api.v1.RatesServiceGrpc;
import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Inject;

/**
 * The {@code capshift.v1.RatesService} gRPC service: checks requests, calls the rate-expectations
 * use case and maps its answers or its errors. No calculation happens here.
 */
public final class RatesGrpcService extends RatesServiceGrpc.RatesServiceImplBase {
  private final GetRateExpectationsUseCase getRateExpectations;

  /** A service over the given use case. */
  @Inject
  public RatesGrpcService(GetRateExpectationsUseCase getRateExpectations) {
    this.getRateExpectations = getRateExpectations;
  }

  @Override
  public void getRateExpectations(
      GetRateExpectationsRequest request, StreamObserver<GetRateExpectationsResponse> responses) {
    UnaryCall.answer(
        "GetRateExpectations",
        responses,
        () ->
            RatesProtoMapper.toResponse(
                getRateExpectations.getRateExpectations(RatesProtoMapper.toQuery(request))));
  }
}
