package io.capshift.application.port.in;

import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.history.Window;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a series' value at a date sits in its own history, with the observations, paged.
 *
 * @param seriesId a stored series ({@code shiller:cape}) or a derived one ({@code shiller:pe},
 *     {@code shiller:earnings_yield}, {@code shiller:erp}); see {@code capshift history --help}
 * @param asOf the date; empty for the latest observation
 * @param window full history or the last N years, never past {@code asOf}
 * @param pageSize observations per page; 0 for the default (120), at most 5,000
 * @param pageToken empty for the first page
 */
public record GetValuationHistoryQuery(
    String seriesId, Optional<LocalDate> asOf, Window window, int pageSize, String pageToken) {
  public static final int DEFAULT_PAGE_SIZE = 120;
  public static final int MAX_PAGE_SIZE = 5_000;

  public GetValuationHistoryQuery {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(pageToken, "pageToken");
    if (seriesId == null || !seriesId.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]*:[A-Za-z0-9_]+")) {
      throw InvalidInputException.of(
          "series_id",
          "must be <dataset target>:<series>, e.g. shiller:cape, got '" + seriesId + "'");
    }
    seriesId = seriesId.strip();
    if (pageSize < 0) {
      throw InvalidInputException.of("page_size", "cannot be negative, got " + pageSize);
    }
    pageSize = pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
  }
}
