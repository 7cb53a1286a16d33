package io.capshift.application.service;

import io.capshift.application.port.in.CompareValuationsQuery;
import io.capshift.application.port.in.CompareValuationsUseCase;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.GetIndexValuationQuery;
import io.capshift.application.port.in.GetIndexValuationUseCase;
import io.capshift.application.port.in.IndexValuationResult;
import io.capshift.application.port.in.InputKind;
import io.capshift.application.port.in.ValuationComparison;
import io.capshift.application.port.in.ValuationSide;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.common.Figure;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.fundamentals.JoinReport;
import io.capshift.domain.funds.HoldingsValuation;
import io.capshift.domain.history.HistoryStatistics;
import io.capshift.domain.history.HistoryStatisticsCalculator;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.SeriesMath;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.history.Window;
import io.capshift.domain.valuation.PublishedMetric.Metric;
import io.capshift.domain.valuation.RelativeValuationCalculator;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Small against large, like for like where the data allows: both from constituents when both have
 * them, else both from the same published P/E (forward, then estimated-year, then trailing);
 * otherwise each side from what it has. The answer says which input each side used, and warns when
 * the sides measure different things.
 */
public final class CompareValuationsService implements CompareValuationsUseCase {
  /** Published P/E metrics in the order they are preferred. */
  static final List<Metric> PE_METRICS =
      List.of(Metric.FORWARD_PE, Metric.ESTIMATED_PE, Metric.TRAILING_PE);

  private final DatasetRepository repository;
  private final GetIndexValuationUseCase valuations;
  private final FundamentalsAt fundamentals;

  @Inject
  public CompareValuationsService(
      DatasetRepository repository,
      GetIndexValuationUseCase valuations,
      FundamentalsAt fundamentals) {
    this.repository = repository;
    this.valuations = valuations;
    this.fundamentals = fundamentals;
  }

  @Override
  public ValuationComparison compareValuations(CompareValuationsQuery q) {
    long version = repository.dataVersion();
    PublishedMetrics smallPublished = PublishedMetrics.of(repository, q.smallId());
    PublishedMetrics largePublished = PublishedMetrics.of(repository, q.largeId());
    Optional<Metric> common = commonMetric(q, smallPublished, largePublished);
    ValuationSide small = side(q.smallId(), q, common, smallPublished);
    ValuationSide large = side(q.largeId(), q, common, largePublished);
    List<String> notes = new ArrayList<>();
    if (!small.measure().equals(large.measure())) {
      notes.add(
          "the two sides measure different things: " + small.measure() + " vs " + large.measure());
    }
    if (!small.asOf().equals(large.asOf())) {
      long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(small.asOf(), large.asOf()));
      notes.add(
          "the two sides are dated "
              + days
              + " days apart: "
              + small.id()
              + " "
              + small.asOf()
              + " vs "
              + large.id()
              + " "
              + large.asOf());
    }
    lookThroughNote(small).ifPresent(notes::add);
    lookThroughNote(large).ifPresent(notes::add);
    RelativeValuationCalculator calc = RelativeValuationCalculator.DEFAULT;
    Figure ratio = calc.ratio(small.priceEarnings(), large.priceEarnings());
    Optional<HistoryStatistics> history =
        common.flatMap(m -> ratioHistory(m, small, large, smallPublished, largePublished));
    return new ValuationComparison(
        small,
        large,
        ratio,
        calc.discount(ratio),
        history,
        notes,
        version,
        growthGap(small, large));
  }

  /** What a reader must know of a side's look-through: matched share, ages, date gap. */
  private static Optional<String> lookThroughNote(ValuationSide side) {
    return side.lookThrough()
        .map(
            l -> {
              JoinReport r = l.join();
              String used =
                  r.sources().stream()
                      .filter(JoinReport.SourceUse::used)
                      .map(
                          u ->
                              u.datasetId()
                                  + " ("
                                  + u.ageDays()
                                  + " days old at "
                                  + r.at()
                                  + ", "
                                  + Math.abs(u.gapDays())
                                  + (u.gapDays() >= 0 ? " days after" : " days before")
                                  + " the holdings)")
                      .collect(java.util.stream.Collectors.joining(", "));
              return String.format(
                  Locale.US,
                  "%s look-through: %d of %d holdings (%.1f%% of value) joined to %s",
                  side.id(),
                  r.matched(),
                  r.holdings(),
                  100 * r.matchedWeight(),
                  used.isEmpty() ? "no usable fundamentals" : used);
            });
  }

  /** Small minus large growth, forward over trailing, where both sides have a look-through. */
  private static Figure growthGap(ValuationSide small, ValuationSide large) {
    if (small.lookThrough().isEmpty() || large.lookThrough().isEmpty()) {
      return Figure.undefined(
          (small.lookThrough().isEmpty() ? small.id() : large.id())
              + " has no look-through: no forward and trailing earnings of its holdings");
    }
    Figure s = small.lookThrough().get().earningsGrowth();
    Figure l = large.lookThrough().get().earningsGrowth();
    if (!s.isDefined() || !l.isDefined()) {
      return Figure.undefined(
          (s.isDefined() ? large.id() + ": " + l : small.id() + ": " + s)
              .replace("undefined (", "growth undefined (")
              .trim());
    }
    return Figure.of(s.getAsDouble() - l.getAsDouble());
  }

  /**
   * The published P/E both sides use: none when both have constituents (aggregate those), else the
   * first P/E metric published for both, so the sides measure the same thing.
   */
  private Optional<Metric> commonMetric(
      CompareValuationsQuery q, PublishedMetrics small, PublishedMetrics large) {
    if (hasConstituents(q.smallId(), q) && hasConstituents(q.largeId(), q)) {
      return Optional.empty();
    }
    return PE_METRICS.stream()
        .filter(m -> small.latest(m, q.asOf()).isPresent() && large.latest(m, q.asOf()).isPresent())
        .findFirst();
  }

  private boolean hasConstituents(String id, CompareValuationsQuery q) {
    return repository.find(id, q.asOf()).filter(i -> isConstituents(i.kind())).isPresent();
  }

  private ValuationSide side(
      String id, CompareValuationsQuery q, Optional<Metric> common, PublishedMetrics published) {
    if (common.isEmpty() && hasConstituents(id, q)) {
      IndexValuationResult r =
          valuations.getIndexValuation(
              new GetIndexValuationQuery(id, q.asOf(), q.policy(), q.rules()));
      Optional<HoldingsValuation> lookThrough = r.lookThrough();
      if (lookThrough.isEmpty()
          && repository.load(r.dataset()) instanceof DatasetContent.Constituents c) {
        // the side's own figures give its P/E; a look-through, where fundamentals are known,
        // still gives its growth
        lookThrough = fundamentals.lookThrough(c.snapshot(), r.at(), q.rules(), new ArrayList<>());
      }
      lookThrough = lookThrough.filter(l -> l.join().matched() > 0);
      String measure =
          "trailing aggregate P/E, "
              + q.policy()
              + (r.fromLookThrough()
                  ? ", look-through of " + r.dataset().datasetId()
                  : ", " + r.dataset().datasetId() + "'s own figures");
      List<String> ids = new ArrayList<>(List.of(r.dataset().datasetId()));
      lookThrough.ifPresent(
          l ->
              l.join().sources().stream()
                  .filter(JoinReport.SourceUse::used)
                  .forEach(u -> ids.add(u.datasetId())));
      return new ValuationSide(
          r.valuation().id(),
          InputKind.CONSTITUENTS,
          r.valuation().asOf(),
          r.valuation().priceEarnings(),
          measure,
          ids,
          Optional.of(r.valuation()),
          lookThrough);
    }
    List<Metric> order = new ArrayList<>(PE_METRICS);
    common.ifPresent(m -> order.add(0, m));
    for (Metric m : order) {
      Optional<PublishedMetrics.Found> f = published.latest(m, q.asOf());
      if (f.isPresent()) {
        return new ValuationSide(
            f.get().metric().indexId(),
            InputKind.PUBLISHED_METRICS,
            f.get().metric().date(),
            Figure.of(f.get().metric().value()),
            "published " + m + " (" + f.get().metric().source() + ")",
            List.of(f.get().datasetId()),
            Optional.empty());
      }
    }
    // the first P/E it could have answered from: other published figures (EPS estimates) do not
    Optional<LocalDate> first = published.firstDate(order);
    Optional<LocalDate> constituents =
        q.asOf().isPresent() ? FirstDated.of(repository, id) : Optional.empty();
    if (constituents.isPresent() && (first.isEmpty() || constituents.get().isBefore(first.get()))) {
      first = constituents;
    }
    throw notFound(id, q.asOf(), first);
  }

  private static boolean isConstituents(DatasetKind kind) {
    return kind == DatasetKind.INDEX_CONSTITUENTS || kind == DatasetKind.FUND_HOLDINGS;
  }

  /** Statistics of the ratio over the dates both sides published {@code metric}. */
  private static Optional<HistoryStatistics> ratioHistory(
      Metric metric,
      ValuationSide small,
      ValuationSide large,
      PublishedMetrics smallPublished,
      PublishedMetrics largePublished) {
    LocalDate asOf = small.asOf().isBefore(large.asOf()) ? large.asOf() : small.asOf();
    TimeSeries ratio =
        SeriesMath.DEFAULT
            .ratioOfPositives(
                small.id() + "/" + large.id() + ":pe_ratio",
                "multiple (x), small P/E / large P/E",
                series(small.id(), smallPublished, metric, asOf),
                series(large.id(), largePublished, metric, asOf))
            .series();
    if (ratio.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(HistoryStatisticsCalculator.DEFAULT.calculate(ratio, asOf, Window.FULL));
  }

  private static TimeSeries series(
      String id, PublishedMetrics published, Metric metric, LocalDate asOf) {
    List<Observation> points = new ArrayList<>();
    for (PublishedMetrics.Found f : published.history(metric, asOf)) {
      LocalDate d = f.metric().date();
      if (!points.isEmpty() && points.get(points.size() - 1).date().equals(d)) {
        points.remove(points.size() - 1); // a later dataset restating the same date wins
      }
      points.add(new Observation(d, f.metric().value()));
    }
    return TimeSeries.of(id + ":" + metric, "multiple (x)", points);
  }

  private static NotFoundException notFound(
      String id, Optional<LocalDate> asOf, Optional<LocalDate> first) {
    String when = asOf.map(d -> " on or before " + d).orElse("");
    String hint =
        first
            .map(d -> "; the first is dated " + d)
            .orElse("; import its constituents or a metrics file with its P/E");
    return new NotFoundException(
        Reason.INDEX_NOT_FOUND,
        "capshift.io/Index",
        id,
        "no P/E data for '" + id + "'" + when + hint,
        first.orElse(null));
  }
}
