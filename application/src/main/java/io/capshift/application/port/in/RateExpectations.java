package io.capshift.application.port.in;

import io.capshift.domain.rates.FedWatchResult;
import io.capshift.domain.rates.PublishedDistribution;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Meeting-by-meeting probabilities and the implied path, with the inputs they came from.
 *
 * @param result the FedWatch-method result: per meeting, target-range probabilities, expected rate
 *     (decimal), probability of at least one cut by then and implied moves (25 bp steps, negative =
 *     cuts)
 * @param stripDatasetId the futures strip used
 * @param calendarDatasetId the FOMC calendar used
 * @param targetRangeDatasetId where the current range came from: the target-range history, or the
 *     FRED DFEDTARU (+ DFEDTARL) datasets
 * @param requestedAsOf the date asked for, if one was
 * @param stale why the strip says nothing of the path from the date asked for, when a meeting it
 *     priced was decided by then: its meetings decided by that date are past, not coming
 * @param published CME FedWatch's own distribution for each meeting, as CME published it on the
 *     strip's date, where a stored history has that day
 * @param dataVersion the store's data version the answer reflects
 */
public record RateExpectations(
    FedWatchResult result,
    String stripDatasetId,
    String calendarDatasetId,
    String targetRangeDatasetId,
    Optional<LocalDate> requestedAsOf,
    Optional<String> stale,
    Map<LocalDate, PublishedDistribution> published,
    long dataVersion) {
  public RateExpectations {
    Objects.requireNonNull(requestedAsOf, "requestedAsOf");
    Objects.requireNonNull(stale, "stale");
    published = Map.copyOf(published);
  }

  /** Whether the meeting deciding on {@code decision} was decided by the date asked for. */
  public boolean past(LocalDate decision) {
    return requestedAsOf.map(d -> !decision.isAfter(d)).orElse(false);
  }

  /** Without a date asked for, staleness or a published distribution. */
  public RateExpectations(
      FedWatchResult result,
      String stripDatasetId,
      String calendarDatasetId,
      String targetRangeDatasetId,
      long dataVersion) {
    this(
        result,
        stripDatasetId,
        calendarDatasetId,
        targetRangeDatasetId,
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        dataVersion);
  }
}
