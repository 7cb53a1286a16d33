package io.capshift.domain.signal;

import io.capshift.domain.flows.FlowAnalysis;
import io.capshift.domain.flows.FlowAnalyzer;
import io.capshift.domain.flows.FlowCalculator;
import io.capshift.domain.flows.RollingFlow;
import io.capshift.domain.history.Months;
import io.capshift.domain.history.PairedReturns;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.FedWatchResult;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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

  /** Days by which a flow or a fund P/E may precede the date and still be its latest. */
  public static final int NEAR_DAYS = 10;

  /** Same-day P/E pairs the relative valuation needs before it is standardised. */
  public static final int VALUATION_MIN_HISTORY = 20;

  /** Days by which a futures strip may precede the date and still say what is expected then. */
  public static final int STRIP_MAX_AGE_DAYS = 45;

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
    TreeMap<YearMonth, Double> out = new TreeMap<>();
    for (YearMonth m : returns.months()) {
      OptionalDouble r = returns.relativeReturn(m, months);
      if (r.isPresent()) {
        out.put(m, r.getAsDouble());
      }
    }
    return out;
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
    NavigableMap<YearMonth, Double> levels = Months.monthEnds(policyRate, through);
    TreeMap<YearMonth, Double> out = new TreeMap<>();
    levels.forEach(
        (m, level) -> {
          Double before = levels.get(m.minusMonths(months));
          if (before != null) {
            out.put(m, before - level);
          }
        });
    return out;
  }

  /**
   * The latest value of {@code history} on or before {@code through}, if it is at most {@code
   * maxAgeMonths} months older, with its z-score against every value up to its month.
   *
   * @param minHistory values needed, the latest included, before a z-score is given
   */
  public Standardised standardise(
      NavigableMap<YearMonth, Double> history,
      YearMonth through,
      int minHistory,
      int maxAgeMonths) {
    Map.Entry<YearMonth, Double> latest = history.floorEntry(through);
    if (latest == null) {
      return new Standardised(
          Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(), fewer(0, minHistory));
    }
    if (ChronoUnit.MONTHS.between(latest.getKey(), through) > maxAgeMonths) {
      return new Standardised(
          Optional.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          "its latest value is from " + latest.getKey());
    }
    double[] values =
        history.headMap(latest.getKey(), true).values().stream()
            .mapToDouble(Double::doubleValue)
            .toArray();
    return new Standardised(
        Optional.of(latest.getKey()),
        OptionalDouble.of(latest.getValue()),
        values.length < minHistory ? OptionalDouble.empty() : zScore(latest.getValue(), values),
        values.length < minHistory ? fewer(values.length, minHistory) : NO_DISPERSION);
  }

  /**
   * Relative momentum at the end of {@code through}.
   *
   * @param source where the two return series come from, for people
   */
  public SignalInput momentum(
      PairedReturns returns, YearMonth through, SignalRule rule, String source) {
    Standardised s =
        standardise(
            momentumHistory(returns.through(through), rule.momentumMonths()),
            through,
            rule.minHistory(),
            rule.maxAgeMonths());
    String at = s.month().map(m -> "; through " + m).orElse("");
    return input(ComponentKind.MOMENTUM, unit(ComponentKind.MOMENTUM, rule), s, source + at);
  }

  /**
   * The policy direction at {@code asOf}: the fall the futures priced at the time where {@code
   * expectedFall} is given, standardised against the realised falls; else the realised fall.
   *
   * @param policyRate policy-rate observations, decimal; only those on or before {@code asOf} are
   *     read
   * @param expectedFall the fall of the policy rate expected over {@code rule.policyMonths()},
   *     decimal, from a futures strip of the time ({@link #expectedFall})
   * @param source where the policy rate comes from, for people
   */
  public SignalInput policy(
      TimeSeries policyRate,
      LocalDate asOf,
      SignalRule rule,
      OptionalDouble expectedFall,
      String source) {
    String unit = unit(ComponentKind.POLICY, rule);
    NavigableMap<YearMonth, Double> history =
        easingHistory(policyRate.upTo(asOf), YearMonth.from(asOf), rule.policyMonths());
    if (expectedFall.isPresent() && history.size() >= rule.minHistory()) {
      double x = expectedFall.getAsDouble();
      double[] with = history.values().stream().mapToDouble(Double::doubleValue).toArray();
      with = Arrays.copyOf(with, with.length + 1);
      with[with.length - 1] = x;
      return new SignalInput(
          ComponentKind.POLICY,
          OptionalDouble.of(x),
          unit + " (expected)",
          zScore(x, with),
          1,
          "expected by the futures strip of that time (FedWatch method), against the realised "
              + rule.policyMonths()
              + "-month falls of "
              + source,
          "");
    }
    Standardised s =
        standardise(history, YearMonth.from(asOf), rule.minHistory(), rule.maxAgeMonths());
    return input(
        ComponentKind.POLICY,
        unit + " (realised)",
        s,
        "realised, no futures strip of that time stored: " + source);
  }

  /**
   * The fall of the policy rate that a strip prices over {@code months}: today's mid rate minus the
   * expected rate after the last meeting within them, decimal; empty when the strip is more than
   * {@link #STRIP_MAX_AGE_DAYS} days older than {@code asOf} or prices no meeting in them.
   */
  public OptionalDouble expectedFall(FedWatchResult strip, LocalDate asOf, int months) {
    if (ChronoUnit.DAYS.between(strip.asOf(), asOf) > STRIP_MAX_AGE_DAYS) {
      return OptionalDouble.empty();
    }
    return strip
        .lastMeetingBy(strip.asOf().plusMonths(months))
        .map(m -> OptionalDouble.of(strip.currentMid() - m.expectedRate()))
        .orElse(OptionalDouble.empty());
  }

  /**
   * Flow momentum into {@code fund}: the latest 20-flow rolling sum of its flows from shares
   * outstanding, z against the rolling sums before it; left out when there are fewer than 20 flows
   * or the latest is more than {@link #NEAR_DAYS} days old.
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
    if (ChronoUnit.DAYS.between(last.date(), asOf) > NEAR_DAYS) {
      return leftOut(
          ComponentKind.FLOWS,
          rule,
          fund,
          "",
          "the latest flow of " + fund + " is from " + last.date());
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
        "the rolling flow has no dispersion yet");
  }

  /**
   * Relative valuation: the small fund's P/E over the large fund's on the latest day both are
   * given, z against every earlier same-day ratio with its sign turned (cheaper small caps favour
   * small); left out when the latest pair is more than {@link #NEAR_DAYS} days old.
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
    if (lastDate == null || ChronoUnit.DAYS.between(lastDate, asOf) > NEAR_DAYS) {
      return leftOut(
          ComponentKind.VALUATION,
          rule,
          smallFund,
          largeFund,
          "no P/E of both funds within " + NEAR_DAYS + " days of " + asOf);
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

  /** A component from a standardised value. */
  SignalInput input(ComponentKind kind, String unit, Standardised s, String source) {
    return new SignalInput(kind, s.raw(), unit, s.zScore(), 1, source, s.whyNot());
  }

  private static String unit(ComponentKind kind, SignalRule rule) {
    return kind.unit(rule, "", "");
  }

  private static String fewer(int have, int need) {
    return have + " values of history, fewer than " + need;
  }
}
