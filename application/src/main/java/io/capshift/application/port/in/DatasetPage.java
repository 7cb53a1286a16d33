package io.capshift.application.port.in;

import java.util.List;

/**
 * One page of datasets, sorted by dataset id.
 *
 * @param datasets this page
 * @param nextPageToken token for the next page, empty on the last page
 * @param totalSize datasets stored in all
 * @param dataVersion the store's data version the page reflects
 */
public record DatasetPage(
    List<DatasetInfo> datasets, String nextPageToken, int totalSize, long dataVersion) {
  public DatasetPage {
    datasets = List.copyOf(datasets);
  }
}
