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
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.common.Figure;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
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

  @Inject
  public CompareValuationsService(
      DatasetRepository repository, GetIndexValuationUseCase valuations) {
    this.repository = repository;
    this.valuations = valuations;
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
      notes.add("the two sides are dated differently: " + small.asOf() + " vs " + large.asOf());
    }
    RelativeValuationCalculator calc = RelativeValuationCalculator.DEFAULT;
    Figure ratio = calc.ratio(small.priceEarnings(), large.priceEarnings());
    Optional<HistoryStatistics> history =
        common.flatMap(m -> ratioHistory(m, small, large, smallPublished, largePublished));
    return new ValuationComparison(
        small, large, ratio, calc.discount(ratio), history, notes, version);
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
          valuations.getIndexValuation(new GetIndexValuationQuery(id, q.asOf(), q.policy()));
      return new ValuationSide(
          r.valuation().id(),
          InputKind.CONSTITUENTS,
          r.valuation().asOf(),
          r.valuation().priceEarnings(),
          "trailing aggregate P/E, " + q.policy(),
          List.of(r.dataset().datasetId()),
          Optional.of(r.valuation()));
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
    throw notFound(id, q.asOf(), published.firstDate());
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
            .map(d -> "; its first published P/E is dated " + d)
            .orElse("; import its constituents or a metrics file with its P/E");
    return new NotFoundException(
        Reason.INDEX_NOT_FOUND,
        "capshift.io/Index",
        id,
        "no P/E data for '" + id + "'" + when + hint,
        first.orElse(null));
  }
}
