package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.CommonProtoMapper.decimal;
import static io.capshift.adapter.grpc.CommonProtoMapper.figure;
import static io.capshift.adapter.grpc.CommonProtoMapper.finite;

import io.capshift.api.v1.Concentration;
import io.capshift.api.v1.Coverage;
import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.GetIndexValuationResponse;
import io.capshift.api.v1.IndexValuation;
import io.capshift.api.v1.NegativeEarners;
import io.capshift.api.v1.NegativeEarningsPolicy;
import io.capshift.api.v1.SkipCount;
import io.capshift.api.v1.SnapshotType;
import io.capshift.application.port.in.GetIndexValuationQuery;
import io.capshift.application.port.in.IndexValuationResult;
import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.error.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps valuation requests to queries and valuation results to responses. No calculation. */
final class ValuationProtoMapper {
  private ValuationProtoMapper() {}

  /**
   * The query a request asks for.
   *
   * @throws InvalidInputException naming every invalid field
   */
  static GetIndexValuationQuery toQuery(GetIndexValuationRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    String indexId =
        RequestChecks.requiredId(
            request.getIndexId(),
            "index_id",
            "name an index or fund, e.g. sp500 or IWM",
            violations);
    Optional<LocalDate> asOf =
        ProtoDates.optionalDate(request.hasAsOf(), request.getAsOf(), "as_of", violations);
    var policy =
        toDomain(
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
        violations, () -> new GetIndexValuationQuery(indexId, asOf, policy, rules));
  }

  /** The response for a computed valuation. */
  static GetIndexValuationResponse toResponse(IndexValuationResult result) {
    var b =
        GetIndexValuationResponse.newBuilder()
            .setValuation(toProto(result.valuation()))
            .setDatasetId(result.dataset().datasetId())
            .setDataVersion(result.dataVersion())
            .addAllNotes(result.notes());
    result.lookThrough().ifPresent(h -> b.setLookThrough(LookThroughProtoMapper.toProto(h)));
    return b.build();
  }

  /**
   * The domain policy a request field names; unset means INCLUDE.
   *
   * @param number the field's raw value, for the message when it is unknown
   * @param field the field's path in the request
   * @param violations receives a violation for an unknown value
   */
  static io.capshift.domain.valuation.NegativeEarningsPolicy toDomain(
      NegativeEarningsPolicy policy, int number, String field, List<FieldViolation> violations) {
    return switch (policy) {
      case NEGATIVE_EARNINGS_POLICY_UNSPECIFIED, NEGATIVE_EARNINGS_POLICY_INCLUDE ->
          io.capshift.domain.valuation.NegativeEarningsPolicy.INCLUDE;
      case NEGATIVE_EARNINGS_POLICY_EXCLUDE_NEGATIVE ->
          io.capshift.domain.valuation.NegativeEarningsPolicy.EXCLUDE_NEGATIVE;
      case NEGATIVE_EARNINGS_POLICY_FUND_HARMONIC_CAPPED ->
          io.capshift.domain.valuation.NegativeEarningsPolicy.FUND_HARMONIC_CAPPED;
      case UNRECOGNIZED -> {
        violations.add(
            new FieldViolation(
                field,
                "unknown value "
                    + number
                    + "; use NEGATIVE_EARNINGS_POLICY_INCLUDE, _EXCLUDE_NEGATIVE or"
                    + " _FUND_HARMONIC_CAPPED"));
        yield io.capshift.domain.valuation.NegativeEarningsPolicy.INCLUDE;
      }
    };
  }

  static NegativeEarningsPolicy toProto(io.capshift.domain.valuation.NegativeEarningsPolicy p) {
    return switch (p) {
      case INCLUDE -> NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_INCLUDE;
      case EXCLUDE_NEGATIVE -> NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_EXCLUDE_NEGATIVE;
      case FUND_HARMONIC_CAPPED ->
          NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_FUND_HARMONIC_CAPPED;
    };
  }

  static IndexValuation toProto(io.capshift.domain.valuation.IndexValuation v) {
    return IndexValuation.newBuilder()
        .setId(v.id())
        .setAsOf(ProtoDates.toProto(v.asOf()))
        .setType(toProto(v.type()))
        .setNegativeEarningsPolicy(toProto(v.policy()))
        .setTotalValueUsd(finite(v.totalValue(), "valuation totalValue"))
        .setPriceEarnings(figure(v.priceEarnings()))
        .setEarningsYield(figure(v.earningsYield()))
        .setWeightedMedianPriceEarnings(figure(v.weightedMedianPriceEarnings()))
        .setDividendYield(figure(v.dividendYield()))
        .setPriceBook(figure(v.priceBook()))
        .setPriceSales(figure(v.priceSales()))
        .setNegativeEarners(
            NegativeEarners.newBuilder()
                .setCount(v.negativeEarners().count())
                .setWeight(decimal(v.negativeEarners().weight())))
        .setConcentration(toProto(v.concentration()))
        .setEarningsCoverage(toProto(v.earningsCoverage()))
        .setDividendCoverage(toProto(v.dividendCoverage()))
        .setBookCoverage(toProto(v.bookCoverage()))
        .setSalesCoverage(toProto(v.salesCoverage()))
        .build();
  }

  private static SnapshotType toProto(io.capshift.domain.valuation.SnapshotType type) {
    return switch (type) {
      case INDEX -> SnapshotType.SNAPSHOT_TYPE_INDEX;
      case FUND -> SnapshotType.SNAPSHOT_TYPE_FUND;
    };
  }

  private static Concentration toProto(io.capshift.domain.valuation.Concentration c) {
    return Concentration.newBuilder()
        .setConstituents(c.constituents())
        .setTop10Weight(figure(c.top10Weight()))
        .setHerfindahl(figure(c.herfindahl()))
        .setEffectiveNumber(figure(c.effectiveNumber()))
        .build();
  }

  static Coverage toProto(io.capshift.domain.common.Coverage c) {
    Coverage.Builder b =
        Coverage.newBuilder()
            .setTotal(c.total())
            .setUsed(c.used())
            .setUsedWeight(decimal(c.usedWeight()));
    for (io.capshift.domain.common.SkipCount s : c.skipped()) {
      b.addSkipped(
          SkipCount.newBuilder()
              .setReason(s.reason())
              .setCount(s.count())
              .setWeight(decimal(s.weight())));
    }
    return b.build();
  }
}
