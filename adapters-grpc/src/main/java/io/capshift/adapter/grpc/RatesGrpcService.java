package io.capshift.adapter.grpc;

import io.capshift.api.v1.GetRateExpectationsRequest;
import io.capshift.api.v1.GetRateExpectationsResponse;
import io.capshift.api.v1.GetRateSensitivityRequest;
import io.capshift.api.v1.GetRateSensitivityResponse;
import io.capshift.api.v1.RatesServiceGrpc;
import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.capshift.application.port.in.GetRateSensitivityUseCase;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Inject;

/**
 * The {@code capshift.v1.RatesService} gRPC service: checks requests, calls the rate-expectations
 * and rate-sensitivity use cases and maps their answers or their errors. No calculation happens
 * here.
 */
public final class RatesGrpcService extends RatesServiceGrpc.RatesServiceImplBase {
  private final GetRateExpectationsUseCase getRateExpectations;
  private final GetRateSensitivityUseCase getRateSensitivity;

  /** A service over the given use cases. */
  @Inject
  public RatesGrpcService(
      GetRateExpectationsUseCase getRateExpectations,
      GetRateSensitivityUseCase getRateSensitivity) {
    this.getRateExpectations = getRateExpectations;
    this.getRateSensitivity = getRateSensitivity;
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

  @Override
  public void getRateSensitivity(
      GetRateSensitivityRequest request, StreamObserver<GetRateSensitivityResponse> responses) {
    UnaryCall.answer(
        "GetRateSensitivity",
        responses,
        () ->
            RatesProtoMapper.toResponse(
                getRateSensitivity.getRateSensitivity(RatesProtoMapper.toQuery(request))));
  }
}
