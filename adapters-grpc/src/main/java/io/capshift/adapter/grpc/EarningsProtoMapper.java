package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.CommonProtoMapper.decimal;
import static io.capshift.adapter.grpc.CommonProtoMapper.figure;

import io.capshift.api.v1.BlendRule;
import io.capshift.api.v1.CompareEarningsGrowthRequest;
import io.capshift.api.v1.CompareEarningsGrowthResponse;
import io.capshift.api.v1.EarningsOutlook;
import io.capshift.api.v1.EpsBasis;
import io.capshift.api.v1.GetEarningsOutlookRequest;
import io.capshift.api.v1.GetEarningsOutlookResponse;
import io.capshift.api.v1.NtmEarnings;
import io.capshift.api.v1.NtmEarningsMethod;
import io.capshift.application.port.in.CompareEarningsGrowthQuery;
import io.capshift.application.port.in.GetEarningsOutlookQuery;
import io.capshift.application.port.in.GrowthComparison;
import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.error.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps earnings requests to queries and earnings outlooks to responses. No calculation. */
final class EarningsProtoMapper {
  private EarningsProtoMapper() {}

  /**
   * The query a request asks for.
   *
   * @throws InvalidInputException naming every invalid field
   */
  static GetEarningsOutlookQuery toQuery(GetEarningsOutlookRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    String indexId =
        RequestChecks.requiredId(
            request.getIndexId(), "index_id", "name an index, e.g. sp500", violations);
    Optional<LocalDate> asOf =
        ProtoDates.optionalDate(request.hasAsOf(), request.getAsOf(), "as_of", violations);
    var rule = toDomain(request.getBlendRule(), request.getBlendRuleValue(), violations);
    var basis = toDomain(request.getEpsBasis(), request.getEpsBasisValue(), violations);
    return RequestChecks.query(
        violations, () -> new GetEarningsOutlookQuery(indexId, asOf, rule, basis));
  }

  /**
   * The query a request asks for.
   *
   * @throws InvalidInputException naming every invalid field
   */
  static CompareEarningsGrowthQuery toQuery(CompareEarningsGrowthRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    String smallId =
        RequestChecks.requiredId(
            request.getSmallId(), "small_id", "name the small-cap index, e.g. sp600", violations);
    String largeId =
        RequestChecks.requiredId(
            request.getLargeId(), "large_id", "name the large-cap index, e.g. sp500", violations);
    Optional<LocalDate> asOf =
        ProtoDates.optionalDate(request.hasAsOf(), request.getAsOf(), "as_of", violations);
    var rule = toDomain(request.getBlendRule(), request.getBlendRuleValue(), violations);
    var basis = toDomain(request.getEpsBasis(), request.getEpsBasisValue(), violations);
    return RequestChecks.query(
        violations, () -> new CompareEarningsGrowthQuery(smallId, largeId, asOf, rule, basis));
  }

  /** The response for one index's outlook. */
  static GetEarningsOutlookResponse toResponse(
      io.capshift.application.port.in.EarningsOutlook outlook) {
    return GetEarningsOutlookResponse.newBuilder()
        .setOutlook(toProto(outlook))
        .setDataVersion(outlook.dataVersion())
        .build();
  }

  /** The response for a growth comparison. */
  static CompareEarningsGrowthResponse toResponse(GrowthComparison c) {
    return CompareEarningsGrowthResponse.newBuilder()
        .setSmall(toProto(c.small()))
        .setLarge(toProto(c.large()))
        .setGrowthGap(figure(c.growthGap()))
        .addAllNotes(c.notes())
        .setDataVersion(c.dataVersion())
        .build();
  }

  private static EarningsOutlook toProto(io.capshift.application.port.in.EarningsOutlook o) {
    EarningsOutlook.Builder b =
        EarningsOutlook.newBuilder()
            .setIndexId(o.indexId())
            .setAsOf(ProtoDates.toProto(o.asOf()))
            .setInputKind(CommonProtoMapper.inputKind(o.input()))
            .setIndexLevel(figure(o.indexLevel()))
            .setTrailingEps(figure(o.trailingEps()))
            .setTrailingPe(figure(o.trailingPe()))
            .setForwardPe(figure(o.forwardPe()))
            .setGrowth(figure(o.growth()))
            .setPeg(figure(o.peg()))
            .setForwardEarningsYield(figure(o.forwardEarningsYield()))
            .setTenYearYield(figure(o.tenYearYield()))
            .setEquityRiskPremium(figure(o.equityRiskPremium()))
            .addAllDatasetIds(o.datasetIds())
            .addAllNotes(o.notes());
    o.forwardEps().ifPresent(ntm -> b.setForwardEps(toProto(ntm)));
    return b.build();
  }

  private static NtmEarnings toProto(io.capshift.domain.earnings.NtmEarnings ntm) {
    return NtmEarnings.newBuilder()
        .setAsOf(ProtoDates.toProto(ntm.asOf()))
        .setValue(decimal(ntm.value()))
        .setMethod(toProto(ntm.method()))
        .setCurrentYearWeight(decimal(ntm.currentYearWeight()))
        .setDescription(ntm.description())
        .build();
  }

  private static NtmEarningsMethod toProto(io.capshift.domain.earnings.NtmEarnings.Method m) {
    return switch (m) {
      case FACTSET_CALENDAR_DAYS -> NtmEarningsMethod.NTM_EARNINGS_METHOD_FACTSET_CALENDAR_DAYS;
      case YARDENI_WEEKS -> NtmEarningsMethod.NTM_EARNINGS_METHOD_YARDENI_WEEKS;
      case NEXT_FOUR_QUARTERS -> NtmEarningsMethod.NTM_EARNINGS_METHOD_NEXT_FOUR_QUARTERS;
      case PUBLISHED -> NtmEarningsMethod.NTM_EARNINGS_METHOD_PUBLISHED;
    };
  }

  /** The blend rule a request names; unset means FACTSET_CALENDAR_DAYS. */
  private static io.capshift.domain.earnings.BlendRule toDomain(
      BlendRule rule, int number, List<FieldViolation> violations) {
    return switch (rule) {
      case BLEND_RULE_UNSPECIFIED, BLEND_RULE_FACTSET_CALENDAR_DAYS ->
          io.capshift.domain.earnings.BlendRule.FACTSET_CALENDAR_DAYS;
      case BLEND_RULE_YARDENI_WEEKS -> io.capshift.domain.earnings.BlendRule.YARDENI_WEEKS;
      case UNRECOGNIZED -> {
        violations.add(
            new FieldViolation(
                "blend_rule",
                "unknown value "
                    + number
                    + "; use BLEND_RULE_FACTSET_CALENDAR_DAYS or BLEND_RULE_YARDENI_WEEKS"));
        yield io.capshift.domain.earnings.BlendRule.FACTSET_CALENDAR_DAYS;
      }
    };
  }

  /** The EPS basis a request names; unset means OPERATING. */
  private static io.capshift.domain.earnings.EpsBasis toDomain(
      EpsBasis basis, int number, List<FieldViolation> violations) {
    return switch (basis) {
      case EPS_BASIS_UNSPECIFIED, EPS_BASIS_OPERATING ->
          io.capshift.domain.earnings.EpsBasis.OPERATING;
      case EPS_BASIS_AS_REPORTED -> io.capshift.domain.earnings.EpsBasis.AS_REPORTED;
      case UNRECOGNIZED -> {
        violations.add(
            new FieldViolation(
                "eps_basis",
                "unknown value " + number + "; use EPS_BASIS_OPERATING or EPS_BASIS_AS_REPORTED"));
        yield io.capshift.domain.earnings.EpsBasis.OPERATING;
      }
    };
  }
}
