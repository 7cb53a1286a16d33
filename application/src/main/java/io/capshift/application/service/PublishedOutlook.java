package io.capshift.application.service;

import io.capshift.application.port.in.GetEarningsOutlookQuery;
import io.capshift.application.port.in.InputKind;
import io.capshift.domain.common.Figure;
import io.capshift.domain.earnings.ForwardEarningsCalculator;
import io.capshift.domain.earnings.NtmEarnings;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.valuation.PublishedMetric;
import io.capshift.domain.valuation.PublishedMetric.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An outlook from published figures: level, trailing EPS, forward EPS (given, or blended from the
 * two calendar-year estimates of one date by the query's rule), and growth (forward over trailing,
 * else the published growth figure).
 */
final class PublishedOutlook {
  private final GetEarningsOutlookQuery query;
  private final PublishedMetrics published;
  private final Set<String> datasets = new LinkedHashSet<>();
  private final List<String> notes = new ArrayList<>();
  private LocalDate asOf = LocalDate.MIN;

  PublishedOutlook(GetEarningsOutlookQuery query, PublishedMetrics published) {
    this.query = query;
    this.published = published;
  }

  EarningsInputs inputs() {
    Figure level = figure(Metric.INDEX_LEVEL);
    Figure trailing = figure(Metric.TRAILING_EPS);
    Optional<NtmEarnings> forward = forward();
    Figure growth = Figure.undefined("not used: trailing and forward earnings are both known");
    if (!trailing.isDefined() || forward.isEmpty()) {
      growth = figure(Metric.EARNINGS_GROWTH);
      if (growth.isDefined()) {
        notes.add("growth is the published EARNINGS_GROWTH figure (see its source for horizon)");
      }
    }
    if (asOf.equals(LocalDate.MIN)) {
      LocalDate first = published.firstDate().orElse(null);
      throw new NotFoundException(
          Reason.NO_DATA_BEFORE_DATE,
          "capshift.io/Index",
          query.indexId(),
          "no published earnings figures for '"
              + query.indexId()
              + "'"
              + query.asOf().map(d -> " on or before " + d).orElse("")
              + "; the first is dated "
              + first,
          first);
    }
    return new EarningsInputs(
        asOf,
        InputKind.PUBLISHED_METRICS,
        level,
        trailing,
        forward,
        growth,
        List.copyOf(datasets),
        notes);
  }

  private Optional<NtmEarnings> forward() {
    Optional<PublishedMetrics.Found> given = published.latest(Metric.FORWARD_EPS, query.asOf());
    Optional<PublishedMetrics.Found> cy1 =
        published.latest(Metric.EPS_ESTIMATE_CURRENT_YEAR, query.asOf());
    Optional<PublishedMetrics.Found> cy2 =
        published.latest(Metric.EPS_ESTIMATE_NEXT_YEAR, query.asOf());
    boolean blendable =
        cy1.isPresent()
            && cy2.isPresent()
            && cy1.get().metric().date().equals(cy2.get().metric().date());
    if (blendable
        && (given.isEmpty() || !given.get().metric().date().isAfter(cy1.get().metric().date()))) {
      LocalDate date = cy1.get().metric().date();
      use(cy1.get());
      use(cy2.get());
      return Optional.of(
          ForwardEarningsCalculator.DEFAULT.fromCalendarYears(
              date, cy1.get().metric().value(), cy2.get().metric().value(), query.blendRule()));
    }
    if (given.isEmpty()) {
      notes.add(
          "forward: no published FORWARD_EPS, and no current- and next-year estimates of one date"
              + query.asOf().map(d -> " on or before " + d).orElse(""));
    }
    return given.map(
        f -> {
          use(f);
          return new NtmEarnings(
              f.metric().date(),
              f.metric().value(),
              NtmEarnings.Method.PUBLISHED,
              0,
              "published FORWARD_EPS (" + f.metric().source() + ")");
        });
  }

  private Figure figure(Metric metric) {
    return published
        .latest(metric, query.asOf())
        .map(
            f -> {
              use(f);
              return Figure.of(f.metric().value());
            })
        .orElseGet(
            () ->
                Figure.undefined(
                    "no published "
                        + metric
                        + query.asOf().map(d -> " on or before " + d).orElse("")));
  }

  private void use(PublishedMetrics.Found f) {
    PublishedMetric m = f.metric();
    datasets.add(f.datasetId());
    if (m.date().isAfter(asOf)) {
      asOf = m.date();
    }
  }
}
