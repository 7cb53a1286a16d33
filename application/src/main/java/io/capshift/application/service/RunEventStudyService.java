package io.capshift.application.service;

import io.capshift.application.dataset.DatasetContent;
import io.capshift.application.dataset.DatasetInfo;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.history.EasingEvent;
import io.capshift.domain.history.EventStudy;
import io.capshift.domain.history.FirstCutDetector;
import io.capshift.domain.history.MonthlyReturns;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.TargetRange;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Runs the event study on stored series; see {@link RunEventStudyUseCase.Query}. */
public final class RunEventStudyService implements RunEventStudyUseCase {
  static final String TARGET = "dfedtar:value";
  static final String UPPER = "dfedtaru:value";

  private final DatasetRepository repository;
  private final SeriesResolver series;

  @Inject
  public RunEventStudyService(DatasetRepository repository, SeriesResolver series) {
    this.repository = repository;
    this.series = series;
  }

  @Override
  public Report runEventStudy(Query q) {
    long version = repository.dataVersion();
    Policy policy = q.policyId().map(id -> new Policy(series.resolve(id).series(),
        "series " + id)).orElseGet(this::defaultPolicy);
    List<EasingEvent> events = FirstCutDetector.DEFAULT.detect(policy.rate(), q.quietMonths());
    Returns small = returns(q.smallId());
    Returns large = returns(q.largeId());
    try {
      var result = EventStudy.DEFAULT.run(events, small.monthly(), large.monthly(), q.horizons(),
          q.includeEventMonth());
      return new Report(q, events, result, policy.source(), small.source(), large.source(),
          version);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("large_series_id", e.getMessage());
    }
  }

  private record Policy(TimeSeries rate, String source) {}

  private record Returns(TimeSeries monthly, String source) {}

  /** Monthly returns as stored, or from month-end prices when the unit does not name a return. */
  private Returns returns(String id) {
    SeriesResolver.Resolved r = series.resolve(id);
    if (r.series().unit().toLowerCase(Locale.ROOT).contains("return")) {
      return new Returns(r.series(), id + ": monthly returns as stored, " + r.derivation());
    }
    return new Returns(MonthlyReturns.DEFAULT.fromPrices(r.series(), id + ":monthly"),
        id + ": monthly returns from month-end prices (" + r.series().unit() + "), "
            + r.derivation());
  }

  /** FRED's target rate then its upper bound where stored; else the built-in upper bounds. */
  private Policy defaultPolicy() {
    Optional<TimeSeries> target = series.find(TARGET).map(SeriesResolver.Resolved::series);
    Optional<TimeSeries> upper = series.find(UPPER).map(SeriesResolver.Resolved::series);
    if (target.isPresent() || upper.isPresent()) {
      List<Observation> stitched = new ArrayList<>();
      java.time.LocalDate switchAt = upper.map(u -> u.date(0)).orElse(java.time.LocalDate.MAX);
      target.ifPresent(t -> t.observations().stream()
          .filter(o -> o.date().isBefore(switchAt)).forEach(stitched::add));
      upper.ifPresent(u -> stitched.addAll(u.observations()));
      String source = target.isPresent() && upper.isPresent()
          ? TARGET + " (FRED DFEDTAR) until " + switchAt + ", then " + UPPER
              + " (FRED DFEDTARU, the range's upper bound)"
          : target.isPresent() ? TARGET + " (FRED DFEDTAR)" : UPPER + " (FRED DFEDTARU)";
      return new Policy(TimeSeries.of("policy", "decimal rate", stitched), source);
    }
    DatasetInfo info = repository.find(GetRateExpectationsService.TARGET_RANGE_ID,
            Optional.empty())
        .orElseThrow(() -> new NotFoundException("SERIES_NOT_FOUND", "capshift.io/Series",
            TARGET, "no policy-rate history: import FRED's DFEDTAR and DFEDTARU files"));
    var history = ((DatasetContent.TargetRanges) repository.load(info)).history();
    List<Observation> points = history.changes().stream()
        .map((TargetRange r) -> new Observation(r.effectiveDate(), r.upperBound())).toList();
    return new Policy(TimeSeries.of("policy", "decimal rate", points), info.datasetId()
        + " (built-in target ranges' upper bounds, Federal Reserve; from "
        + history.changes().get(0).effectiveDate() + " only)");
  }
}
