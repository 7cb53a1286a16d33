package io.capshift.application.port.out;

import io.capshift.application.port.in.DatasetCheck;
import io.capshift.application.port.in.DatasetInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The store of datasets. Implementations are safe for concurrent readers; writes are atomic as a
 * set and bump {@link #dataVersion()}, so anything keyed by the version can never be stale.
 */
public interface DatasetRepository {

  /** A number that grows with every successful write; 0 for an empty new store. */
  long dataVersion();

  /** Every stored dataset, sorted by dataset id. */
  List<DatasetInfo> list();

  /**
   * The dataset of {@code targetId} (matched ignoring case) with the latest as-of date on or before
   * {@code onOrBefore}, or the latest of all when that is empty.
   */
  Optional<DatasetInfo> find(String targetId, Optional<LocalDate> onOrBefore);

  /**
   * The payload of a stored dataset, verified against its checksum.
   *
   * @throws io.capshift.domain.error.CorruptDataException if the stored file fails verification
   * @throws io.capshift.domain.error.NotFoundException if the dataset is no longer stored
   */
  DatasetContent load(DatasetInfo dataset);

  /**
   * {@code dataset}'s content if it is already in memory (read before and kept), without reading or
   * decoding anything; empty otherwise, and always for a repository that keeps nothing.
   */
  default Optional<DatasetContent> loaded(DatasetInfo dataset) {
    return Optional.empty();
  }

  /**
   * Stores the datasets as one atomic write: after a crash either all or none are visible. A
   * dataset with the same target id and as-of date as a stored one replaces it.
   *
   * @return what was stored, in the order given
   * @throws io.capshift.domain.error.FailedPreconditionException if a target id already holds a
   *     different kind of data, or the store cannot be written
   */
  List<DatasetInfo> saveAll(List<ParsedDataset> datasets);

  /**
   * Reads every stored dataset file, bypassing any cache, and verifies it (checksum, format
   * version, content against its entry); a damaged file is reported, not thrown.
   */
  List<DatasetCheck> verify();
}
