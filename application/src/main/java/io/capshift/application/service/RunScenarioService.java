package io.capshift.application.service;

import io.capshift.application.port.in.RunScenarioUseCase;
import io.capshift.domain.error.InvalidInputException;
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
 * sensitivity is the market's rule of thumb (25 bp ≈ 2% of Russell 2000 earnings); none is
 * modelled for large caps, for which no debt/earnings figure is given. The thesis gives no
 * dividend yields: 0 unless set. Multiples stay where they are unless a target is set.
 */
public final class RunScenarioService implements RunScenarioUseCase {
  static final Scenario THESIS_2026 = new Scenario(THESIS, 1, List.of(-25.0, -25.0),
      new Scenario.Side("small caps (Russell 2000, IWM)", 18.3, OptionalDouble.empty(), 0.212, 0,
          OptionalDouble.of(0.02), "rule of thumb: 25 bp ≈ 2% of Russell 2000 earnings"),
      new Scenario.Side("large caps (S&P 500)", 28.7, OptionalDouble.empty(), 0.12, 0,
          OptionalDouble.empty(), "not modelled: no debt/earnings figure for large caps"),
      OptionalDouble.empty(),
      "the 2026 small-cap thesis: S&P 500 forward P/E 23.1; earnings growth 21.2% small vs 12%"
          + " large; two 25 bp cuts in 2026 (April, September); IWM P/E 18.3 vs 28.7 for the"
          + " S&P 500");

  @Inject
  public RunScenarioService() {}

  @Override
  public ScenarioResult runScenario(Query q) {
    Scenario base = THESIS_2026;
    try {
      Scenario.Side small = side(base.small(), q.smallGrowth(), q.targetSmallPe(),
          q.smallDividendYield());
      Scenario.Side large = side(base.large(), q.largeGrowth(), q.targetLargePe(),
          q.largeDividendYield());
      Scenario s = new Scenario(base.name() + (changed(q) ? " (changed)" : ""),
          q.horizonYears().orElse(base.horizonYears()),
          q.rateMovesBps().orElse(base.rateMovesBps()), small, large,
          q.targetRelative().isPresent() ? q.targetRelative() : base.targetRelative(),
          base.sources());
      return ScenarioCalculator.DEFAULT.run(s);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("scenario", e.getMessage());
    }
  }

  private static Scenario.Side side(Scenario.Side s, OptionalDouble growth,
      OptionalDouble target, OptionalDouble dividendYield) {
    return new Scenario.Side(s.label(), s.pe(), target.isPresent() ? target : s.targetPe(),
        growth.orElse(s.earningsGrowth()), dividendYield.orElse(s.dividendYield()),
        s.earningsPer25bpCut(), s.rateSource());
  }

  private static boolean changed(Query q) {
    return !q.equals(Query.of(q.name()));
  }
}
