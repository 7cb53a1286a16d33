package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.CommonProtoMapper.decimal;
import static io.capshift.adapter.grpc.CommonProtoMapper.finite;

import io.capshift.api.v1.CompareFundsRequest;
import io.capshift.api.v1.CompareFundsResponse;
import io.capshift.api.v1.FlowAnalysis;
import io.capshift.api.v1.FlowBasis;
import io.capshift.api.v1.FlowPoint;
import io.capshift.api.v1.FundFact;
import io.capshift.api.v1.FundHoldings;
import io.capshift.api.v1.FundProfile;
import io.capshift.api.v1.GetFundFlowsRequest;
import io.capshift.api.v1.GetFundFlowsResponse;
import io.capshift.api.v1.GetFundProfileRequest;
import io.capshift.api.v1.GetFundProfileResponse;
import io.capshift.api.v1.Reversal;
import io.capshift.api.v1.RollingFlow;
import io.capshift.api.v1.SectorWeight;
import io.capshift.api.v1.Turnover;
import io.capshift.application.port.in.CompareFundsUseCase;
import io.capshift.application.port.in.FundFlows;
import io.capshift.application.port.in.GetFundFlowsUseCase;
import io.capshift.application.port.in.GetFundProfileQuery;
import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.flows.FlowAnalyzer;
import java.util.ArrayList;
import java.util.List;

/** Fund requests to queries, and fund answers to responses. */
final class FundProtoMapper {
  private FundProtoMapper() {}

  static GetFundProfileQuery toQuery(GetFundProfileRequest r) {
    List<FieldViolation> v = new ArrayList<>();
    String id = RequestChecks.requiredId(r.getFundId(), "fund_id", "name a fund, e.g. IWM", v);
    var asOf = ProtoDates.optionalDate(r.hasAsOf(), r.getAsOf(), "as_of", v);
    var rules =
        LookThroughProtoMapper.rules(
            r.hasMaxFundamentalsAgeDays(),
            r.getMaxFundamentalsAgeDays(),
            "max_fundamentals_age_days",
            v);
    String safe = id.isEmpty() || id.length() > 64 ? "x" : id; // already reported
    return RequestChecks.query(v, () -> new GetFundProfileQuery(safe, asOf, rules));
  }

  static CompareFundsUseCase.Query toQuery(CompareFundsRequest r) {
    List<FieldViolation> v = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < r.getFundIdsCount(); i++) {
      ids.add(
          RequestChecks.requiredId(
              r.getFundIds(i), "fund_ids[" + i + "]", "name a fund, e.g. IWM", v));
    }
    var asOf = ProtoDates.optionalDate(r.hasAsOf(), r.getAsOf(), "as_of", v);
    return RequestChecks.query(v, () -> new CompareFundsUseCase.Query(ids, asOf));
  }

  static GetFundFlowsUseCase.Query toQuery(GetFundFlowsRequest r) {
    List<FieldViolation> v = new ArrayList<>();
    String id = RequestChecks.requiredId(r.getFundId(), "fund_id", "name a fund, e.g. IWM", v);
    int window = r.getWindow() == 0 ? FlowAnalyzer.DEFAULT_WINDOW : r.getWindow();
    double k = r.hasK() ? r.getK() : FlowAnalyzer.DEFAULT_K;
    if (!Double.isFinite(k)) {
      v.add(new FieldViolation("k", "must be a finite number of standard deviations, got " + k));
    }
    var from = ProtoDates.optionalDate(r.hasFromDate(), r.getFromDate(), "from_date", v);
    var to = ProtoDates.optionalDate(r.hasToDate(), r.getToDate(), "to_date", v);
    String safe = id.isEmpty() || id.length() > 64 ? "x" : id; // already reported
    double safeK = Double.isFinite(k) ? k : FlowAnalyzer.DEFAULT_K;
    return RequestChecks.query(
        v, () -> new GetFundFlowsUseCase.Query(safe, window, safeK, from, to));
  }

  static GetFundProfileResponse toResponse(io.capshift.application.port.in.FundProfile p) {
    return GetFundProfileResponse.newBuilder()
        .setProfile(toProto(p))
        .setDataVersion(p.dataVersion())
        .build();
  }

  static CompareFundsResponse toResponse(List<io.capshift.application.port.in.FundProfile> ps) {
    CompareFundsResponse.Builder b = CompareFundsResponse.newBuilder();
    ps.forEach(p -> b.addProfiles(toProto(p)));
    ps.stream().findFirst().ifPresent(p -> b.setDataVersion(p.dataVersion()));
    return b.build();
  }

  static GetFundFlowsResponse toResponse(FundFlows f) {
    GetFundFlowsResponse.Builder b =
        GetFundFlowsResponse.newBuilder()
            .setDailySource(f.dailySource())
            .setUnpricedDaily(f.unpricedDaily())
            .setHoldingsSource(f.holdingsSource())
            .setDataVersion(f.dataVersion())
            .setRepeatedDays(f.repeatedDays());
    f.missingUpdates()
        .forEach(
            r ->
                b.addMissingUpdates(
                    io.capshift.api.v1.FlatRun.newBuilder()
                        .setFromDate(ProtoDates.toProto(r.from()))
                        .setToDate(ProtoDates.toProto(r.to()))
                        .setBusinessDays(r.businessDays())));
    f.daily().ifPresent(a -> b.setDaily(toProto(a, f.dailySource())));
    f.betweenHoldings().ifPresent(a -> b.setBetweenHoldings(toProto(a, f.holdingsSource())));
    return b.build();
  }

  private static FundProfile toProto(io.capshift.application.port.in.FundProfile p) {
    FundProfile.Builder b =
        FundProfile.newBuilder().setFundId(p.fundId()).setHoldingsNote(p.holdingsNote());
    p.holdings().ifPresent(h -> b.setHoldings(toProto(h)));
    for (var f : p.facts()) {
      b.addFacts(
          FundFact.newBuilder()
              .setName(f.name())
              .setValue(finite(f.value(), f.name()))
              .setUnit(f.unit())
              .setDate(ProtoDates.toProto(f.date()))
              .setGapDays(f.gapDays())
              .setSource(f.source()));
    }
    return b.build();
  }

  private static FundHoldings toProto(io.capshift.application.port.in.FundHoldings h) {
    var l = h.lookThrough();
    FundHoldings.Builder b =
        FundHoldings.newBuilder()
            .setDatasetId(h.datasetId())
            .setAsOf(ProtoDates.toProto(h.asOf()))
            .setGapDays(h.gapDays())
            .setUndated(h.undated())
            .setValuation(ValuationProtoMapper.toProto(h.valuation()))
            .setFundSitePe(CommonProtoMapper.figure(h.fundSitePe()))
            .setUnlabelledWeight(finite(l.unlabelledWeight(), "unlabelled_weight"))
            .setUnprofitable(l.unprofitable())
            .setUnprofitableWeight(finite(l.unprofitableWeight(), "unprofitable_weight"))
            .setEarningsUnknown(l.earningsUnknown())
            .setEarningsUnknownWeight(finite(l.earningsUnknownWeight(), "earnings_unknown_weight"))
            .setWeightedAverageMarketCapReason(l.weightedAverageMarketCapReason().orElse(""))
            .addAllNotes(h.notes());
    h.fundamentals().ifPresent(f -> b.setFundamentals(LookThroughProtoMapper.toProto(f)));
    l.sectors()
        .forEach(
            s ->
                b.addSectors(
                    SectorWeight.newBuilder()
                        .setSector(s.sector())
                        .setWeight(finite(s.weight(), "weight"))
                        .setHoldings(s.holdings())));
    h.turnover()
        .ifPresent(
            t ->
                b.setTurnover(
                    Turnover.newBuilder()
                        .setFromDate(ProtoDates.toProto(t.from()))
                        .setToDate(ProtoDates.toProto(t.to()))
                        .setOneWay(finite(t.oneWay(), "one_way"))
                        .setAdded(t.added())
                        .setRemoved(t.removed())
                        .setKept(t.kept())));
    return b.build();
  }

  private static FlowAnalysis toProto(io.capshift.domain.flows.FlowAnalysis a, String source) {
    FlowAnalysis.Builder b =
        FlowAnalysis.newBuilder()
            .setSource(source)
            .setWindow(a.window())
            .setK(decimal(a.k()))
            .setTotalUsd(finite(a.totalUsd(), "total_usd"))
            .setReversalDefinition(a.reversalDefinition());
    a.flows()
        .forEach(
            f ->
                b.addFlows(
                    FlowPoint.newBuilder()
                        .setDate(ProtoDates.toProto(f.date()))
                        .setFlowUsd(decimal(f.flowUsd()))
                        .setBasis(basis(f.basis()))));
    for (var r : a.rolling()) {
      RollingFlow.Builder rb =
          RollingFlow.newBuilder()
              .setDate(ProtoDates.toProto(r.date()))
              .setSumUsd(finite(r.sumUsd(), "sum_usd"));
      r.shareOfAssets().ifPresent(v -> rb.setShareOfAssets(finite(v, "share_of_assets")));
      r.zScore().ifPresent(v -> rb.setZScore(finite(v, "z_score")));
      b.addRolling(rb);
    }
    a.reversals()
        .forEach(
            r ->
                b.addReversals(
                    Reversal.newBuilder()
                        .setDate(ProtoDates.toProto(r.date()))
                        .setBeforeUsd(decimal(r.beforeUsd()))
                        .setAfterUsd(decimal(r.afterUsd()))
                        .setConfirmedOn(ProtoDates.toProto(r.confirmedOn()))
                        .setConfirmedUsd(decimal(r.confirmedUsd()))
                        .setSizeInSd(finite(r.sizeInSd(), "size_in_sd"))));
    return b.build();
  }

  private static FlowBasis basis(io.capshift.domain.flows.FlowPoint.Basis b) {
    return switch (b) {
      case SHARES_X_NAV -> FlowBasis.FLOW_BASIS_SHARES_X_NAV;
      case SHARES_X_PRICE -> FlowBasis.FLOW_BASIS_SHARES_X_PRICE;
      case SHARES_X_HOLDINGS_VALUE -> FlowBasis.FLOW_BASIS_SHARES_X_HOLDINGS_VALUE;
      case GIVEN -> FlowBasis.FLOW_BASIS_GIVEN;
    };
  }
}
