package io.capshift.domain.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.common.Staleness;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.PairedReturns;
import io.capshift.domain.history.TimeSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RotationBacktestTest {
  private static final double TOL = 1e-12;

  /** One-month momentum standardised from 2 values. */
  private static final SignalRule ONE_MONTH = new SignalRule(1, 6, 2, 0.5, Staleness.DEFAULT);

  private static final RotationSignalCalculator CALC = RotationSignalCalculator.DEFAULT;

  /**
   * Small 10%, −5%, 2%, 3% and large 0, 1%, 0, 1% in Jan–Apr 2001. Relative 1-month returns 0.10,
   * −0.06, 0.02. End of Jan: one value, no z → blend for Feb. End of Feb: {0.10, −0.06}, mean 0.02,
   * sd 0.113137, z = −0.7071 < −0.5 → large for Mar. End of Mar: z = 0 → blend for Apr. Rotation:
   * Feb 0.5(−0.05) + 0.5(0.01) = −0.02; Mar 0.00; Apr 0.5(0.03) + 0.5(0.01) = 0.02. Two switches in
   * three months = 8 a year; a third of the time in small; the one month away from the blend (Mar:
   * 0.00 against the blend's 0.01) is not a hit.
   */
  @Test
  void run_handMadeMonths_positionsReturnsAndStats() {
    PairedReturns both =
        PairedReturns.of(monthly("s", 0.10, -0.05, 0.02, 0.03), monthly("l", 0.0, 0.01, 0.0, 0.01));
    BacktestResult r =
        RotationBacktest.DEFAULT.run(
            both, Map.of(), momentumOnly(both, ONE_MONTH), 0, Optional.empty(), () -> false);

    assertThat(r.positions()).extracting(Position::smallWeight).containsExactly(0.5, 0.0, 0.5);
    assertThat(r.positions().get(1).score()).isCloseTo(-Math.sqrt(0.5), within(1e-9));
    assertThat(r.growth().get(2)).isCloseTo(0.98 * 1.0 * 1.02, within(TOL));
    PerformanceStats rotation = r.full().get(0);
    assertThat(rotation.switchesPerYear()).isCloseTo(8, within(TOL));
    assertThat(rotation.timeInSmall()).isCloseTo(1.0 / 3, within(TOL));
    assertThat(rotation.hitRate().getAsDouble()).isZero();
    assertThat(rotation.sharpe()).isEmpty();
    assertThat(r.full())
        .extracting(PerformanceStats::name)
        .containsExactly(
            "rotation",
            "small (buy and hold)",
            "large (buy and hold)",
            "50/50 (rebalanced monthly)");
    // small held Feb–Apr: 0.95 × 1.02 × 1.03 − 1 over 3 months, annualised
    assertThat(r.full().get(1).cagr()).isCloseTo(Math.pow(0.95 * 1.02 * 1.03, 4) - 1, within(TOL));
  }

  /** The same with 10 bp a full switch: half a switch in March and in April, 5 bp each. */
  @Test
  void run_costs_chargedOnEachChangeOfWeight() {
    PairedReturns both =
        PairedReturns.of(monthly("s", 0.10, -0.05, 0.02, 0.03), monthly("l", 0.0, 0.01, 0.0, 0.01));
    BacktestResult r =
        RotationBacktest.DEFAULT.run(
            both, Map.of(), momentumOnly(both, ONE_MONTH), 0.001, Optional.empty(), () -> false);

    assertThat(r.growth().get(2)).isCloseTo(0.98 * (1 - 0.0005) * (1 + 0.02 - 0.0005), within(TOL));
  }

  /**
   * No look-ahead: rewrite every return and rate after month 120 at random; the positions of months
   * 1–121 (decided at the ends of months 0–120) must not move.
   */
  @Test
  void run_futureDataChanged_pastPositionsUnchanged() {
    Random random = new Random(7);
    double[] s = new double[240];
    double[] l = new double[240];
    double[] rate = new double[240];
    for (int i = 0; i < 240; i++) {
      s[i] = random.nextGaussian() * 0.06;
      l[i] = random.nextGaussian() * 0.04;
      rate[i] = 0.03 + 0.02 * Math.sin(i / 9.0);
    }
    BacktestResult before = runOn(s, l, rate);
    for (int i = 121; i < 240; i++) {
      s[i] = random.nextGaussian() * 0.2;
      l[i] = -s[i];
      rate[i] = random.nextDouble() * 0.1;
    }
    BacktestResult after = runOn(s, l, rate);

    assertThat(after.positions().subList(0, 120)).isEqualTo(before.positions().subList(0, 120));
    assertThat(after.positions().subList(120, 239))
        .isNotEqualTo(before.positions().subList(120, 239));
    assertThat(before.positions()).anyMatch(p -> p.components() == 2);
  }

  /**
   * Each month is decided at the last day of the month before, and nothing before the first month
   * held is decided at all.
   */
  @Test
  void run_decidesAtEachMonthEndBeforeAHeldMonth() {
    PairedReturns both = PairedReturns.of(monthly("s", new double[6]), monthly("l", new double[6]));
    List<LocalDate> asked = new ArrayList<>();

    BacktestResult r =
        RotationBacktest.DEFAULT.run(
            both,
            Map.of(),
            d -> {
              asked.add(d);
              return CALC.combine(d, List.of(), 0.5);
            },
            0,
            Optional.of(YearMonth.of(2001, 4)),
            () -> false);

    assertThat(asked)
        .containsExactly(
            LocalDate.of(2001, 3, 31), LocalDate.of(2001, 4, 30), LocalDate.of(2001, 5, 31));
    assertThat(r.positions())
        .extracting(Position::month)
        .containsExactly(YearMonth.of(2001, 4), YearMonth.of(2001, 5), YearMonth.of(2001, 6));
    // no component: the blend
    assertThat(r.positions()).extracting(Position::smallWeight).containsOnly(0.5);
  }

  @Test
  void run_cancelled_stopsWithCancellation() {
    AtomicInteger polls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                RotationBacktest.DEFAULT.run(
                    PairedReturns.of(monthly("s", new double[100]), monthly("l", new double[100])),
                    Map.of(),
                    d -> CALC.combine(d, List.of(), 0.5),
                    0,
                    Optional.empty(),
                    () -> polls.incrementAndGet() > 10))
        .isInstanceOf(CancellationException.class);
    assertThat(polls.get()).isEqualTo(11);
  }

  /** Momentum and the realised policy direction under the live rule, from the full series. */
  private static BacktestResult runOn(double[] s, double[] l, double[] rate) {
    PairedReturns both = PairedReturns.of(monthly("s", s), monthly("l", l));
    TimeSeries policy = monthly("r", rate);
    SignalRule rule = SignalRule.LIVE;
    return RotationBacktest.DEFAULT.run(
        both,
        Map.of(),
        d ->
            CALC.combine(
                d,
                List.of(
                    CALC.momentum(both, d, rule, "-"),
                    // the test's policy rate is known through every month end
                    CALC.policy(policy, d, d, rule, Optional.empty(), "no strip", "-")),
                rule.threshold()),
        0.001,
        Optional.empty(),
        () -> false);
  }

  private static Function<LocalDate, RotationSignal> momentumOnly(
      PairedReturns both, SignalRule rule) {
    return d -> CALC.combine(d, List.of(CALC.momentum(both, d, rule, "-")), rule.threshold());
  }

  private static TimeSeries monthly(String id, double... values) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      obs.add(new Observation(LocalDate.of(2001, 1, 1).plusMonths(i), values[i]));
    }
    return TimeSeries.of(id, "decimal monthly return", obs);
  }
}
