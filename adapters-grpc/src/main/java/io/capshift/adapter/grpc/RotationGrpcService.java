package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.CommonProtoMapper.decimal;
import static io.capshift.adapter.grpc.CommonProtoMapper.finite;

import io.capshift.api.v1.BacktestSummary;
import io.capshift.api.v1.DecadeStats;
import io.capshift.api.v1.GetRotationSignalRequest;
import io.capshift.api.v1.GetRotationSignalResponse;
import io.capshift.api.v1.PerformanceStats;
import io.capshift.api.v1.ReturnParts;
import io.capshift.api.v1.RotationServiceGrpc;
import io.capshift.api.v1.RunBacktestRequest;
import io.capshift.api.v1.RunBacktestResponse;
import io.capshift.api.v1.RunScenarioRequest;
import io.capshift.api.v1.RunScenarioResponse;
import io.capshift.api.v1.SignalComponent;
import io.capshift.api.v1.Stance;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.in.RunScenarioUseCase;
import io.capshift.domain.common.Staleness;
import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.signal.BacktestConfig;
import io.capshift.domain.signal.RotationSignal;
import io.capshift.domain.signal.ScenarioResult;
import io.grpc.Context;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;

/**
 * The {@code capshift.v1.RotationService} gRPC service. The backtest streams the months done every
 * 120 simulated months and stops when the call is cancelled or past its deadline.
 */
public final class RotationGrpcService extends RotationServiceGrpc.RotationServiceImplBase {
  private static final int PROGRESS_EVERY = 120;

  private final GetRotationSignalUseCase signal;
  private final RunScenarioUseCase scenario;
  private final RunBacktestUseCase backtest;
  private final Clock clock;

  /**
   * A service over the rotation use cases.
   *
   * @param clock gives today, the date of a signal asked for without {@code as_of}
   */
  @Inject
  public RotationGrpcService(
      GetRotationSignalUseCase signal,
      RunScenarioUseCase scenario,
      RunBacktestUseCase backtest,
      Clock clock) {
    this.signal = signal;
    this.scenario = scenario;
    this.backtest = backtest;
    this.clock = clock;
  }

  @Override
  public void getRotationSignal(
      GetRotationSignalRequest r, StreamObserver<GetRotationSignalResponse> responses) {
    UnaryCall.answer(
        "GetRotationSignal",
        responses,
        () -> {
          List<FieldViolation> v = new ArrayList<>();
          // unset: today, as the command line's signal and report
          LocalDate asOf =
              ProtoDates.optionalDate(r.hasAsOf(), r.getAsOf(), "as_of", v)
                  .orElse(LocalDate.now(clock));
          Staleness limits =
              CommonProtoMapper.staleness(
                  r.hasMaxStaleness(), r.getMaxStaleness(), "max_staleness", v);
          var q =
              RequestChecks.query(
                  v,
                  () ->
                      new GetRotationSignalUseCase.Query(
                          asOf,
                          or(r.getSmallSeriesId(), RunEventStudyUseCase.DEFAULT_SMALL),
                          or(r.getLargeSeriesId(), RunEventStudyUseCase.DEFAULT_LARGE),
                          or(r.getSmallFund(), GetRotationSignalUseCase.Query.CHOSEN),
                          or(r.getLargeFund(), GetRotationSignalUseCase.Query.DEFAULT_LARGE_FUND),
                          Map.of(),
                          limits));
          return toProto(signal.getRotationSignal(q));
        });
  }

  @Override
  public void runScenario(RunScenarioRequest r, StreamObserver<RunScenarioResponse> responses) {
    UnaryCall.answer(
        "RunScenario",
        responses,
        () -> {
          var q =
              new RunScenarioUseCase.Query(
                  or(r.getName(), RunScenarioUseCase.THESIS),
                  // moves given are moves to use; set_rate_moves alone asks for none
                  r.getSetRateMoves() || r.getRateMovesBpsCount() > 0
                      ? Optional.of(List.copyOf(r.getRateMovesBpsList()))
                      : Optional.empty(),
                  opt(r.hasSmallGrowth(), r.getSmallGrowth()),
                  opt(r.hasLargeGrowth(), r.getLargeGrowth()),
                  opt(r.hasTargetSmallPe(), r.getTargetSmallPe()),
                  opt(r.hasTargetLargePe(), r.getTargetLargePe()),
                  opt(r.hasTargetRelative(), r.getTargetRelative()),
                  opt(r.hasHorizonYears(), r.getHorizonYears()),
                  opt(r.hasSmallDividendYield(), r.getSmallDividendYield()),
                  opt(r.hasLargeDividendYield(), r.getLargeDividendYield()),
                  r.getRateMovesAsExpected());
          return toProto(scenario.runScenario(q));
        });
  }

  @Override
  public void runBacktest(RunBacktestRequest r, StreamObserver<RunBacktestResponse> responses) {
    Context context = Context.current();
    try {
      List<FieldViolation> v = new ArrayList<>();
      var from = ProtoDates.optionalDate(r.hasFromDate(), r.getFromDate(), "from_date", v);
      BacktestConfig d = BacktestConfig.DEFAULT;
      double cost = r.hasCostBps() ? r.getCostBps() / 10_000 : d.costPerSwitch();
      double threshold = r.hasThreshold() ? r.getThreshold() : d.rule().threshold();
      Staleness limits =
          CommonProtoMapper.staleness(r.hasMaxStaleness(), r.getMaxStaleness(), "max_staleness", v);
      if (!(threshold >= 0 && threshold < 10)) {
        v.add(new FieldViolation("threshold", "must be in [0, 10) standard deviations"));
      }
      if (!(cost >= 0 && cost < 0.1)) {
        v.add(new FieldViolation("cost_bps", "must be in [0, 1000) basis points"));
      }
      var q =
          RequestChecks.query(
              v,
              () ->
                  new RunBacktestUseCase.Query(
                      or(r.getSmallSeriesId(), RunEventStudyUseCase.DEFAULT_SMALL),
                      or(r.getLargeSeriesId(), RunEventStudyUseCase.DEFAULT_LARGE),
                      or(r.getSmallFund(), GetRotationSignalUseCase.Query.DEFAULT_SMALL_FUND),
                      or(r.getLargeFund(), GetRotationSignalUseCase.Query.DEFAULT_LARGE_FUND),
                      Optional.empty(),
                      from,
                      v.isEmpty()
                          ? new BacktestConfig(
                              d.rule().withThreshold(threshold).withStaleness(limits), cost)
                          : d,
                      Map.of()));
      int[] months = {0};
      var report =
          backtest.runBacktest(
              q,
              () -> {
                // Checked before any progress is sent: a cancelled call refuses further messages.
                if (context.isCancelled()) {
                  return true;
                }
                if (++months[0] % PROGRESS_EVERY == 0) {
                  responses.onNext(
                      RunBacktestResponse.newBuilder().setMonthsDone(months[0]).build());
                }
                return false;
              });
      responses.onNext(RunBacktestResponse.newBuilder().setResult(toProto(report)).build());
      responses.onCompleted();
    } catch (CancellationException e) {
      responses.onError(GrpcStatusMapper.cancelled(context));
    } catch (RuntimeException e) {
      responses.onError(GrpcStatusMapper.toStatus(e, "RunBacktest"));
    }
  }

  static GetRotationSignalResponse toProto(RotationSignal s) {
    var b =
        GetRotationSignalResponse.newBuilder()
            .setScore(finite(s.score(), "score"))
            .setThreshold(decimal(s.threshold()))
            .setFund(s.fund())
            .setFundNote(s.fundNote())
            .setStance(
                switch (s.stance()) {
                  case OVERWEIGHT_SMALL -> Stance.STANCE_OVERWEIGHT_SMALL;
                  case NEUTRAL -> Stance.STANCE_NEUTRAL;
                  case UNDERWEIGHT_SMALL -> Stance.STANCE_UNDERWEIGHT_SMALL;
                });
    for (var c : s.components()) {
      var cb =
          SignalComponent.newBuilder()
              .setName(c.name())
              .setUnit(c.unit())
              .setWeight(decimal(c.weight()))
              .setContribution(finite(c.contribution(), "contribution"))
              .setSource(c.source())
              .setLeftOut(c.leftOut().orElse(""));
      c.lastObservation().ifPresent(d -> cb.setLastObservation(ProtoDates.toProto(d)));
      c.raw().ifPresent(x -> cb.setRaw(finite(x, "raw")));
      c.zScore().ifPresent(x -> cb.setZScore(finite(x, "z_score")));
      b.addComponents(cb);
    }
    return b.build();
  }

  static RunScenarioResponse toProto(ScenarioResult r) {
    return RunScenarioResponse.newBuilder()
        .setName(r.scenario().name())
        .setSources(r.scenario().sources())
        .setRateChangeBps(decimal(r.rateChangeBps()))
        .setSmall(toProto(r.small()))
        .setLarge(toProto(r.large()))
        .setDifference(finite(r.difference(), "difference"))
        .build();
  }

  private static ReturnParts toProto(io.capshift.domain.signal.ReturnParts p) {
    return ReturnParts.newBuilder()
        .setDividendYield(decimal(p.dividendYield()))
        .setEarningsGrowth(decimal(p.earningsGrowth()))
        .setRateEffect(finite(p.rateEffect(), "rate_effect"))
        .setMultipleChange(finite(p.multipleChange(), "multiple_change"))
        .setInteraction(finite(p.interaction(), "interaction"))
        .setTotal(finite(p.total(), "total"))
        .setTargetPe(decimal(p.targetPe()))
        .build();
  }

  static BacktestSummary toProto(RunBacktestUseCase.Report r) {
    var b =
        BacktestSummary.newBuilder()
            .addSources(r.smallSource())
            .addSources(r.largeSource())
            .addSources(r.riskFreeSource())
            .addSources(r.decisions());
    r.result().full().forEach(s -> b.addFullPeriod(toProto(s)));
    r.result()
        .byDecade()
        .forEach(
            (decade, stats) -> {
              var d = DecadeStats.newBuilder().setDecade(decade);
              stats.forEach(s -> d.addStrategies(toProto(s)));
              b.addDecades(d);
            });
    return b.build();
  }

  private static PerformanceStats toProto(io.capshift.domain.signal.PerformanceStats s) {
    var b =
        PerformanceStats.newBuilder()
            .setName(s.name())
            .setFromMonth(s.from().toString())
            .setToMonth(s.to().toString())
            .setMonths(s.months())
            .setCagr(finite(s.cagr(), "cagr"))
            .setVolatility(finite(s.volatility(), "volatility"))
            .setMaxDrawdown(finite(s.maxDrawdown(), "max_drawdown"))
            .setSwitchesPerYear(decimal(s.switchesPerYear()))
            .setTimeInSmall(decimal(s.timeInSmall()));
    s.sharpe().ifPresent(x -> b.setSharpe(finite(x, "sharpe")));
    s.hitRate().ifPresent(x -> b.setHitRate(decimal(x)));
    return b.build();
  }

  private static String or(String value, String otherwise) {
    return value.isBlank() ? otherwise : value.strip();
  }

  private static OptionalDouble opt(boolean set, double value) {
    return set ? OptionalDouble.of(value) : OptionalDouble.empty();
  }
}
