package io.capshift.application.service;

import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.capshift.application.port.in.RateExpectations;
import io.capshift.application.port.in.RunScenarioUseCase;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.rates.FedWatchMeeting;
import io.capshift.domain.signal.Scenario;
import io.capshift.domain.signal.ScenarioCalculator;
import io.capshift.domain.signal.ScenarioResult;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scenarios from the built-in 2026 small-cap thesis. The thesis states: S&amp;P 500 forward P/E
 * 23.1; earnings growth 21.2% for small caps against 12% for large; two 25 bp cuts in 2026, in
 * April and September; IWM's P/E 18.3 against 28.7 for the S&amp;P 500. Small caps' rate
 * sensitivity is the market's rule of thumb (25 bp ≈ 2% of Russell 2000 earnings); none is modelled
 * for large caps, for which no debt/earnings figure is given. The thesis gives no dividend yields:
 * 0 unless set. Multiples stay where they are unless a target is set.
 */
public final class RunScenarioService implements RunScenarioUseCase {
  static final Scenario THESIS_2026 =
      new Scenario(
          THESIS,
          1,
          List.of(-25.0, -25.0),
          new Scenario.Side(
              "small caps (Russell 2000, IWM)",
              18.3,
              OptionalDouble.empty(),
              0.212,
              0,
              OptionalDouble.of(0.02),
              "rule of thumb: 25 bp ≈ 2% of Russell 2000 earnings"),
          new Scenario.Side(
              "large caps (S&P 500)",
              28.7,
              OptionalDouble.empty(),
              0.12,
              0,
              OptionalDouble.empty(),
              "not modelled: no debt/earnings figure for large caps"),
          OptionalDouble.empty(),
          "the 2026 small-cap thesis: S&P 500 forward P/E 23.1; earnings growth 21.2% small vs 12%"
              + " large; two 25 bp cuts in 2026 (April, September); IWM P/E 18.3 vs 28.7 for the"
              + " S&P 500");

  private final GetRateExpectationsUseCase rates;

  @Inject
  public RunScenarioService(GetRateExpectationsUseCase rates) {
    this.rates = rates;
  }

  @Override
  public ScenarioResult runScenario(Query q) {
    Scenario base = THESIS_2026;
    try {
      Scenario.Side small =
          side(base.small(), q.smallGrowth(), q.targetSmallPe(), q.smallDividendYield());
      Scenario.Side large =
          side(base.large(), q.largeGrowth(), q.targetLargePe(), q.largeDividendYield());
      double horizon = q.horizonYears().orElse(base.horizonYears());
      String sources = base.sources();
      List<Double> moves = q.rateMovesBps().orElse(base.rateMovesBps());
      if (q.asExpected()) {
        Expected e = expected(horizon);
        moves = List.of(e.bps());
        sources += "; rate moves as expected by " + e.source();
      }
      Scenario s =
          new Scenario(
              base.name() + (changed(q) ? " (changed)" : ""),
              horizon,
              moves,
              small,
              large,
              q.targetRelative().isPresent() ? q.targetRelative() : base.targetRelative(),
              sources);
      return ScenarioCalculator.DEFAULT.run(s);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("name", e.getMessage());
    }
  }

  private record Expected(double bps, String source) {}

  /** The change the latest strip prices to the last meeting within the horizon, bp. */
  private Expected expected(double horizonYears) {
    RateExpectations r =
        rates.getRateExpectations(
            new GetRateExpectationsQuery(
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                FedWatchConvention.CME_ADJACENT_ANCHOR));
    FedWatchMeeting last =
        r.result()
            .lastMeetingBy(r.result().asOf().plusDays(Math.round(horizonYears * 365.25)))
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "as_expected",
                        "the strip "
                            + r.stripDatasetId()
                            + " covers no meeting within the horizon"));
    double bps = (last.expectedRate() - r.result().currentMid()) * 10_000;
    return new Expected(
        bps,
        String.format(
            java.util.Locale.US,
            "%s (%.3f%% at the %s meeting" + " against the %.3f%% mid of today's range)",
            r.stripDatasetId(),
            last.expectedRate() * 100,
            last.meeting().decisionDate(),
            r.result().currentMid() * 100));
  }

  private static Scenario.Side side(
      Scenario.Side s, OptionalDouble growth, OptionalDouble target, OptionalDouble dividendYield) {
    return new Scenario.Side(
        s.label(),
        s.pe(),
        target.isPresent() ? target : s.targetPe(),
        growth.orElse(s.earningsGrowth()),
        dividendYield.orElse(s.dividendYield()),
        s.earningsPer25bpCut(),
        s.rateSource());
  }

  /**
   * Whether {@code q} differs from {@code Query.of(q.name())}, read field by field: a record's
   * equals is linked through method handles at its first call, ~15 ms in a fresh process.
   */
  private static boolean changed(Query q) {
    return q.rateMovesBps().isPresent()
        || q.asExpected()
        || java.util.stream.Stream.of(
                q.smallGrowth(),
                q.largeGrowth(),
                q.targetSmallPe(),
                q.targetLargePe(),
                q.targetRelative(),
                q.horizonYears(),
                q.smallDividendYield(),
                q.largeDividendYield())
            .anyMatch(OptionalDouble::isPresent);
  }
}
