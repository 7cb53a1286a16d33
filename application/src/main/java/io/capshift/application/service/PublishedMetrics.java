package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.valuation.PublishedMetric;
import io.capshift.domain.valuation.PublishedMetric.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The published figures stored for one index across every metrics dataset, with the dataset each
 * came from.
 */
final class PublishedMetrics {
  /** A published figure and the dataset that holds it. */
  record Found(PublishedMetric metric, String datasetId) {}

  private final List<Found> found;

  private PublishedMetrics(List<Found> found) {
    this.found = found;
  }

  /** Every stored figure for {@code indexId} (ignoring case), oldest first. */
  static PublishedMetrics of(DatasetRepository repository, String indexId) {
    List<Found> found = new ArrayList<>();
    for (DatasetInfo info : repository.list()) {
      if (info.kind() != DatasetKind.PUBLISHED_METRICS) {
        continue;
      }
      DatasetContent.Metrics metrics = (DatasetContent.Metrics) repository.load(info);
      for (PublishedMetric m : metrics.metrics()) {
        if (m.indexId().equalsIgnoreCase(indexId)) {
          found.add(new Found(m, info.datasetId()));
        }
      }
    }
    found.sort(Comparator.comparing((Found f) -> f.metric().date()));
    return new PublishedMetrics(found);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The latest figure of {@code metric} dated on or before {@code asOf} (any date if empty). */
  Optional<Found> latest(Metric metric, Optional<LocalDate> asOf) {
    Found best = null;
    for (Found f : found) {
      if (f.metric().metric() == metric
          && asOf.map(d -> !f.metric().date().isAfter(d)).orElse(true)) {
        best = f;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every figure of {@code metric} dated on or before {@code asOf}, oldest first. */
  List<Found> history(Metric metric, LocalDate asOf) {
    return found.stream()
        .filter(f -> f.metric().metric() == metric && !f.metric().date().isAfter(asOf))
        .toList();
  }

  /** The earliest date of any figure, for "no data before" answers. */
  Optional<LocalDate> firstDate() {
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).metric().date());
  }

  /** The earliest date of a figure of one of {@code metrics}. */
  Optional<LocalDate> firstDate(java.util.Collection<Metric> metrics) {
    return found.stream()
        .filter(f -> metrics.contains(f.metric().metric()))
        .map(f -> f.metric().date())
        .findFirst();
  }
}
