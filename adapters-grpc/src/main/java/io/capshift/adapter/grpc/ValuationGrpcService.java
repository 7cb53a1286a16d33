package io.capshift.adapter.grpc;

import io.capshift.api.v1.CompareValuationsRequest;
import io.capshift.api.v1.CompareValuationsResponse;
import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.GetIndexValuationResponse;
import io.capshift.api.v1.GetValuationHistoryRequest;
import io.capshift.api.v1.GetValuationHistoryResponse;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.capshift.application.port.in.CompareValuationsUseCase;
import io.capshift.application.port.in.GetIndexValuationUseCase;
import io.capshift.application.port.in.GetValuationHistoryUseCase;
import io.capshift.application.port.in.IndexValuationResult;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Inject;

/**
 * The {@code capshift.v1.ValuationService} gRPC service: checks requests, calls the valuation use
 * cases and maps their answers or their errors. No calculation happens here.
 */
public final class ValuationGrpcService extends ValuationServiceGrpc.ValuationServiceImplBase {
  /**
   * Most names a valuation may have to be computed on the network thread, from a snapshot in memory
   * with its own earnings: 3.7 µs of sums at 3,000 names, against a hand-off to a worker and back
   * (uncached calls observed at ~50,000/s handed off and ~60,000/s in place on this machine's 2
   * cores, across runs; docs/performance.md, G2). 5,000 is a choice a little above what was
   * measured. Larger ones, look-throughs and snapshots not yet read go to the workers.
   */
  static final int INLINE_MAX_NAMES = 5_000;

  private final GetIndexValuationUseCase getIndexValuation;
  private final CompareValuationsUseCase compareValuations;
  private final GetValuationHistoryUseCase getValuationHistory;

  /** The last cached answer mapped: a hot answer is mapped once, not on every call. */
  private volatile Mapped lastMapped;

  /** A service over the given use cases. */
  @Inject
  public ValuationGrpcService(
      GetIndexValuationUseCase getIndexValuation,
      CompareValuationsUseCase compareValuations,
      GetValuationHistoryUseCase getValuationHistory) {
    this.getIndexValuation = getIndexValuation;
    this.compareValuations = compareValuations;
    this.getValuationHistory = getValuationHistory;
  }

  @Override
  public void getIndexValuation(
      GetIndexValuationRequest request, StreamObserver<GetIndexValuationResponse> responses) {
    UnaryCall.answerReadyFirst(
        "GetIndexValuation",
        responses,
        () ->
            getIndexValuation
                .readyIndexValuation(ValuationProtoMapper.toQuery(request), INLINE_MAX_NAMES)
                .map(this::mapCached),
        () ->
            ValuationProtoMapper.toResponse(
                getIndexValuation.getIndexValuation(ValuationProtoMapper.toQuery(request))));
  }

  private GetIndexValuationResponse mapCached(IndexValuationResult result) {
    Mapped last = lastMapped;
    if (last != null && last.result() == result) { // cached results are immutable
      return last.response();
    }
    GetIndexValuationResponse response = ValuationProtoMapper.toResponse(result);
    lastMapped = new Mapped(result, response);
    return response;
  }

  private record Mapped(IndexValuationResult result, GetIndexValuationResponse response) {}

  @Override
  public void compareValuations(
      CompareValuationsRequest request, StreamObserver<CompareValuationsResponse> responses) {
    UnaryCall.answer(
        "CompareValuations",
        responses,
        () ->
            ComparisonProtoMapper.toResponse(
                compareValuations.compareValuations(ComparisonProtoMapper.toQuery(request))));
  }

  @Override
  public void getValuationHistory(
      GetValuationHistoryRequest request, StreamObserver<GetValuationHistoryResponse> responses) {
    UnaryCall.answer(
        "GetValuationHistory",
        responses,
        () ->
            HistoryProtoMapper.toResponse(
                getValuationHistory.getValuationHistory(HistoryProtoMapper.toQuery(request))));
  }
}
