package io.capshift.application.service;

import io.capshift.application.port.in.GetValuationHistoryQuery;
import io.capshift.application.port.in.GetValuationHistoryUseCase;
import io.capshift.application.port.in.ValuationHistory;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.history.HistoryStatistics;
import io.capshift.domain.history.HistoryStatisticsCalculator;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** A series' value at a date against its own past, with the window's observations paged. */
public final class GetValuationHistoryService implements GetValuationHistoryUseCase {
  private final SeriesResolver resolver;
  private final DatasetRepository repository;

  @Inject
  public GetValuationHistoryService(SeriesResolver resolver, DatasetRepository repository) {
    this.resolver = resolver;
    this.repository = repository;
  }

  @Override
  public ValuationHistory getValuationHistory(GetValuationHistoryQuery query) {
    long version = repository.dataVersion();
    SeriesResolver.Resolved r = resolver.resolve(query.seriesId(), query.asOf());
    TimeSeries s = r.series();
    if (s.size() == 0 && query.asOf().isPresent()) {
      TimeSeries all = resolver.resolve(query.seriesId()).series();
      LocalDate first = all.size() == 0 ? null : all.date(0);
      throw new NotFoundException(
          Reason.NO_DATA_BEFORE_DATE,
          "capshift.io/Series",
          query.seriesId(),
          "no observation of "
              + query.seriesId()
              + " on or before "
              + query.asOf().get()
              + (first == null ? "" : "; the first is dated " + first),
          first);
    }
    if (s.size() == 0) {
      throw new NotFoundException(
          Reason.SERIES_EMPTY,
          "capshift.io/Series",
          query.seriesId(),
          query.seriesId() + " is empty");
    }
    HistoryStatistics stats =
        HistoryStatisticsCalculator.DEFAULT.calculate(
            s, query.asOf().orElse(s.date(s.size() - 1)), query.window());
    int end = s.indexOnOrBefore(stats.observationDate()).getAsInt() + 1;
    int start = end - stats.observations();
    int from = start + offset(query.pageToken(), stats.observations());
    int to = Math.min(end, from + query.pageSize());
    List<Observation> page = s.observations().subList(from, to);
    String next = to < end ? Integer.toString(to - start) : "";
    return new ValuationHistory(
        stats, page, next, r.derivation(), List.of(r.dataset().datasetId()), version);
  }

  private static int offset(String token, int observations) {
    if (token.isEmpty()) {
      return 0;
    }
    try {
      int offset = Integer.parseInt(token);
      if (offset >= 0 && offset < observations) {
        return offset;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InvalidInputException.of(
        "page_token", "is not a token returned by GetValuationHistory for this query");
  }
}
