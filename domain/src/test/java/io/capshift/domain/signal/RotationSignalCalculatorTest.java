package io.capshift.domain.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.common.Result;
import io.capshift.domain.common.Staleness;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.PairedReturns;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.FedWatchCalculator;
import io.capshift.domain.rates.FedWatchResult;
import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.rates.FomcMeeting;
import io.capshift.domain.rates.FuturesStrip;
import io.capshift.domain.rates.TargetRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RotationSignalCalculatorTest {
  private static final double TOL = 1e-12;
  private static final LocalDate DAY = LocalDate.of(2026, 1, 2);
  private static final YearMonth JAN = YearMonth.of(2001, 1);
  private static final RotationSignalCalculator CALC = RotationSignalCalculator.DEFAULT;

  /**
   * z +1.2 (weight 2) and −0.6 (weight 1); a third without data (weight 1) is left out and the
   * weights renormalise over 3: (2 × 1.2 − 0.6) / 3 = 0.6 > 0.5 → overweight small.
   */
  @Test
  void combine_leftOutComponent_weightsRenormalised() {
    RotationSignal s =
        CALC.combine(
            DAY,
            List.of(
                input("MOMENTUM", OptionalDouble.of(1.2), 2),
                input("POLICY", OptionalDouble.of(-0.6), 1),
                input("FLOWS", OptionalDouble.empty(), 1)),
            0.5);

    assertThat(s.score()).isCloseTo(0.6, within(TOL));
    assertThat(s.stance()).isEqualTo(RotationSignal.Stance.OVERWEIGHT_SMALL);
    assertThat(s.components().get(0).contribution()).isCloseTo(0.8, within(TOL));
    assertThat(s.components().get(2).leftOut()).hasValue("no data");
    assertThat(s.components().get(2).contribution()).isZero();
  }

  @Test
  void combine_zeroWeight_leftOutAsSuch() {
    RotationSignal s =
        CALC.combine(
            DAY,
            List.of(
                input("MOMENTUM", OptionalDouble.of(1.0), 1),
                input("POLICY", OptionalDouble.of(-3.0), 0)),
            0.5);

    assertThat(s.score()).isEqualTo(1.0);
    assertThat(s.components().get(1).leftOut()).hasValue("weight 0");
  }

  @Test
  void combine_noComponent_neutralAtZero() {
    RotationSignal s =
        CALC.combine(DAY, List.of(input("MOMENTUM", OptionalDouble.empty(), 1)), 0.5);

    assertThat(s.score()).isZero();
    assertThat(s.stance()).isEqualTo(RotationSignal.Stance.NEUTRAL);
  }

  /** {1, 2, 3, 6}: mean 3, sample sd √(14/3) = 2.160247; z of 6 = 1.388730. */
  @Test
  void zScore_againstHistoryIncludingItself() {
    assertThat(RotationSignalCalculator.zScore(6, new double[] {1, 2, 3, 6}).getAsDouble())
        .isCloseTo(3 / Math.sqrt(14.0 / 3), within(TOL));
    assertThat(RotationSignalCalculator.zScore(1, new double[] {1})).isEmpty();
    assertThat(RotationSignalCalculator.zScore(1, new double[] {1, 1})).isEmpty();
  }

  /**
   * Small 10%, −5%, 2%, 3% and large 0, 1%, 0, 1% in Jan–Apr 2001. Two-month momentum: Feb 1.10 ×
   * 0.95 − 1.00 × 1.01 = 1.045 − 1.01 = 0.035; Mar 0.95 × 1.02 − 1.01 × 1.00 = 0.969 − 1.01 =
   * −0.041; Apr 1.02 × 1.03 − 1.00 × 1.01 = 1.0506 − 1.01 = 0.0406. January has no full window.
   */
  @Test
  void momentumHistory_twoMonthWindows_fromTheSecondMonth() {
    NavigableMap<YearMonth, Double> h = CALC.momentumHistory(returns(), 2);

    assertThat(h.keySet()).containsExactly(JAN.plusMonths(1), JAN.plusMonths(2), JAN.plusMonths(3));
    assertThat(h.get(JAN.plusMonths(1))).isCloseTo(0.035, within(TOL));
    assertThat(h.get(JAN.plusMonths(2))).isCloseTo(-0.041, within(TOL));
    assertThat(h.get(JAN.plusMonths(3))).isCloseTo(0.0406, within(TOL));
  }

  /**
   * One-month momentum 0.10, −0.06, 0.02, 0.02. At Feb: {0.10, −0.06}, mean 0.02, sd 0.113137, z of
   * −0.06 = −0.7071. At Mar with 3 needed: {0.10, −0.06, 0.02}, z of 0.02 = 0. At May the latest
   * value is April's.
   */
  @Test
  void standardise_latestValueAgainstItsHistory_lengthLimit() {
    NavigableMap<YearMonth, Double> h = CALC.momentumHistory(returns(), 1);

    var feb = CALC.standardise(h, JAN.plusMonths(1), 2);
    assertThat(feb.raw().getAsDouble()).isCloseTo(-0.06, within(TOL));
    assertThat(feb.zScore().getAsDouble()).isCloseTo(-Math.sqrt(0.5), within(1e-9));
    assertThat(CALC.standardise(h, JAN.plusMonths(1), 3).whyNot())
        .isEqualTo("2 values of history, fewer than 3");
    assertThat(CALC.standardise(h, JAN.plusMonths(2), 3).zScore().getAsDouble())
        .isCloseTo(0, within(1e-9));
    assertThat(CALC.standardise(h, JAN.plusMonths(4), 2).month()).hasValue(JAN.plusMonths(3));
    assertThat(CALC.standardise(h, JAN.minusMonths(1), 2).whyNot())
        .isEqualTo("0 values of history, fewer than 2");
  }

  /**
   * Returns Jan–Apr 2001. On 2001-04-29 April has not ended: the window ends in March. On
   * 2001-04-30 it ends in April. On 2001-06-14 the last month, April, ended 45 days before: still
   * within the monthly limit; on 2001-06-15, 46 days: left out as stale, with the date of its last
   * observation.
   */
  @Test
  void momentum_monthsEndedByTheDate_andStaleAfterTheMonthlyLimit() {
    SignalRule rule = new SignalRule(1, 2, 2, 0.5, Staleness.DEFAULT);

    assertThat(CALC.momentum(returns(), LocalDate.of(2001, 4, 29), rule, "src").source())
        .endsWith("through 2001-03");
    assertThat(CALC.momentum(returns(), LocalDate.of(2001, 4, 30), rule, "src").source())
        .endsWith("through 2001-04");
    SignalInput fresh = CALC.momentum(returns(), LocalDate.of(2001, 6, 14), rule, "src");
    assertThat(fresh.zScore()).isPresent();
    assertThat(fresh.lastObservation()).hasValue(LocalDate.of(2001, 4, 30));
    SignalInput stale = CALC.momentum(returns(), LocalDate.of(2001, 6, 15), rule, "src");
    assertThat(stale.zScore()).isEmpty();
    assertThat(stale.lastObservation()).hasValue(LocalDate.of(2001, 4, 30));
    assertThat(stale.leftOut())
        .isEqualTo(
            "stale: the return series end 2001-04; its last observation, 2001-04-30, is 46 days"
                + " before 2001-06-15, over the 45-day limit for monthly data");
    SignalRule lenient = rule.withStaleness(new Staleness(60, 10));
    assertThat(CALC.momentum(returns(), LocalDate.of(2001, 6, 15), lenient, "src").zScore())
        .isPresent();
  }

  /**
   * Policy 5.00% from Jan 2, 4.50% from Mar 10 (and 3.00% from Jun 1, after the month asked for).
   * Two-month falls through May: Mar 5.00 − 4.50 = 0.005, Apr 5.00 − 4.50 = 0.005, May 4.50 − 4.50
   * = 0; Jan and Feb have no level two months before.
   */
  @Test
  void easingHistory_carriedMonthEnds_nothingAfterThrough() {
    TimeSeries policy = series("p", "2001-01-02", 0.05, "2001-03-10", 0.045, "2001-06-01", 0.03);

    NavigableMap<YearMonth, Double> h = CALC.easingHistory(policy, JAN.plusMonths(4), 2);

    assertThat(h.keySet()).containsExactly(JAN.plusMonths(2), JAN.plusMonths(3), JAN.plusMonths(4));
    assertThat(h.get(JAN.plusMonths(2))).isCloseTo(0.005, within(TOL));
    assertThat(h.get(JAN.plusMonths(4))).isZero();
    // before the first month with a level two months back, and a window of 0 or fewer months
    assertThat(CALC.easingHistory(policy, JAN.plusMonths(1), 2)).isEmpty();
    assertThat(CALC.easingHistory(policy, JAN.plusMonths(1), 0).values()).containsExactly(0.0, 0.0);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CALC.easingHistory(policy, JAN, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The same history {0.005, 0.005, 0} at 2001-05-20, with a futures strip expecting a fall of
   * 0.01: z of 0.01 against {0.005, 0.005, 0, 0.01} (mean 0.005, sd √(0.00005/3) = 0.0040825) =
   * 1.224745. Without a strip: the realised 0 against {0.005, 0.005, 0}: (0 − 0.003333) / 0.0028868
   * = −1.154701.
   */
  @Test
  void policy_expectedFallAgainstTheRealisedOnes_elseTheRealised() {
    TimeSeries policy = series("p", "2001-01-02", 0.05, "2001-03-10", 0.045, "2001-06-01", 0.03);
    SignalRule rule = new SignalRule(12, 2, 3, 0.5, Staleness.DEFAULT);
    LocalDate asOf = LocalDate.of(2001, 5, 20);
    LocalDate knownTo = LocalDate.of(2001, 5, 18);

    SignalInput expected =
        CALC.policy(
            policy,
            knownTo,
            asOf,
            rule,
            Optional.of(new ExpectedFall(0.01, LocalDate.of(2001, 5, 19), "a strip")),
            "-",
            "src");
    SignalInput realised =
        CALC.policy(policy, knownTo, asOf, rule, Optional.empty(), "no strip stored", "src");

    assertThat(expected.raw().getAsDouble()).isEqualTo(0.01);
    assertThat(expected.unit()).endsWith("(expected)");
    assertThat(expected.zScore().getAsDouble()).isCloseTo(1.224745, within(1e-6));
    assertThat(realised.raw().getAsDouble()).isZero();
    assertThat(realised.unit()).endsWith("(realised)");
    assertThat(realised.zScore().getAsDouble()).isCloseTo(-1.154701, within(1e-6));
    assertThat(realised.source()).isEqualTo("realised (no strip stored): src");
    assertThat(expected.lastObservation()).hasValue(LocalDate.of(2001, 5, 19));
    assertThat(realised.lastObservation()).hasValue(knownTo);
  }

  /**
   * A policy rate known to 11 days before the date is over the daily limit of 10: left out, unless
   * the fall priced at the date is known, which is standardised against the realised falls up to
   * the last known month.
   */
  @Test
  void policy_knownToOlderThanTheDailyLimit_leftOutAsStale() {
    TimeSeries policy = series("p", "2001-01-02", 0.05, "2001-03-10", 0.045);
    SignalRule rule = new SignalRule(12, 2, 3, 0.5, Staleness.DEFAULT);

    SignalInput stale =
        CALC.policy(
            policy,
            LocalDate.of(2001, 5, 9),
            LocalDate.of(2001, 5, 20),
            rule,
            Optional.empty(),
            "no strip stored",
            "src");

    assertThat(stale.zScore()).isEmpty();
    assertThat(stale.leftOut())
        .startsWith(
            "stale: the policy rate is known to 2001-05-09 (no strip stored); its last"
                + " observation")
        .contains("11 days before 2001-05-20, over the 10-day limit for daily data");
    SignalInput priced =
        CALC.policy(
            policy,
            LocalDate.of(2001, 5, 9),
            LocalDate.of(2001, 5, 20),
            rule,
            Optional.of(new ExpectedFall(0.01, LocalDate.of(2001, 5, 18), "pages")),
            "-",
            "src");
    // z of 0.01 against {0.005, 0.005, 0, 0.01}: 1.224745, as with a fresh rate
    assertThat(priced.zScore().getAsDouble()).isCloseTo(1.224745, within(1e-6));
  }

  /**
   * A strip of 2026-01-02 at 3.75–4.00% (mid 3.875%) pricing the meetings of 2026-03-18 and
   * 2027-03-17: over 12 months only March 2026 is in, so the fall is 3.875% minus March's expected
   * rate. From the decision of 2026-03-18 the strip is older than a meeting it priced; before its
   * own date it is not read at all.
   */
  @Test
  void expectedFall_lastMeetingWithinTheMonths_andOnlyFromAFreshStrip() {
    Map<YearMonth, Double> prices = new LinkedHashMap<>();
    for (YearMonth m = YearMonth.of(2026, 1);
        !m.isAfter(YearMonth.of(2027, 4));
        m = m.plusMonths(1)) {
      prices.put(m, m.isBefore(YearMonth.of(2026, 4)) ? 96.125 : 96.375);
    }
    FedWatchResult strip =
        FedWatchCalculator.DEFAULT.calculate(
            FuturesStrip.of(DAY, prices),
            new FomcCalendar(List.of(meeting("2026-03-18"), meeting("2027-03-17"))),
            new TargetRange(LocalDate.of(2025, 12, 11), 0.0375, 0.04));

    Result<ExpectedFall> fall = CALC.expectedFall(strip, DAY, 12, "strip");

    assertThat(strip.meetings()).hasSize(2);
    assertThat(fall.toOptional().orElseThrow().fall())
        .isCloseTo(0.03875 - strip.meetings().get(0).expectedRate(), within(TOL))
        .isPositive();
    assertThat(fall.toOptional().orElseThrow().pricedOn()).isEqualTo(DAY);
    assertThat(CALC.expectedFall(strip, LocalDate.of(2026, 3, 17), 12, "strip").toOptional())
        .isPresent();
    assertThat(CALC.expectedFall(strip, LocalDate.of(2026, 3, 18), 12, "strip").failureReason())
        .hasValue(
            "stale strip: the strip of 2026-01-02 is older than the meeting of 2026-03-18,"
                + " decided by 2026-03-18");
    assertThat(CALC.expectedFall(strip, DAY.minusDays(1), 12, "strip").failureReason())
        .hasValue("the strip of 2026-01-02 is after 2026-01-01");
  }

  /**
   * Small P/E 10 for 19 days then 12, large 20 throughout: ratios 0.5 ×19 and 0.6. Turned: −0.5 ×19
   * and −0.6, mean −0.505, sd √((19 × 0.005² + 0.095²) / 19) = √0.0005 = 0.0223607, z = −0.095 /
   * 0.0223607 = −4.248529: dearer small caps count against them.
   */
  @Test
  void valuation_sameDayRatios_signTurned_andStalePairsLeftOut() {
    List<Observation> small = new ArrayList<>();
    List<Observation> large = new ArrayList<>();
    for (int d = 0; d < 20; d++) {
      small.add(new Observation(DAY.plusDays(d), d < 19 ? 10 : 12));
      large.add(new Observation(DAY.plusDays(d), 20));
    }
    TimeSeries s = TimeSeries.of("s", "x", small);
    TimeSeries l = TimeSeries.of("l", "x", large);

    SignalInput v =
        CALC.valuation(
            Optional.of(s),
            Optional.of(l),
            DAY.plusDays(19),
            SignalRule.LIVE,
            "IWM",
            "SPY",
            "facts");
    SignalInput stale =
        CALC.valuation(
            Optional.of(s),
            Optional.of(l),
            DAY.plusDays(30),
            SignalRule.LIVE,
            "IWM",
            "SPY",
            "facts");

    assertThat(v.raw().getAsDouble()).isCloseTo(0.6, within(TOL));
    assertThat(v.zScore().getAsDouble()).isCloseTo(-4.248529, within(1e-6));
    assertThat(v.source()).isEqualTo("facts, same-day pairs up to " + DAY.plusDays(19));
    // the last pair is of 2026-01-21, 11 days before 2026-02-01
    assertThat(stale.leftOut())
        .isEqualTo(
            "stale: the latest same-day P/E pair is of 2026-01-21; its last observation,"
                + " 2026-01-21, is 11 days before 2026-02-01, over the 10-day limit for daily"
                + " data");
    assertThat(stale.lastObservation()).hasValue(LocalDate.of(2026, 1, 21));
  }

  /**
   * Shares 100, 101, …, 120 on 21 business days (2026-01-02 … 01-30) at a price of 10, no NAV:
   * twenty flows of 10 USD, one rolling sum of 200, which has no dispersion yet; 11 days after the
   * last flow it is too old.
   */
  @Test
  void flows_latestRollingSum_andTooOldFlowsLeftOut() {
    List<Observation> shares = new ArrayList<>();
    List<Observation> px = new ArrayList<>();
    LocalDate d = DAY;
    for (int k = 0; k <= 20; k++) {
      shares.add(new Observation(d, 100 + k));
      px.add(new Observation(d, 10));
      d = d.getDayOfWeek() == java.time.DayOfWeek.FRIDAY ? d.plusDays(3) : d.plusDays(1);
    }
    LocalDate lastDay = shares.get(20).date();
    TimeSeries sh = TimeSeries.of("IWM-facts:shares_outstanding", "count", shares);
    Optional<TimeSeries> n = Optional.empty();
    Optional<TimeSeries> price = Optional.of(TimeSeries.of("IWM-facts:price", "USD", px));

    SignalInput f =
        CALC.flows(Optional.of(sh), n, price, lastDay, SignalRule.LIVE, "IWM", "IWM-facts:");
    SignalInput old =
        CALC.flows(
            Optional.of(sh), n, price, lastDay.plusDays(11), SignalRule.LIVE, "IWM", "IWM-facts:");

    assertThat(f.raw().getAsDouble()).isCloseTo(200, within(TOL));
    assertThat(f.zScore()).isEmpty();
    assertThat(f.leftOut()).isEqualTo("the rolling flow has no dispersion yet");
    assertThat(lastDay).isEqualTo(LocalDate.of(2026, 1, 30));
    assertThat(old.leftOut())
        .startsWith("stale: the latest flow of IWM is of 2026-01-30")
        .endsWith("11 days before 2026-02-10, over the 10-day limit for daily data");
  }

  private static FomcMeeting meeting(String decision) {
    LocalDate d = LocalDate.parse(decision);
    return new FomcMeeting(d.minusDays(1), d, true, false);
  }

  private static PairedReturns returns() {
    return PairedReturns.of(
        monthly("s", 0.10, -0.05, 0.02, 0.03), monthly("l", 0.0, 0.01, 0.0, 0.01));
  }

  private static TimeSeries monthly(String id, double... values) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      obs.add(new Observation(JAN.plusMonths(i).atDay(1), values[i]));
    }
    return TimeSeries.of(id, "decimal monthly return", obs);
  }

  private static TimeSeries series(String id, Object... dateValue) {
    TreeMap<LocalDate, Double> points = new TreeMap<>();
    for (int i = 0; i < dateValue.length; i += 2) {
      points.put(LocalDate.parse((String) dateValue[i]), ((Number) dateValue[i + 1]).doubleValue());
    }
    List<Observation> obs = new ArrayList<>();
    points.forEach((d, v) -> obs.add(new Observation(d, v)));
    return TimeSeries.of(id, "decimal", obs);
  }

  private static SignalInput input(String name, OptionalDouble z, double weight) {
    return new SignalInput(
        ComponentKind.valueOf(name), z, "unit", z, weight, "test", Optional.empty(), "no data");
  }
}
