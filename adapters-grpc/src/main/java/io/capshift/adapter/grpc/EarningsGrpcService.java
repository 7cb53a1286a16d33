package io.capshift.adapter.grpc;

import io.capshift.api.v1.CompareEarningsGrowthRequest;
import io.capshift.api.v1.CompareEarningsGrowthResponse;
import io.capshift.api.v1.EarningsServiceGrpc;
import io.capshift.api.v1.GetEarningsOutlookRequest;
import io.capshift.api.v1.GetEarningsOutlookResponse;
import io.capshift.application.port.in.CompareEarningsGrowthUseCase;
import io.capshift.application.port.in.GetEarningsOutlookUseCase;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Inject;

/**
 * The {@code capshift.v1.EarningsService} gRPC service: checks requests, calls the earnings use
 * cases and maps their answers or their errors. No calculation happens here.
 */
public final class EarningsGrpcService extends EarningsServiceGrpc.EarningsServiceImplBase {
  private final GetEarningsOutlookUseCase getEarningsOutlook;
  private final CompareEarningsGrowthUseCase compareEarningsGrowth;

  /** A service over the given use cases. */
  @Inject
  public EarningsGrpcService(
      GetEarningsOutlookUseCase getEarningsOutlook,
      CompareEarningsGrowthUseCase compareEarningsGrowth) {
    this.getEarningsOutlook = getEarningsOutlook;
    this.compareEarningsGrowth = compareEarningsGrowth;
  }

  @Override
  public void getEarningsOutlook(
      GetEarningsOutlookRequest request, StreamObserver<GetEarningsOutlookResponse> responses) {
    UnaryCall.answer(
        "GetEarningsOutlook",
        responses,
        () ->
            EarningsProtoMapper.toResponse(
                getEarningsOutlook.getEarningsOutlook(EarningsProtoMapper.toQuery(request))));
  }

  @Override
  public void compareEarningsGrowth(
      CompareEarningsGrowthRequest request,
      StreamObserver<CompareEarningsGrowthResponse> responses) {
    UnaryCall.answer(
        "CompareEarningsGrowth",
        responses,
        () ->
            EarningsProtoMapper.toResponse(
                compareEarningsGrowth.compareEarningsGrowth(EarningsProtoMapper.toQuery(request))));
  }
}
