package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.capshift.application.port.in.RateExpectations;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.common.Staleness;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.rates.FedWatchCalculator;
import io.capshift.domain.rates.FedWatchResult;
import io.capshift.domain.rates.FuturesStrip;
import io.capshift.domain.rates.TargetRange;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * Solves a stored futures strip with the FOMC calendar stored as {@value #CALENDAR_ID} and the
 * target range in force at the strip's date: from FRED's DFEDTARU/DFEDTARL series where they were
 * imported and reach that date, else from {@value #TARGET_RANGE_ID} (the calendar and the range
 * history are seeded with the built-in Federal Reserve data).
 */
public final class GetRateExpectationsService implements GetRateExpectationsUseCase {
  /** Target id of the FOMC calendar the method uses. */
  public static final String CALENDAR_ID = "fomc-calendar";

  /** Target id of the target-range history the method uses. */
  public static final String TARGET_RANGE_ID = "fed-target-range";

  /** CME's figures are shown beside the strip's only when published on the strip's own day. */
  private static final Staleness SAME_DAY = new Staleness(0, 0);

  private final DatasetRepository repository;
  private final SeriesResolver series;
  private final MarketExpectations priced;

  @Inject
  public GetRateExpectationsService(DatasetRepository repository, SeriesResolver series) {
    this.repository = repository;
    this.series = series;
    this.priced = new MarketExpectations(repository);
  }

  @Override
  public RateExpectations getRateExpectations(GetRateExpectationsQuery q) {
    long version = repository.dataVersion();
    DatasetInfo stripInfo = strip(q);
    FuturesStrip strip = ((DatasetContent.Futures) repository.load(stripInfo)).strip();
    DatasetInfo calendarInfo = required(CALENDAR_ID, "FOMC calendar");
    DatasetContent.Meetings calendar = (DatasetContent.Meetings) repository.load(calendarInfo);
    Optional<FredTargetRange.Found> fred = FredTargetRange.at(series, strip.asOf());
    TargetRange current;
    String rangeSource;
    if (fred.isPresent()) {
      current = fred.get().range();
      rangeSource = fred.get().source();
    } else {
      DatasetInfo rangeInfo = required(TARGET_RANGE_ID, "target-range history");
      current = rangeAt(rangeInfo, strip.asOf());
      rangeSource = rangeInfo.datasetId();
    }
    FedWatchResult result;
    try {
      result =
          FedWatchCalculator.DEFAULT.calculate(
              strip, calendar.calendar(), current, q.convention(), q.dayCount());
    } catch (IllegalArgumentException e) {
      throw new FailedPreconditionException(
          Reason.STRIP_NOT_SOLVABLE,
          "cannot solve " + stripInfo.datasetId() + ": " + e.getMessage(),
          e);
    }
    if (result.meetings().isEmpty() && result.incomplete().isPresent()) {
      // a strip that prices none of its meetings has nothing to answer
      throw new FailedPreconditionException(
          Reason.STRIP_NOT_SOLVABLE,
          "cannot solve " + stripInfo.datasetId() + ": " + result.incomplete().get());
    }
    Optional<String> stale =
        q.asOf()
            .flatMap(
                d ->
                    result
                        .firstDecidedBy(d)
                        .map(
                            m ->
                                "the strip of "
                                    + result.asOf()
                                    + " is older than the meeting of "
                                    + m.meeting().decisionDate()
                                    + ", decided by "
                                    + d
                                    + ": the meetings decided by then are past, not coming"));
    return new RateExpectations(
        result,
        stripInfo.datasetId(),
        calendarInfo.datasetId(),
        rangeSource,
        q.asOf(),
        stale,
        // CME's own figures of the strip's day, where a stored history has that day
        priced.at(strip.asOf(), SAME_DAY),
        version);
  }

  private DatasetInfo strip(GetRateExpectationsQuery q) {
    Optional<DatasetInfo> found =
        q.stripId().isPresent()
            ? repository
                .find(q.stripId().get(), q.asOf())
                .filter(i -> i.kind() == DatasetKind.FUTURES_STRIP)
            : repository.list().stream()
                .filter(i -> i.kind() == DatasetKind.FUTURES_STRIP)
                .filter(i -> q.asOf().map(d -> !i.asOf().isAfter(d)).orElse(true))
                .max(Comparator.comparing(DatasetInfo::asOf));
    return found.orElseThrow(
        () -> {
          // the first of the strip named, or of any strip when none is named
          LocalDate first =
              FirstDated.of(
                      repository,
                      i ->
                          i.kind() == DatasetKind.FUTURES_STRIP
                              && q.stripId()
                                  .map(id -> id.equalsIgnoreCase(i.targetId()))
                                  .orElse(true))
                  .orElse(null);
          if (q.stripId().isPresent() && first == null) {
            return new NotFoundException(
                Reason.STRIP_NOT_FOUND,
                "capshift.io/FuturesStrip",
                q.stripId().get(),
                "no fed funds futures strip '"
                    + q.stripId().get()
                    + "' is stored; capshift datasets lists the strips");
          }
          return new NotFoundException(
              Reason.STRIP_NOT_FOUND,
              "capshift.io/FuturesStrip",
              q.stripId().orElse("fed funds futures"),
              "no fed funds futures strip is stored"
                  + q.asOf().map(d -> " on or before " + d).orElse("")
                  + (first == null
                      ? "; import one (capshift import …ZQ contracts file)"
                      : "; the first is dated " + first),
              first);
        });
  }

  private DatasetInfo required(String id, String what) {
    return repository
        .find(id, Optional.empty())
        .orElseThrow(
            () ->
                new NotFoundException(
                    Reason.REFERENCE_DATA_NOT_FOUND,
                    "capshift.io/Dataset",
                    id,
                    "no " + what + " is stored as '" + id + "'"));
  }

  private TargetRange rangeAt(DatasetInfo info, LocalDate date) {
    DatasetContent.TargetRanges ranges = (DatasetContent.TargetRanges) repository.load(info);
    return ranges.history().changes().stream()
        .filter(r -> !r.effectiveDate().isAfter(date))
        .reduce((a, b) -> b)
        .orElseThrow(
            () ->
                new NotFoundException(
                    Reason.NO_DATA_BEFORE_DATE,
                    "capshift.io/Dataset",
                    info.datasetId(),
                    "no target range in force on " + date + " in " + info.datasetId(),
                    ranges.history().changes().isEmpty()
                        ? null
                        : ranges.history().changes().get(0).effectiveDate()));
  }
}
