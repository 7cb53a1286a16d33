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
    int from = start + offset(query, stats.observations());
    int to = Math.min(end, from + query.pageSize());
    List<Observation> page = s.observations().subList(from, to);
    String next = to < end ? token(query, to - start) : "";
    return new ValuationHistory(
        stats, page, next, r.derivation(), List.of(r.dataset().datasetId()), version);
  }

  /**
   * An opaque token: the offset into the window and a check of the query it belongs to, so a token
   * is refused with another series, date or window (AIP-158; the page size may change).
   */
  private static String token(GetValuationHistoryQuery q, int offset) {
    String raw = offset + ":" + Integer.toHexString(key(q).hashCode());
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String key(GetValuationHistoryQuery q) {
    return q.seriesId().toLowerCase(java.util.Locale.US)
        + "|"
        + q.asOf().map(LocalDate::toString).orElse("")
        + "|"
        + q.window();
  }

  private static int offset(GetValuationHistoryQuery q, int observations) {
    String token = q.pageToken();
    if (token.isEmpty()) {
      return 0;
    }
    try {
      String raw =
          new String(
              java.util.Base64.getUrlDecoder().decode(token),
              java.nio.charset.StandardCharsets.UTF_8);
      int colon = raw.indexOf(':');
      int offset = Integer.parseInt(raw.substring(0, colon));
      if (raw.substring(colon + 1).equals(Integer.toHexString(key(q).hashCode()))
          && offset >= 0
          && offset < observations) {
        return offset;
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      // reported below
    }
    throw InvalidInputException.of(
        "page_token", "is not a token returned by GetValuationHistory for this query");
  }
}
