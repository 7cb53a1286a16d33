package io.capshift.application.port.in;

import io.capshift.domain.history.HistoryStatistics;
import io.capshift.domain.history.Observation;
import java.util.List;

/**
 * A series' statistics at a date and one page of the observations in its window.
 *
 * @param statistics mean, standard deviation, z-score and percentile of the value at the date
 * @param observations this page of the window's observations, oldest first
 * @param nextPageToken empty on the last page
 * @param derivation how the series was obtained, e.g. "price / earnings from shiller"
 * @param sourceDatasetIds the stored datasets it came from
 * @param dataVersion the store's data version the answer reflects
 */
public record ValuationHistory(
    HistoryStatistics statistics,
    List<Observation> observations,
    String nextPageToken,
    String derivation,
    List<String> sourceDatasetIds,
    long dataVersion) {
  public ValuationHistory {
    observations = List.copyOf(observations);
    sourceDatasetIds = List.copyOf(sourceDatasetIds);
  }
}
