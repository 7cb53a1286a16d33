package io.capshift.adapter.grpc;

import io.capshift.api.v1.ChooseFundRequest;
import io.capshift.api.v1.ChooseFundResponse;
import io.capshift.api.v1.CompareFundsRequest;
import io.capshift.api.v1.CompareFundsResponse;
import io.capshift.api.v1.FundServiceGrpc;
import io.capshift.api.v1.GetFundFlowsRequest;
import io.capshift.api.v1.GetFundFlowsResponse;
import io.capshift.api.v1.GetFundProfileRequest;
import io.capshift.api.v1.GetFundProfileResponse;
import io.capshift.application.port.in.ChooseFundUseCase;
import io.capshift.application.port.in.CompareFundsUseCase;
import io.capshift.application.port.in.GetFundFlowsUseCase;
import io.capshift.application.port.in.GetFundProfileUseCase;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Inject;

/** The {@code capshift.v1.FundService} gRPC service: checks, calls the fund use cases, maps. */
public final class FundGrpcService extends FundServiceGrpc.FundServiceImplBase {
  private final GetFundProfileUseCase profile;
  private final CompareFundsUseCase compare;
  private final GetFundFlowsUseCase flows;
  private final ChooseFundUseCase choose;

  /** A service over the given use cases. */
  @Inject
  public FundGrpcService(
      GetFundProfileUseCase profile,
      CompareFundsUseCase compare,
      GetFundFlowsUseCase flows,
      ChooseFundUseCase choose) {
    this.profile = profile;
    this.compare = compare;
    this.flows = flows;
    this.choose = choose;
  }

  @Override
  public void chooseFund(ChooseFundRequest request, StreamObserver<ChooseFundResponse> responses) {
    UnaryCall.answer(
        "ChooseFund",
        responses,
        () ->
            LookThroughProtoMapper.toResponse(
                choose.chooseFund(LookThroughProtoMapper.toQuery(request))));
  }

  @Override
  public void getFundProfile(
      GetFundProfileRequest request, StreamObserver<GetFundProfileResponse> responses) {
    UnaryCall.answer(
        "GetFundProfile",
        responses,
        () -> FundProtoMapper.toResponse(profile.getFundProfile(FundProtoMapper.toQuery(request))));
  }

  @Override
  public void compareFunds(
      CompareFundsRequest request, StreamObserver<CompareFundsResponse> responses) {
    UnaryCall.answer(
        "CompareFunds",
        responses,
        () -> FundProtoMapper.toResponse(compare.compareFunds(FundProtoMapper.toQuery(request))));
  }

  @Override
  public void getFundFlows(
      GetFundFlowsRequest request, StreamObserver<GetFundFlowsResponse> responses) {
    UnaryCall.answer(
        "GetFundFlows",
        responses,
        () -> FundProtoMapper.toResponse(flows.getFundFlows(FundProtoMapper.toQuery(request))));
  }
}
