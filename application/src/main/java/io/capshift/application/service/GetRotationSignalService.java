package io.capshift.application.service;

import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.RateExpectations;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.CapshiftException;
import io.capshift.domain.flows.FlowAnalysis;
import io.capshift.domain.flows.FlowAnalyzer;
import io.capshift.domain.flows.FlowCalculator;
import io.capshift.domain.flows.RollingFlow;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.signal.RotationSignal;
import io.capshift.domain.signal.SignalCombiner;
import io.capshift.domain.signal.SignalCombiner.Input;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The rotation signal from what the store holds at a date: relative momentum (12-month small minus
 * large return), the policy direction (expected cuts over 12 months where a futures strip of that
 * time is stored, else the realised fall of the policy rate over the past 12 months, labelled so),
 * flow momentum into the small-cap fund and relative valuation (the small fund's P/E over the large
 * fund's). Each is a z-score against its own history up to the date; the earnings growth gap has no
 * stored history and is left out. Weights are the query's (equal by default); threshold 0.5 sd.
 */
public final class GetRotationSignalService implements GetRotationSignalUseCase {
  static final double THRESHOLD = 0.5;
  private static final int MIN_MONTHS = 36;
  private static final int NEAR_DAYS = 10;

  private final MarketSeries market;
  private final SeriesResolver series;
  private final GetRateExpectationsUseCase rates;

  @Inject
  public GetRotationSignalService(
      DatasetRepository repository, SeriesResolver series, GetRateExpectationsUseCase rates) {
    this.market = new MarketSeries(repository, series);
    this.series = series;
    this.rates = rates;
  }

  @Override
  public RotationSignal getRotationSignal(Query q) {
    List<Input> inputs =
        List.of(
            weighted(momentum(q), q, "momentum"),
            weighted(policy(q.asOf()), q, "policy"),
            weighted(flows(q), q, "flows"),
            weighted(valuation(q), q, "valuation"),
            weighted(
                new Input(
                    "earnings growth gap",
                    OptionalDouble.empty(),
                    "decimal a year",
                    OptionalDouble.empty(),
                    1,
                    "-",
                    "no history of small-minus-large expected growth"
                        + " is stored to standardise it against"),
                q,
                "growth"));
    return SignalCombiner.DEFAULT.combine(q.asOf(), inputs, THRESHOLD);
  }

  private Input momentum(Query q) {
    String name = "relative momentum";
    String unit = "decimal, 12-month small minus large return";
    try {
      var small = market.monthlyReturns(q.smallId());
      var large = market.monthlyReturns(q.largeId());
      YearMonth last = YearMonth.from(q.asOf()).minusMonths(1); // months ended by the date
      Map<YearMonth, Double> s = byMonth(small.series());
      Map<YearMonth, Double> l = byMonth(large.series());
      List<Double> history = new ArrayList<>();
      for (YearMonth m : s.keySet()) {
        if (m.isAfter(last)) {
          break;
        }
        double gs = 1;
        double gl = 1;
        boolean full = true;
        for (int k = 0; k < 12 && full; k++) {
          Double a = s.get(m.minusMonths(k));
          Double b = l.get(m.minusMonths(k));
          full = a != null && b != null;
          gs *= full ? 1 + a : 1;
          gl *= full ? 1 + b : 1;
        }
        if (full) {
          history.add(gs - gl);
        }
      }
      String source = small.source() + "; " + large.source() + "; through " + last;
      return standardised(name, unit, history, MIN_MONTHS, 1, source);
    } catch (CapshiftException e) {
      return leftOut(name, unit, e.getMessage());
    }
  }

  private Input policy(LocalDate asOf) {
    String name = "policy direction";
    String unit = "decimal, fall of the policy rate over 12 months";
    MarketSeries.Labelled policy;
    try {
      policy = market.policy(Optional.empty());
    } catch (CapshiftException e) {
      return leftOut(name, unit, e.getMessage());
    }
    Map<YearMonth, Double> levels = monthEnds(policy.series(), asOf);
    List<Double> history = new ArrayList<>();
    levels.forEach(
        (m, v) -> {
          Double before = levels.get(m.minusMonths(12));
          if (before != null) {
            history.add(before - v);
          }
        });
    Optional<Double> expected = expectedFall(asOf);
    if (expected.isPresent() && history.size() >= MIN_MONTHS) {
      double[] h = history.stream().mapToDouble(Double::doubleValue).toArray();
      return new Input(
          name,
          OptionalDouble.of(expected.get()),
          unit + " (expected)",
          SignalCombiner.zScore(expected.get(), append(h, expected.get())),
          1,
          "expected by the futures strip of that time (FedWatch method), against the realised"
              + " 12-month falls of "
              + policy.source(),
          "");
    }
    return standardised(
        name,
        unit + " (realised)",
        history,
        MIN_MONTHS,
        1,
        "realised, no futures strip of that time stored: " + policy.source());
  }

  /** The fall the futures price over 12 months, if a strip from within 45 days is stored. */
  private Optional<Double> expectedFall(LocalDate asOf) {
    try {
      RateExpectations r =
          rates.getRateExpectations(
              new GetRateExpectationsQuery(
                  Optional.of(asOf), Optional.empty(), FedWatchConvention.CME_ADJACENT_ANCHOR));
      if (ChronoUnit.DAYS.between(r.result().asOf(), asOf) > 45) {
        return Optional.empty();
      }
      LocalDate horizon = r.result().asOf().plusMonths(12);
      var now = r.result().current();
      return r.result().meetings().stream()
          .filter(m -> !m.meeting().decisionDate().isAfter(horizon))
          .reduce((a, b) -> b)
          .map(m -> (now.lowerBound() + now.upperBound()) / 2 - m.expectedRate());
    } catch (CapshiftException e) {
      return Optional.empty();
    }
  }

  private Input flows(Query q) {
    String name = "flow momentum";
    String unit = "USD, 20-flow rolling sum into " + q.smallFund();
    String facts = q.smallFund() + GetFundProfileService.FACTS + ":";
    Optional<TimeSeries> shares = find(facts + "shares_outstanding", q.asOf());
    if (shares.isEmpty()) {
      return leftOut(name, unit, "no " + facts + "shares_outstanding on or before " + q.asOf());
    }
    var result =
        FlowCalculator.DEFAULT.fromShares(
            shares.get(), find(facts + "nav", q.asOf()), find(facts + "price", q.asOf()));
    FlowAnalysis a =
        FlowAnalyzer.DEFAULT.analyze(
            result.flows(), Optional.empty(), FlowAnalyzer.DEFAULT_WINDOW, FlowAnalyzer.DEFAULT_K);
    if (a.rolling().isEmpty()) {
      return leftOut(name, unit, "fewer than 20 flows by " + q.asOf());
    }
    RollingFlow last = a.rolling().get(a.rolling().size() - 1);
    if (ChronoUnit.DAYS.between(last.date(), q.asOf()) > NEAR_DAYS) {
      return leftOut(name, unit, "the latest flow of " + q.smallFund() + " is from " + last.date());
    }
    return new Input(
        name,
        OptionalDouble.of(last.sumUsd()),
        unit,
        last.zScore(),
        1,
        "change in "
            + facts
            + "shares_outstanding × nav up to "
            + last.date()
            + ", z against the rolling sums before it",
        "the rolling flow has no dispersion yet");
  }

  private Input valuation(Query q) {
    String name = "relative valuation";
    String unit = "ratio, " + q.smallFund() + " P/E over " + q.largeFund() + " P/E";
    Optional<TimeSeries> small =
        find(q.smallFund() + GetFundProfileService.FACTS + ":" + "pe", q.asOf());
    Optional<TimeSeries> large =
        find(q.largeFund() + GetFundProfileService.FACTS + ":" + "pe", q.asOf());
    if (small.isEmpty() || large.isEmpty()) {
      return leftOut(
          name,
          unit,
          "no fund P/E of "
              + q.smallFund()
              + " and "
              + q.largeFund()
              + " on or before "
              + q.asOf());
    }
    Map<LocalDate, Double> l = new TreeMap<>();
    large.get().observations().forEach(o -> l.put(o.date(), o.value()));
    List<Double> ratios = new ArrayList<>();
    LocalDate lastDate = null;
    for (var o : small.get().observations()) {
      Double v = l.get(o.date());
      if (v != null && v > 0) {
        ratios.add(o.value() / v);
        lastDate = o.date();
      }
    }
    if (lastDate == null || ChronoUnit.DAYS.between(lastDate, q.asOf()) > NEAR_DAYS) {
      return leftOut(
          name, unit, "no P/E of both funds within " + NEAR_DAYS + " days of " + q.asOf());
    }
    // cheaper small caps (a lower ratio) favour small: the z-score's sign is turned
    List<Double> negated = ratios.stream().map(r -> -r).toList();
    Input z =
        standardised(
            name,
            unit,
            negated,
            20,
            1,
            q.smallFund()
                + " and "
                + q.largeFund()
                + " P/E from their facts (stockanalysis.com), same-day pairs up to "
                + lastDate);
    return new Input(
        name,
        OptionalDouble.of(ratios.get(ratios.size() - 1)),
        unit,
        z.zScore(),
        1,
        z.source(),
        z.leftOut());
  }

  private static Input weighted(Input i, Query q, String component) {
    return new Input(
        i.name(),
        i.raw(),
        i.unit(),
        i.zScore(),
        GetRotationSignalUseCase.weight(q, component),
        i.source(),
        i.leftOut());
  }

  private static Input standardised(
      String name, String unit, List<Double> history, int min, double weight, String source) {
    if (history.size() < min) {
      return new Input(
          name,
          history.isEmpty()
              ? OptionalDouble.empty()
              : OptionalDouble.of(history.get(history.size() - 1)),
          unit,
          OptionalDouble.empty(),
          weight,
          source,
          history.size() + " values of history, fewer than " + min);
    }
    double[] h = history.stream().mapToDouble(Double::doubleValue).toArray();
    double x = h[h.length - 1];
    return new Input(
        name,
        OptionalDouble.of(x),
        unit,
        SignalCombiner.zScore(x, h),
        weight,
        source,
        "no dispersion in its history");
  }

  private static Input leftOut(String name, String unit, String why) {
    return new Input(name, OptionalDouble.empty(), unit, OptionalDouble.empty(), 1, "-", why);
  }

  /** The series cut to observations on or before {@code asOf}, if any. */
  private Optional<TimeSeries> find(String id, LocalDate asOf) {
    return series
        .find(id)
        .map(SeriesResolver.Resolved::series)
        .map(
            s ->
                TimeSeries.of(
                    s.id(),
                    s.unit(),
                    s.observations().stream().filter(o -> !o.date().isAfter(asOf)).toList()))
        .filter(s -> s.size() > 0);
  }

  private static Map<YearMonth, Double> byMonth(TimeSeries s) {
    Map<YearMonth, Double> m = new TreeMap<>();
    s.observations().forEach(o -> m.put(YearMonth.from(o.date()), o.value()));
    return m;
  }

  /** Month-end levels up to {@code asOf}, carried over months without a change. */
  private static Map<YearMonth, Double> monthEnds(TimeSeries s, LocalDate asOf) {
    TreeMap<YearMonth, Double> m = new TreeMap<>();
    s.observations().stream()
        .filter(o -> !o.date().isAfter(asOf))
        .forEach(o -> m.put(YearMonth.from(o.date()), o.value()));
    if (m.isEmpty()) {
      return m;
    }
    Double level = null;
    for (YearMonth ym = m.firstKey(); !ym.isAfter(YearMonth.from(asOf)); ym = ym.plusMonths(1)) {
      Double v = m.get(ym);
      level = v != null ? v : level;
      m.put(ym, level);
    }
    return m;
  }

  private static double[] append(double[] h, double x) {
    double[] out = java.util.Arrays.copyOf(h, h.length + 1);
    out[h.length] = x;
    return out;
  }
}
