package io.capshift.adapter.grpc;

import io.capshift.api.v1.Concentration;
import io.capshift.api.v1.Coverage;
import io.capshift.api.v1.Figure;
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
  /** Longest index or fund id accepted; ids are 1-64 characters. */
  static final int MAX_ID_LENGTH = 64;

  private ValuationProtoMapper() {}

  /**
   * The query a request asks for.
   *
   * @throws InvalidInputException naming every invalid field
   */
  static GetIndexValuationQuery toQuery(GetIndexValuationRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    String indexId = request.getIndexId().strip();
    if (indexId.isEmpty()) {
      violations.add(
          new FieldViolation("index_id", "is required: name an index or fund, e.g. sp500 or IWM"));
    } else if (indexId.length() > MAX_ID_LENGTH) {
      violations.add(
          new FieldViolation("index_id", "must be at most " + MAX_ID_LENGTH + " characters"));
    }
    Optional<LocalDate> asOf =
        ProtoDates.optionalDate(request.hasAsOf(), request.getAsOf(), "as_of", violations);
    var policy =
        toDomain(
            request.getNegativeEarningsPolicy(),
            request.getNegativeEarningsPolicyValue(),
            violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException("INVALID_ARGUMENT", violations);
    }
    return new GetIndexValuationQuery(indexId, asOf, policy);
  }

  /** The response for a computed valuation. */
  static GetIndexValuationResponse toResponse(IndexValuationResult result) {
    return GetIndexValuationResponse.newBuilder()
        .setValuation(toProto(result.valuation()))
        .setDatasetId(result.dataset().datasetId())
        .setDataVersion(result.dataVersion())
        .build();
  }

  private static io.capshift.domain.valuation.NegativeEarningsPolicy toDomain(
      NegativeEarningsPolicy policy, int number, List<FieldViolation> violations) {
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
                "negative_earnings_policy",
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

  private static IndexValuation toProto(io.capshift.domain.valuation.IndexValuation v) {
    return IndexValuation.newBuilder()
        .setId(v.id())
        .setAsOf(ProtoDates.toProto(v.asOf()))
        .setType(toProto(v.type()))
        .setNegativeEarningsPolicy(toProto(v.policy()))
        .setTotalValueUsd(finite(v.totalValue(), "totalValue"))
        .setPriceEarnings(toProto(v.priceEarnings()))
        .setEarningsYield(toProto(v.earningsYield()))
        .setWeightedMedianPriceEarnings(toProto(v.weightedMedianPriceEarnings()))
        .setDividendYield(toProto(v.dividendYield()))
        .setPriceBook(toProto(v.priceBook()))
        .setPriceSales(toProto(v.priceSales()))
        .setNegativeEarners(
            NegativeEarners.newBuilder()
                .setCount(v.negativeEarners().count())
                .setWeight(v.negativeEarners().weight()))
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

  /** A figure: its value (finite, by the domain's contract) or why it is undefined. */
  static Figure toProto(io.capshift.domain.common.Figure figure) {
    return figure.isDefined()
        ? Figure.newBuilder().setValue(figure.getAsDouble()).build()
        : Figure.newBuilder().setUndefinedReason(figure.undefinedReason().orElseThrow()).build();
  }

  private static Concentration toProto(io.capshift.domain.valuation.Concentration c) {
    return Concentration.newBuilder()
        .setConstituents(c.constituents())
        .setTop10Weight(toProto(c.top10Weight()))
        .setHerfindahl(toProto(c.herfindahl()))
        .setEffectiveNumber(toProto(c.effectiveNumber()))
        .build();
  }

  private static Coverage toProto(io.capshift.domain.common.Coverage c) {
    Coverage.Builder b =
        Coverage.newBuilder().setTotal(c.total()).setUsed(c.used()).setUsedWeight(c.usedWeight());
    for (io.capshift.domain.common.SkipCount s : c.skipped()) {
      b.addSkipped(
          SkipCount.newBuilder().setReason(s.reason()).setCount(s.count()).setWeight(s.weight()));
    }
    return b.build();
  }

  /** Guards the one raw double the domain does not check, so NaN never reaches a client. */
  private static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException("valuation " + name + " is not finite: " + value);
    }
    return value;
  }
}
