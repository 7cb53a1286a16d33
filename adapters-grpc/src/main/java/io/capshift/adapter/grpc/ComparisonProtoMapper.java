package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.CommonProtoMapper.figure;

import io.capshift.api.v1.CompareValuationsRequest;
import io.capshift.api.v1.CompareValuationsResponse;
import io.capshift.api.v1.ValuationSide;
import io.capshift.application.port.in.CompareValuationsQuery;
import io.capshift.application.port.in.ValuationComparison;
import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.error.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps CompareValuations requests to queries and comparisons to responses. No calculation. */
final class ComparisonProtoMapper {
  private ComparisonProtoMapper() {}

  /**
   * The query a request asks for.
   *
   * @throws InvalidInputException naming every invalid field
   */
  static CompareValuationsQuery toQuery(CompareValuationsRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    String smallId =
        RequestChecks.requiredId(
            request.getSmallId(),
            "small_id",
            "name the small-cap index or fund, e.g. sp600 or IWM",
            violations);
    String largeId =
        RequestChecks.requiredId(
            request.getLargeId(), "large_id", "name the large-cap index, e.g. sp500", violations);
    Optional<LocalDate> asOf =
        ProtoDates.optionalDate(request.hasAsOf(), request.getAsOf(), "as_of", violations);
    var policy =
        ValuationProtoMapper.toDomain(
            request.getNegativeEarningsPolicy(),
            request.getNegativeEarningsPolicyValue(),
            "negative_earnings_policy",
            violations);
    var rules =
        LookThroughProtoMapper.rules(
            request.hasMaxFundamentalsAgeDays(),
            request.getMaxFundamentalsAgeDays(),
            "max_fundamentals_age_days",
            violations);
    return RequestChecks.query(
        violations, () -> new CompareValuationsQuery(smallId, largeId, asOf, policy, rules));
  }

  /** The response for a comparison. */
  static CompareValuationsResponse toResponse(ValuationComparison c) {
    CompareValuationsResponse.Builder b =
        CompareValuationsResponse.newBuilder()
            .setSmall(toProto(c.small()))
            .setLarge(toProto(c.large()))
            .setRatio(figure(c.ratio()))
            .setDiscount(figure(c.discount()))
            .addAllNotes(c.notes())
            .setDataVersion(c.dataVersion())
            .setGrowthGap(figure(c.growthGap()));
    c.small()
        .lookThrough()
        .ifPresent(h -> b.setSmallLookThrough(LookThroughProtoMapper.toProto(h)));
    c.large()
        .lookThrough()
        .ifPresent(h -> b.setLargeLookThrough(LookThroughProtoMapper.toProto(h)));
    c.ratioHistory().ifPresent(h -> b.setRatioHistory(HistoryProtoMapper.toProto(h)));
    return b.build();
  }

  private static ValuationSide toProto(io.capshift.application.port.in.ValuationSide side) {
    ValuationSide.Builder b =
        ValuationSide.newBuilder()
            .setId(side.id())
            .setInputKind(CommonProtoMapper.inputKind(side.input()))
            .setAsOf(ProtoDates.toProto(side.asOf()))
            .setPriceEarnings(figure(side.priceEarnings()))
            .setMeasure(side.measure())
            .addAllDatasetIds(side.datasetIds());
    side.valuation().ifPresent(v -> b.setValuation(ValuationProtoMapper.toProto(v)));
    return b.build();
  }
}
