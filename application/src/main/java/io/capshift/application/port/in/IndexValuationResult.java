package io.capshift.application.port.in;

import io.capshift.domain.valuation.IndexValuation;

/**
 * A valuation with the inputs it came from.
 *
 * @param valuation the figures
 * @param dataset the stored dataset they were computed from
 * @param dataVersion the store's data version the answer reflects
 */
public record IndexValuationResult(
    IndexValuation valuation, DatasetInfo dataset, long dataVersion) {}
