package io.capshift.domain.fundamentals;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored fundamentals dataset a join may read.
 *
 * @param datasetId the stored dataset, e.g. {@code finviz@2025-08-19}
 * @param source publisher and file, for people
 * @param asOf the date the figures are of
 * @param undated true when the file gave no date and {@code asOf} is its import day
 * @param table the companies
 */
public record FundamentalsSource(
    String datasetId, String source, LocalDate asOf, boolean undated, FundamentalsTable table) {
  public FundamentalsSource {
    Objects.requireNonNull(datasetId, "datasetId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(table, "table");
  }
}
