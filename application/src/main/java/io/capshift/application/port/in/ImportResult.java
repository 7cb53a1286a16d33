package io.capshift.application.port.in;

import java.util.List;

/**
 * What an import stored.
 *
 * @param stored the datasets written
 * @param stats rows read, stored and skipped, with the first skip reasons and notes
 * @param dataVersion the store's data version after the write
 */
public record ImportResult(List<DatasetInfo> stored, ImportStats stats, long dataVersion) {
  public ImportResult {
    stored = List.copyOf(stored);
  }
}
