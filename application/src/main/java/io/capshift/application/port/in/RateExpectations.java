package io.capshift.application.port.in;

import io.capshift.domain.rates.FedWatchResult;

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
 * @param dataVersion the store's data version the answer reflects
 */
public record RateExpectations(
    FedWatchResult result,
    String stripDatasetId,
    String calendarDatasetId,
    String targetRangeDatasetId,
    long dataVersion) {}
