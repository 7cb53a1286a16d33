package io.capshift.application.service;

import io.capshift.application.port.Profile;
import io.capshift.application.port.in.ChooseFundUseCase;
import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.fundamentals.JoinRules;
import io.capshift.domain.funds.FundChoice;
import io.capshift.domain.signal.RotationSignal;
import io.capshift.domain.signal.SignalRule;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The rotation signal at a date from what the store knew by then ({@link SignalAssembly}) under
 * {@link SignalRule#LIVE} with the query's staleness limits: relative momentum of the small and
 * large return series, the policy direction (as priced at the time where CME's published
 * probabilities or a futures strip of the time are stored, else realised), flows into the small-cap
 * fund and its P/E against the large-cap fund's. Weights are the query's. With no usable component
 * there is no call: FAILED_PRECONDITION naming why each was left out.
 */
public final class GetRotationSignalService implements GetRotationSignalUseCase {
  private final SignalAssembly assembly;
  private final ChooseFundUseCase choice;
  private final DatasetRepository repository;
  private final SeriesResolver series;
  private final Executor sideWork;

  @Inject
  public GetRotationSignalService(
      DatasetRepository repository,
      SeriesResolver series,
      GetRateExpectationsUseCase rates,
      ChooseFundUseCase choice,
      FundamentalsAt fundamentals,
      @SideWork Executor sideWork) {
    this.assembly =
        new SignalAssembly(
            repository, series, rates, new MarketExpectations(repository), fundamentals);
    this.choice = choice;
    this.repository = repository;
    this.series = series;
    this.sideWork = sideWork;
  }

  /**
   * A series or fund the caller named that the store has never held is an error, not a component
   * left out; the defaults may be missing (their component says so).
   */
  private void requireKnown(Query q) {
    for (String id : List.of(q.smallId(), q.largeId())) {
      if (!id.equals(RunEventStudyUseCase.DEFAULT_SMALL)
          && !id.equals(RunEventStudyUseCase.DEFAULT_LARGE)) {
        series.resolve(id); // NOT_FOUND naming what is stored
      }
    }
    for (String fund : List.of(q.smallFund(), q.largeFund())) {
      if (fund.isBlank()
          || fund.equals(Query.DEFAULT_SMALL_FUND)
          || fund.equals(Query.DEFAULT_LARGE_FUND)) {
        continue;
      }
      String facts = (fund + GetFundProfileService.FACTS).toLowerCase(Locale.US);
      boolean known =
          repository.find(fund, Optional.empty()).isPresent()
              || repository.list().stream()
                  .anyMatch(i -> i.targetId().toLowerCase(Locale.US).equals(facts));
      if (!known) {
        throw new NotFoundException(
            Reason.FUND_NOT_FOUND,
            "capshift.io/Fund",
            fund,
            "nothing is stored for fund '"
                + fund
                + "'; import its holdings file or the ETF overview snapshots");
      }
    }
  }

  @Override
  public RotationSignal getRotationSignal(Query q) {
    requireKnown(q);
    SignalRule rule = SignalRule.LIVE.withStaleness(q.staleness());
    // momentum and the policy direction read no fund: computed beside the fund choice
    CompletableFuture<SignalAssembly.Market> market =
        CompletableFuture.supplyAsync(() -> assembly.market(q.asOf(), spec(q), rule), sideWork);
    String fund = q.smallFund();
    String note = "named by the caller";
    if (fund.isBlank()) {
      long t = Profile.start();
      FundChoice choiceAt;
      try {
        choiceAt =
            choice
                .chooseFund(
                    new ChooseFundUseCase.Query(
                        Optional.of(q.asOf()), List.of(), List.of(), Map.of(), JoinRules.DEFAULT))
                .choice();
      } catch (NotFoundException e) {
        // its message may name the first later date: an answer at a date says nothing of later
        choiceAt =
            FundChoice.none(q.asOf(), "no fund has holdings or facts on or before " + q.asOf());
      }
      Profile.end("signal: the fund choice", t);
      FundChoice ranked = choiceAt;
      Optional<FundChoice.Ranked> best =
          ranked.ranked().stream().filter(r -> !r.largeCap()).findFirst();
      fund = best.map(FundChoice.Ranked::fundId).orElse(Query.DEFAULT_SMALL_FUND);
      note =
          best.map(
                  b ->
                      String.format(
                          Locale.US,
                          "ranked first of the small-cap funds by the fund choice at %s (score"
                              + " %.2f); the choice says: %s",
                          q.asOf(),
                          b.score(),
                          ranked.explanation()))
              .orElse(
                  "the default: the fund choice at "
                      + q.asOf()
                      + " ranked no small-cap fund ("
                      + ranked.explanation()
                      + ")");
    }
    Query resolved =
        new Query(
            q.asOf(), q.smallId(), q.largeId(), fund, q.largeFund(), q.weights(), q.staleness());
    long t = Profile.start();
    RotationSignal signal =
        assembly.at(q.asOf(), spec(resolved), rule, Futures.joined(market)).withFund(fund, note);
    Profile.end("signal: the components", t);
    if (signal.components().stream().allMatch(c -> c.leftOut().isPresent())) {
      throw new FailedPreconditionException(
          Reason.NO_USABLE_COMPONENT,
          "no component of the signal is usable at "
              + q.asOf()
              + ": "
              + signal.components().stream()
                  .map(c -> c.name() + ": " + c.leftOut().orElseThrow())
                  .collect(Collectors.joining("; ")));
    }
    return signal;
  }

  static SignalAssembly.Spec spec(Query q) {
    return new SignalAssembly.Spec(
        q.smallId(), q.largeId(), q.smallFund(), q.largeFund(), q.weights(), Query.DEFAULT_WEIGHT);
  }
}
