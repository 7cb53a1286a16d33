package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.CommonProtoMapper.figure;
import static io.capshift.adapter.grpc.CommonProtoMapper.finite;

import io.capshift.api.v1.ChoiceVerdict;
import io.capshift.api.v1.ChooseFundRequest;
import io.capshift.api.v1.ChooseFundResponse;
import io.capshift.api.v1.FundamentalsSource;
import io.capshift.api.v1.LookThroughJoin;
import io.capshift.api.v1.LookThroughMiss;
import io.capshift.api.v1.LookThroughValuation;
import io.capshift.api.v1.NonPositiveEarners;
import io.capshift.api.v1.RankedFund;
import io.capshift.api.v1.ScoredCriterion;
import io.capshift.api.v1.SectorWeight;
import io.capshift.api.v1.UnrankedFund;
import io.capshift.application.port.in.ChooseFundUseCase;
import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.fundamentals.JoinReport;
import io.capshift.domain.fundamentals.JoinRules;
import io.capshift.domain.funds.FundChoice;
import io.capshift.domain.funds.HoldingsValuation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Look-through valuations and fund choices to responses, and the look-through rules and choice
 * requests to queries.
 */
final class LookThroughProtoMapper {
  /** Longest fundamentals age accepted, days: ten years. */
  static final int MAX_AGE_DAYS = 3650;

  /** Most funds a choice ranks on each side. */
  static final int MAX_FUNDS = 20;

  private LookThroughProtoMapper() {}

  /**
   * The look-through rules a request's optional age field asks for; a value outside [0, 3650] is a
   * violation of {@code field}.
   */
  static JoinRules rules(boolean has, int days, String field, List<FieldViolation> v) {
    if (!has) {
      return JoinRules.DEFAULT;
    }
    if (days < 0 || days > MAX_AGE_DAYS) {
      v.add(new FieldViolation(field, "must be 0 to " + MAX_AGE_DAYS + " days, got " + days));
      return JoinRules.DEFAULT;
    }
    return new JoinRules(days, JoinRules.DEFAULT.capTolerance());
  }

  static ChooseFundUseCase.Query toQuery(ChooseFundRequest r) {
    List<FieldViolation> v = new ArrayList<>();
    var asOf = ProtoDates.optionalDate(r.hasAsOf(), r.getAsOf(), "as_of", v);
    List<String> funds = ids(r.getFundIdsList(), "fund_ids", v);
    List<String> large = ids(r.getLargeFundsList(), "large_funds", v);
    Map<String, Double> weights = new LinkedHashMap<>();
    r.getWeightsMap()
        .forEach(
            (k, w) -> {
              if (!ChooseFundUseCase.Query.CRITERIA.contains(k)) {
                v.add(
                    new FieldViolation(
                        "weights[" + k + "]",
                        "unknown criterion; use one of " + ChooseFundUseCase.Query.CRITERIA));
              } else if (!(w >= 0 && w <= 100)) {
                v.add(new FieldViolation("weights[" + k + "]", "must be in [0, 100], got " + w));
              } else {
                weights.put(k, w);
              }
            });
    JoinRules rules =
        rules(
            r.hasMaxFundamentalsAgeDays(),
            r.getMaxFundamentalsAgeDays(),
            "max_fundamentals_age_days",
            v);
    return RequestChecks.query(
        v, () -> new ChooseFundUseCase.Query(asOf, funds, large, weights, rules));
  }

  /** Each id checked at its index; only the valid ones are kept (the others are reported). */
  private static List<String> ids(List<String> raw, String field, List<FieldViolation> v) {
    if (raw.size() > MAX_FUNDS) {
      v.add(new FieldViolation(field, "at most " + MAX_FUNDS + " funds, got " + raw.size()));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String id = raw.get(i).strip();
      if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
        v.add(
            new FieldViolation(
                field + "[" + i + "]",
                "a fund is its ticker, e.g. IWM (1-64 letters, digits, '.', '_' or '-')"));
      } else {
        out.add(id);
      }
    }
    return out;
  }

  static ChooseFundResponse toResponse(ChooseFundUseCase.Result r) {
    FundChoice c = r.choice();
    ChooseFundResponse.Builder b =
        ChooseFundResponse.newBuilder()
            .setAsOf(ProtoDates.toProto(r.at()))
            .setVerdict(
                switch (c.verdict()) {
                  case SMALL_CAP_FUND -> ChoiceVerdict.CHOICE_VERDICT_SMALL_CAP_FUND;
                  case STAY_LARGE -> ChoiceVerdict.CHOICE_VERDICT_STAY_LARGE;
                  case NO_FUND -> ChoiceVerdict.CHOICE_VERDICT_NO_FUND;
                })
            .setFundId(c.fundId().orElse(""))
            .setExplanation(c.explanation())
            .addAllCandidates(r.candidates())
            .addAllLargeFunds(r.largeFunds())
            .addAllNotes(r.notes())
            .setDataVersion(r.dataVersion());
    for (FundChoice.Ranked f : c.ranked()) {
      RankedFund.Builder rf =
          RankedFund.newBuilder()
              .setRank(f.rank())
              .setFundId(f.fundId())
              .setLargeCap(f.largeCap())
              .setScore(finite(f.score(), "score"));
      f.criteria().forEach(s -> rf.addCriteria(toProto(s)));
      b.addRanked(rf);
    }
    for (FundChoice.Unranked f : c.unranked()) {
      UnrankedFund.Builder uf =
          UnrankedFund.newBuilder()
              .setFundId(f.fundId())
              .setLargeCap(f.largeCap())
              .setReason(f.reason());
      f.criteria().forEach(s -> uf.addCriteria(toProto(s)));
      b.addUnranked(uf);
    }
    return b.build();
  }

  private static ScoredCriterion toProto(FundChoice.Scored s) {
    ScoredCriterion.Builder b =
        ScoredCriterion.newBuilder()
            .setCriterion(s.criterion().key())
            .setUnit(s.criterion().unit())
            .setHigherIsBetter(s.criterion().higherIsBetter())
            .setValue(figure(s.value()))
            .setWeight(finite(s.weight(), "weight"))
            .setSource(s.source())
            .setAgeDays(s.ageDays())
            .setLeftOut(s.leftOut().orElse(""));
    s.score().ifPresent(x -> b.setScore(finite(x, "score")));
    s.contribution().ifPresent(x -> b.setContribution(finite(x, "contribution")));
    s.asOf().ifPresent(d -> b.setAsOf(ProtoDates.toProto(d)));
    return b.build();
  }

  static LookThroughValuation toProto(HoldingsValuation h) {
    var n = h.nonPositive();
    LookThroughValuation.Builder b =
        LookThroughValuation.newBuilder()
            .setJoin(toProto(h.join()))
            .setForwardPriceEarnings(figure(h.forwardPriceEarnings()))
            .setForwardCoverage(ValuationProtoMapper.toProto(h.forwardCoverage()))
            .setEarningsGrowth(figure(h.earningsGrowth()))
            .setGrowthCoverage(ValuationProtoMapper.toProto(h.growthCoverage()))
            .setNonPositive(
                NonPositiveEarners.newBuilder()
                    .setCount(n.count())
                    .setWithEarnings(n.withEarnings())
                    .setNameShare(finite(n.nameShare(), "name_share"))
                    .setWeight(finite(n.weight(), "weight"))
                    .setCoveredWeight(finite(n.coveredWeight(), "covered_weight")))
            .setMedianReturnOnEquity(figure(h.medianReturnOnEquity()))
            .setDebtToEquity(figure(h.debtToEquity()))
            .setFundCoverage(figure(h.fundCoverage()));
    h.valuations().forEach(v -> b.addValuations(ValuationProtoMapper.toProto(v)));
    h.sectors()
        .forEach(
            s ->
                b.addSectors(
                    SectorWeight.newBuilder()
                        .setSector(s.sector())
                        .setWeight(finite(s.weight(), "weight"))
                        .setHoldings(s.holdings())));
    return b.build();
  }

  private static LookThroughJoin toProto(JoinReport j) {
    LookThroughJoin.Builder b =
        LookThroughJoin.newBuilder()
            .setHoldingsAsOf(ProtoDates.toProto(j.holdingsAsOf()))
            .setAt(ProtoDates.toProto(j.at()))
            .setHoldings(j.holdings())
            .setTotalValue(finite(j.totalValue(), "total_value"))
            .setMatched(j.matched())
            .setMatchedWeight(finite(j.matchedWeight(), "matched_weight"))
            .setMatchedByCik(j.matchedByCik())
            .setFilled(j.filled())
            .setEarningsByIncome(j.earningsByIncome())
            .setEarningsByEps(j.earningsByEps());
    j.unmatched().forEach(m -> b.addUnmatched(toProto(m)));
    j.capMismatch().forEach(m -> b.addCapMismatch(toProto(m)));
    for (JoinReport.SourceUse s : j.sources()) {
      b.addSources(
          FundamentalsSource.newBuilder()
              .setDatasetId(s.datasetId())
              .setSource(s.source())
              .setAsOf(ProtoDates.toProto(s.asOf()))
              .setUndated(s.undated())
              .setAgeDays(s.ageDays())
              .setGapDays(s.gapDays())
              .setUsed(s.used())
              .setFigures(s.figures())
              .setNote(s.note()));
    }
    return b.build();
  }

  private static LookThroughMiss toProto(JoinReport.Miss m) {
    return LookThroughMiss.newBuilder()
        .setSymbol(m.symbol())
        .setName(m.name())
        .setWeight(finite(m.weight(), "weight"))
        .setReason(m.reason())
        .build();
  }
}
