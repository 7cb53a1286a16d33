package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.history.MonthlyReturns;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.TargetRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The return and policy-rate series the history studies and the backtest read, with sources. */
final class MarketSeries {
  static final String TARGET = "dfedtar:value";
  static final String UPPER = "dfedtaru:value";

  /** A series and where it came from, for people. */
  record Labelled(TimeSeries series, String source) {}

  private final DatasetRepository repository;
  private final SeriesResolver series;

  MarketSeries(DatasetRepository repository, SeriesResolver series) {
    this.repository = repository;
    this.series = series;
  }

  /** Monthly returns as stored, or from month-end prices when the unit does not name a return. */
  Labelled monthlyReturns(String id) {
    SeriesResolver.Resolved r = series.resolve(id);
    if (r.series().unit().toLowerCase(Locale.ROOT).contains("return")) {
      return new Labelled(r.series(), id + ": monthly returns as stored, " + r.derivation());
    }
    return new Labelled(
        MonthlyReturns.DEFAULT.fromPrices(r.series(), id + ":monthly"),
        id
            + ": monthly returns from month-end prices ("
            + r.series().unit()
            + "), "
            + r.derivation());
  }

  /** The series {@code id} as stored, if it is. */
  Optional<Labelled> find(String id) {
    return series.find(id).map(r -> new Labelled(r.series(), id + ", " + r.derivation()));
  }

  /**
   * {@code id}'s series, else FRED's target rate then its upper bound, else the built-in ranges.
   */
  Labelled policy(Optional<String> id) {
    if (id.isPresent()) {
      return new Labelled(series.resolve(id.get()).series(), "series " + id.get());
    }
    Optional<TimeSeries> target = series.find(TARGET).map(SeriesResolver.Resolved::series);
    Optional<TimeSeries> upper = series.find(UPPER).map(SeriesResolver.Resolved::series);
    if (target.isPresent() || upper.isPresent()) {
      List<Observation> stitched = new ArrayList<>();
      LocalDate switchAt = upper.map(u -> u.date(0)).orElse(LocalDate.MAX);
      target.ifPresent(
          t ->
              t.observations().stream()
                  .filter(o -> o.date().isBefore(switchAt))
                  .forEach(stitched::add));
      upper.ifPresent(u -> stitched.addAll(u.observations()));
      String source =
          target.isPresent() && upper.isPresent()
              ? TARGET
                  + " (FRED DFEDTAR) until "
                  + switchAt
                  + ", then "
                  + UPPER
                  + " (FRED DFEDTARU, the range's upper bound)"
              : target.isPresent() ? TARGET + " (FRED DFEDTAR)" : UPPER + " (FRED DFEDTARU)";
      return new Labelled(TimeSeries.of("policy", "decimal rate", stitched), source);
    }
    DatasetInfo info =
        repository
            .find(GetRateExpectationsService.TARGET_RANGE_ID, Optional.empty())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        Reason.SERIES_NOT_FOUND,
                        "capshift.io/Series",
                        TARGET,
                        "no policy-rate history: import FRED's DFEDTAR and DFEDTARU files"));
    var history = ((DatasetContent.TargetRanges) repository.load(info)).history();
    List<Observation> points =
        history.changes().stream()
            .map((TargetRange r) -> new Observation(r.effectiveDate(), r.upperBound()))
            .toList();
    return new Labelled(
        TimeSeries.of("policy", "decimal rate", points),
        info.datasetId()
            + " (built-in target ranges' upper bounds, Federal Reserve; from "
            + history.changes().get(0).effectiveDate()
            + " only)");
  }
}
