package io.capshift.domain.signal;

import io.capshift.domain.common.Result;
import io.capshift.domain.common.Staleness;
import io.capshift.domain.flows.FlowAnalysis;
import io.capshift.domain.flows.FlowAnalyzer;
import io.capshift.domain.flows.FlowCalculator;
import io.capshift.domain.flows.RollingFlow;
import io.capshift.domain.history.MonthlyValues;
import io.capshift.domain.history.Months;
import io.capshift.domain.history.PairedReturns;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.FedWatchMeeting;
import io.capshift.domain.rates.FedWatchResult;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The rotation rule (docs/methods.md, "Rotation signal"): the one code behind the live signal and,
 * month by month, its backtest. Each component is a raw measure standardised against its own values
 * up to the date, {@code z = (x − mean) / sample sd} over the history with {@code x} in it, signed
 * so that a positive z favours small caps. The score is the weighted mean of the z-scores of the
 * components that have one, the weights renormalised over them, in standard deviations; the call is
 * overweight small caps above the threshold, underweight below its negative, neutral between.
 * Stateless; use {@link #DEFAULT}.
 */
public final class RotationSignalCalculator {
  /** The shared instance. */
  public static final RotationSignalCalculator DEFAULT = new RotationSignalCalculator();

  /** Same-day P/E pairs the relative valuation needs before it is standardised. */
  public static final int VALUATION_MIN_HISTORY = 20;

  private static final String NO_DISPERSION = "no dispersion in its history";

  private RotationSignalCalculator() {}

  /**
   * A component's value at a decision month and its z-score.
   *
   * @param month the month the value belongs to; empty with no value
   * @param raw the value, in the component's unit
   * @param zScore its z against its history up to that month, if there is enough history
   * @param whyNot why there is no z-score, when there is none
   */
  public record Standardised(
      Optional<YearMonth> month, OptionalDouble raw, OptionalDouble zScore, String whyNot) {}

  /**
   * Relative momentum for every month with a full window: small minus large cumulative return over
   * the {@code months} months ending with it, decimal. Each value uses only returns up to its
   * month.
   */
  public NavigableMap<YearMonth, Double> momentumHistory(PairedReturns returns, int months) {
    return returns.relativeReturns(months);
  }

  /**
   * The policy direction for every month up to {@code through}: the month-end policy rate {@code
   * months} months before minus the month's, decimal (0.01 = a fall of one point), from levels
   * carried through months without a change ({@link Months#monthEnds}).
   *
   * @param policyRate policy-rate observations, decimal, daily or at its changes
   */
  public NavigableMap<YearMonth, Double> easingHistory(
      TimeSeries policyRate, YearMonth through, int months) {
    return easing(policyRate, through, months).asMap();
  }

  /** {@link #easingHistory} in arrays: the policy component reads it at every backtest month. */
  private static MonthlyValues easing(TimeSeries policyRate, YearMonth through, int months) {
    if (months < 0) {
      throw new IllegalArgumentException("months must be 0 or more: " + months);
    }
    if (policyRate.size() == 0) {
      return MonthlyValues.EMPTY;
    }
    // the level at the end of each month from the first observed to the last wanted, carried
    // through months without an observation (Months.monthEnds)
    YearMonth first = Months.of(policyRate.date(0));
    long count = first.until(through, java.time.temporal.ChronoUnit.MONTHS) + 1;
    if (count <= months) {
      return MonthlyValues.EMPTY;
    }
    double[] level = new double[(int) count];
    YearMonth m = first;
    for (int k = 0; k < level.length; k++, m = m.plusMonths(1)) {
      level[k] = policyRate.value(policyRate.indexAtMonthEnd(m));
    }
    double[] falls = new double[level.length - months];
    for (int k = months; k < level.length; k++) {
      falls[k - months] = level[k - months] - level[k];
    }
    return MonthlyValues.consecutive(first.plusMonths(months), falls);
  }

  /**
   * The latest value of {@code history} on or before {@code through}, with its z-score against
   * every value up to its month.
   *
   * @param minHistory values needed, the latest included, before a z-score is given
   */
  public Standardised standardise(
      NavigableMap<YearMonth, Double> history, YearMonth through, int minHistory) {
    return standardise(MonthlyValues.of(history), through, minHistory);
  }

  /** {@link #standardise(NavigableMap, YearMonth, int)} of a history held in arrays. */
  public Standardised standardise(MonthlyValues history, YearMonth through, int minHistory) {
    int count = history.countThrough(through);
    if (count == 0) {
      return new Standardised(
          Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(), fewer(0, minHistory));
    }
    double latest = history.value(count - 1);
    return new Standardised(
        Optional.of(history.month(count - 1)),
        OptionalDouble.of(latest),
        count < minHistory ? OptionalDouble.empty() : zScore(latest, history.values(count)),
        count < minHistory ? fewer(count, minHistory) : NO_DISPERSION);
  }

  /**
   * Relative momentum at {@code asOf}, over the months ended by then ({@link Months#lastEndedBy});
   * left out when the last month is older than the rule's monthly staleness limit.
   *
   * @param source where the two return series come from, for people
   */
  public SignalInput momentum(
      PairedReturns returns, LocalDate asOf, SignalRule rule, String source) {
    YearMonth through = Months.lastEndedBy(asOf);
    return momentum(
        momentumHistory(returns.through(through), rule.momentumMonths()), asOf, rule, source);
  }

  /**
   * {@link #momentum(PairedReturns, LocalDate, SignalRule, String)} from a history of relative
   * returns ({@link #momentumHistory}); months after those ended by {@code asOf} are not read, so a
   * history of the whole series serves every date (a month's value uses only months up to it).
   */
  public SignalInput momentum(
      NavigableMap<YearMonth, Double> history, LocalDate asOf, SignalRule rule, String source) {
    return momentum(MonthlyValues.of(history), asOf, rule, source);
  }

  /**
   * {@link #momentum(NavigableMap, LocalDate, SignalRule, String)} from a history held in arrays,
   * which a backtest builds once and reads at every month.
   */
  public SignalInput momentum(
      MonthlyValues history, LocalDate asOf, SignalRule rule, String source) {
    YearMonth through = Months.lastEndedBy(asOf);
    Standardised s = standardise(history, through, rule.minHistory());
    String unit = unit(ComponentKind.MOMENTUM, rule);
    if (s.month().isEmpty()) {
      return leftOut(
          ComponentKind.MOMENTUM,
          rule,
          "",
          "",
          "no " + rule.momentumMonths() + "-month window of both return series ended by " + asOf);
    }
    LocalDate last = s.month().get().atEndOfMonth();
    Optional<String> stale = rule.staleness().tooOld(Staleness.Frequency.MONTHLY, last, asOf);
    if (stale.isPresent()) {
      return stale(
          ComponentKind.MOMENTUM,
          unit,
          source,
          last,
          "stale: the return series end " + s.month().get() + "; " + stale.get());
    }
    return new SignalInput(
        ComponentKind.MOMENTUM,
        s.raw(),
        unit,
        s.zScore(),
        1,
        source + "; through " + s.month().get(),
        Optional.of(last),
        s.whyNot());
  }

  /**
   * The policy direction at {@code asOf}: the fall the market priced at the time where {@code
   * expected} is given, standardised against the realised falls (which need not reach the date);
   * else the realised fall, left out when the policy rate is known only to a date older than the
   * rule's daily staleness limit.
   *
   * @param policyRate policy-rate observations, decimal; only those on or before {@code asOf} are
   *     read
   * @param knownTo the last day the policy rate is known for, on or after its last observation (a
   *     list of target-range changes is known to its own date)
   * @param expected the fall priced at the time, if a strip or a published history has it
   * @param realisedOnly why there is no expected fall, said in the source when there is none
   * @param source where the policy rate comes from, for people
   */
  public SignalInput policy(
      TimeSeries policyRate,
      LocalDate knownTo,
      LocalDate asOf,
      SignalRule rule,
      Optional<ExpectedFall> expected,
      String realisedOnly,
      String source) {
    String unit = unit(ComponentKind.POLICY, rule);
    TimeSeries known = policyRate.upTo(asOf);
    if (known.size() == 0) {
      return leftOut(ComponentKind.POLICY, rule, "", "", "no policy rate on or before " + asOf);
    }
    LocalDate last = knownTo.isAfter(asOf) ? asOf : knownTo;
    // the realised falls up to the last day the rate is known, not carried past it
    MonthlyValues history = easing(known, Months.of(last), rule.policyMonths());
    if (expected.isPresent() && history.size() >= rule.minHistory()) {
      // what was priced at the date, against the falls the policy rate has shown: the history
      // need not reach the date
      ExpectedFall e = expected.get();
      double[] with = Arrays.copyOf(history.values(history.size()), history.size() + 1);
      with[with.length - 1] = e.fall();
      return new SignalInput(
          ComponentKind.POLICY,
          OptionalDouble.of(e.fall()),
          unit + " (expected)",
          zScore(e.fall(), with),
          1,
          "expected: "
              + e.source()
              + ", priced on "
              + e.pricedOn()
              + "; against the realised "
              + rule.policyMonths()
              + "-month falls of "
              + source,
          Optional.of(e.pricedOn()),
          NO_DISPERSION);
    }
    Optional<String> stale = rule.staleness().tooOld(Staleness.Frequency.DAILY, last, asOf);
    if (stale.isPresent()) {
      return stale(
          ComponentKind.POLICY,
          unit,
          source,
          last,
          "stale: the policy rate is known to " + last + " (" + realisedOnly + "); " + stale.get());
    }
    Standardised s = standardise(history, Months.of(last), rule.minHistory());
    return new SignalInput(
        ComponentKind.POLICY,
        s.raw(),
        unit + " (realised)",
        s.zScore(),
        1,
        "realised (" + realisedOnly + "): " + source,
        Optional.of(last),
        s.whyNot());
  }

  /**
   * The fall of the policy rate a strip prices at {@code asOf} over {@code months}: the strip's
   * current mid rate minus the expected rate after the last meeting within them, decimal. A strip
   * dated after {@code asOf} is never read; one older than a meeting it priced that has been
   * decided by {@code asOf} says nothing about the path from then on.
   *
   * @param source names the strip, for people
   */
  public Result<ExpectedFall> expectedFall(
      FedWatchResult strip, LocalDate asOf, int months, String source) {
    if (strip.asOf().isAfter(asOf)) {
      return Result.failure("the strip of " + strip.asOf() + " is after " + asOf);
    }
    Optional<FedWatchMeeting> decided = strip.firstDecidedBy(asOf);
    if (decided.isPresent()) {
      return Result.failure(
          "stale strip: the strip of "
              + strip.asOf()
              + " is older than the meeting of "
              + decided.get().meeting().decisionDate()
              + ", decided by "
              + asOf);
    }
    return strip
        .lastMeetingBy(strip.asOf().plusMonths(months))
        .<Result<ExpectedFall>>map(
            m ->
                Result.success(
                    new ExpectedFall(
                        strip.currentMid() - m.expectedRate(),
                        strip.asOf(),
                        source
                            + " (FedWatch method), to the meeting of "
                            + m.meeting().decisionDate())))
        .orElseGet(
            () ->
                Result.failure(
                    "the strip of "
                        + strip.asOf()
                        + " prices no meeting within "
                        + months
                        + " months"));
  }

  /**
   * Flow momentum into {@code fund}: the latest 20-flow rolling sum of its flows from shares
   * outstanding, z against the rolling sums before it; left out when there are fewer than 20 flows
   * or the latest is older than the rule's daily staleness limit.
   *
   * @param shares the fund's shares outstanding, only those on or before {@code asOf}, if stored
   * @param nav its NAV, USD a share, if stored
   * @param price its price, USD a share, where there is no NAV
   * @param seriesPrefix the prefix of the fund's fact series, for people, e.g. {@code IWM-facts:}
   */
  public SignalInput flows(
      Optional<TimeSeries> shares,
      Optional<TimeSeries> nav,
      Optional<TimeSeries> price,
      LocalDate asOf,
      SignalRule rule,
      String fund,
      String seriesPrefix) {
    String unit = ComponentKind.FLOWS.unit(rule, fund, "");
    if (shares.isEmpty()) {
      return leftOut(
          ComponentKind.FLOWS,
          rule,
          fund,
          "",
          "no " + seriesPrefix + "shares_outstanding on or before " + asOf);
    }
    var flows = FlowCalculator.DEFAULT.fromShares(shares.get(), nav, price);
    FlowAnalysis a =
        FlowAnalyzer.DEFAULT.analyze(
            flows.flows(), Optional.empty(), FlowAnalyzer.DEFAULT_WINDOW, FlowAnalyzer.DEFAULT_K);
    if (a.rolling().isEmpty()) {
      return leftOut(
          ComponentKind.FLOWS,
          rule,
          fund,
          "",
          "fewer than " + FlowAnalyzer.DEFAULT_WINDOW + " flows by " + asOf);
    }
    RollingFlow last = a.rolling().get(a.rolling().size() - 1);
    Optional<String> stale = rule.staleness().tooOld(Staleness.Frequency.DAILY, last.date(), asOf);
    if (stale.isPresent()) {
      return stale(
          ComponentKind.FLOWS,
          unit,
          "change in " + seriesPrefix + "shares_outstanding × nav",
          last.date(),
          "stale: the latest flow of " + fund + " is of " + last.date() + "; " + stale.get());
    }
    return new SignalInput(
        ComponentKind.FLOWS,
        OptionalDouble.of(last.sumUsd()),
        unit,
        last.zScore(),
        1,
        "change in "
            + seriesPrefix
            + "shares_outstanding × nav up to "
            + last.date()
            + ", z against the rolling sums before it",
        Optional.of(last.date()),
        "the rolling flow has no dispersion yet");
  }

  /**
   * Relative valuation: the small fund's P/E over the large fund's on the latest day both are
   * given, z against every earlier same-day ratio with its sign turned (cheaper small caps favour
   * small); left out when the latest pair is older than the rule's daily staleness limit.
   *
   * @param smallPe the small-cap fund's P/E, multiple (x), only values on or before {@code asOf},
   *     if stored
   * @param largePe the large-cap fund's, likewise
   * @param source where the two P/Es come from, for people
   */
  public SignalInput valuation(
      Optional<TimeSeries> smallPe,
      Optional<TimeSeries> largePe,
      LocalDate asOf,
      SignalRule rule,
      String smallFund,
      String largeFund,
      String source) {
    String unit = ComponentKind.VALUATION.unit(rule, smallFund, largeFund);
    if (smallPe.isEmpty() || largePe.isEmpty()) {
      return leftOut(
          ComponentKind.VALUATION,
          rule,
          smallFund,
          largeFund,
          "no fund P/E of " + smallFund + " and " + largeFund + " on or before " + asOf);
    }
    Map<LocalDate, Double> large = new TreeMap<>();
    largePe.get().observations().forEach(o -> large.put(o.date(), o.value()));
    List<Double> ratios = new ArrayList<>();
    LocalDate lastDate = null;
    for (var o : smallPe.get().observations()) {
      Double v = large.get(o.date());
      if (v != null && v > 0) {
        ratios.add(o.value() / v);
        lastDate = o.date();
      }
    }
    if (lastDate == null) {
      return leftOut(
          ComponentKind.VALUATION,
          rule,
          smallFund,
          largeFund,
          "no P/E of " + smallFund + " and " + largeFund + " given on the same day by " + asOf);
    }
    Optional<String> stale = rule.staleness().tooOld(Staleness.Frequency.DAILY, lastDate, asOf);
    if (stale.isPresent()) {
      return stale(
          ComponentKind.VALUATION,
          unit,
          source,
          lastDate,
          "stale: the latest same-day P/E pair is of " + lastDate + "; " + stale.get());
    }
    double ratio = ratios.get(ratios.size() - 1);
    double[] negated = ratios.stream().mapToDouble(r -> -r).toArray();
    boolean enough = negated.length >= VALUATION_MIN_HISTORY;
    return new SignalInput(
        ComponentKind.VALUATION,
        OptionalDouble.of(ratio),
        unit,
        enough ? zScore(-ratio, negated) : OptionalDouble.empty(),
        1,
        source + ", same-day pairs up to " + lastDate,
        Optional.of(lastDate),
        enough ? NO_DISPERSION : fewer(negated.length, VALUATION_MIN_HISTORY));
  }

  /** The earnings growth gap, which has no stored history to be standardised against yet. */
  public SignalInput growthGap(SignalRule rule) {
    return leftOut(
        ComponentKind.GROWTH,
        rule,
        "",
        "",
        "no history of small-minus-large expected growth is stored to standardise it against");
  }

  /** A component whose data ended on {@code last}, too long before the date, left out. */
  private static SignalInput stale(
      ComponentKind kind, String unit, String source, LocalDate last, String why) {
    return new SignalInput(
        kind,
        OptionalDouble.empty(),
        unit,
        OptionalDouble.empty(),
        1,
        source,
        Optional.of(last),
        why);
  }

  /**
   * A component without data, for the reason given.
   *
   * @param smallFund the small-cap fund, named in the units of flows and valuation
   * @param largeFund the large-cap fund, named in the unit of valuation
   */
  public SignalInput leftOut(
      ComponentKind kind, SignalRule rule, String smallFund, String largeFund, String why) {
    return new SignalInput(
        kind,
        OptionalDouble.empty(),
        kind.unit(rule, smallFund, largeFund),
        OptionalDouble.empty(),
        1,
        "-",
        Optional.empty(),
        why);
  }

  /**
   * The call from its components, each with the weight {@code weights} gives its kind.
   *
   * @param weights not negative
   * @see #combine(LocalDate, List, double)
   */
  public RotationSignal combine(
      LocalDate asOf,
      List<SignalInput> inputs,
      ToDoubleFunction<ComponentKind> weights,
      double threshold) {
    return combine(
        asOf,
        inputs.stream().map(i -> i.withWeight(weights.applyAsDouble(i.kind()))).toList(),
        threshold);
  }

  /**
   * The call from its components: the weighted mean of the z-scores of the components that have one
   * and a positive weight, the weights renormalised over them.
   *
   * @param threshold standard deviations beyond which the call leaves neutral
   */
  public RotationSignal combine(LocalDate asOf, List<SignalInput> inputs, double threshold) {
    double weights =
        inputs.stream()
            .filter(i -> i.zScore().isPresent() && i.weight() > 0)
            .mapToDouble(SignalInput::weight)
            .sum();
    List<SignalComponent> out = new ArrayList<>(inputs.size());
    double score = 0;
    for (SignalInput i : inputs) {
      boolean used = i.zScore().isPresent() && i.weight() > 0 && weights > 0;
      double contribution = used ? i.weight() * i.zScore().getAsDouble() / weights : 0;
      score += contribution;
      String why = i.zScore().isPresent() ? "weight 0" : i.leftOut();
      out.add(
          new SignalComponent(
              i.kind().label(),
              i.raw(),
              i.unit(),
              i.zScore(),
              i.weight(),
              contribution,
              i.source(),
              i.lastObservation(),
              used ? Optional.empty() : Optional.of(why)));
    }
    RotationSignal.Stance stance =
        score > threshold
            ? RotationSignal.Stance.OVERWEIGHT_SMALL
            : score < -threshold
                ? RotationSignal.Stance.UNDERWEIGHT_SMALL
                : RotationSignal.Stance.NEUTRAL;
    return new RotationSignal(asOf, out, score, stance, threshold);
  }

  /**
   * z of {@code x} against {@code history}, which includes it: {@code (x − mean) / sample sd};
   * empty with fewer than two values or no dispersion.
   */
  public static OptionalDouble zScore(double x, double[] history) {
    int n = history.length;
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double mean = Arrays.stream(history).sum() / n;
    double var = 0;
    for (double h : history) {
      var += (h - mean) * (h - mean);
    }
    double sd = Math.sqrt(var / (n - 1));
    return sd > 0 ? OptionalDouble.of((x - mean) / sd) : OptionalDouble.empty();
  }

  private static String unit(ComponentKind kind, SignalRule rule) {
    return kind.unit(rule, "", "");
  }

  private static String fewer(int have, int need) {
    return have + (have == 1 ? " value" : " values") + " of history, fewer than " + need;
  }
}
