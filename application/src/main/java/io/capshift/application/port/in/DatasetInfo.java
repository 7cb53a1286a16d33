package io.capshift.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the store holds about one dataset, without its payload.
 *
 * @param datasetId unique id, {@code <targetId>@<asOf>}, e.g. {@code IWM@2026-04-10}
 * @param kind what it holds
 * @param targetId the index, fund or reference-set id
 * @param asOf the date the data describes
 * @param rows rows stored
 * @param source publisher and file it came from
 * @param version the store's data version at which this dataset was written
 * @param storedAt when it was written
 * @param undated true when neither the user nor the file gave a date: {@code asOf} is the import
 *     day, not the date the data describes
 */
public record DatasetInfo(
    String datasetId,
    DatasetKind kind,
    String targetId,
    LocalDate asOf,
    int rows,
    String source,
    long version,
    Instant storedAt,
    boolean undated) {

  /** A dated dataset. */
  public DatasetInfo(
      String datasetId,
      DatasetKind kind,
      String targetId,
      LocalDate asOf,
      int rows,
      String source,
      long version,
      Instant storedAt) {
    this(datasetId, kind, targetId, asOf, rows, source, version, storedAt, false);
  }

  /**
   * How an answer names the dataset's date: the date, or "undated (imported 2026-12-03)" when the
   * file gave none.
   */
  public String dating() {
    return undated ? "undated (imported " + asOf + ")" : asOf.toString();
  }

  public DatasetInfo {
    Objects.requireNonNull(datasetId, "datasetId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(storedAt, "storedAt");
  }

  // equals and hashCode written out: a record's own are linked through method handles at their
  // first call, several ms in a fresh process, and every command compares datasets

  @Override
  public boolean equals(Object o) {
    return o instanceof DatasetInfo d
        && d.datasetId.equals(datasetId)
        && d.kind == kind
        && d.targetId.equals(targetId)
        && d.asOf.equals(asOf)
        && d.rows == rows
        && d.source.equals(source)
        && d.version == version
        && d.storedAt.equals(storedAt)
        && d.undated == undated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(datasetId, kind, targetId, asOf, rows, source, version, storedAt, undated);
  }

  /** The id a dataset of {@code targetId} at {@code asOf} is stored under. */
  public static String idOf(String targetId, LocalDate asOf) {
    return targetId + "@" + asOf;
  }
}
