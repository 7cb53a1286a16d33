package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A repository in memory for application tests; counts loads to observe caching. */
final class InMemoryDatasetRepository implements DatasetRepository {
  private final Map<String, DatasetInfo> infos = new TreeMap<>();
  private final Map<String, DatasetContent> contents = new TreeMap<>();
  private long version;
  int loads;

  @Override
  public long dataVersion() {
    return version;
  }

  @Override
  public List<DatasetInfo> list() {
    return List.copyOf(infos.values());
  }

  @Override
  public Optional<DatasetInfo> find(String targetId, Optional<LocalDate> onOrBefore) {
    return infos.values().stream()
        .filter(i -> i.targetId().equalsIgnoreCase(targetId))
        .filter(i -> onOrBefore.map(d -> !i.asOf().isAfter(d)).orElse(true))
        .max(Comparator.comparing(DatasetInfo::asOf));
  }

  /** Whether {@link #loaded} finds what is stored (a store that has read it) or nothing. */
  boolean keepsInMemory = true;

  @Override
  public Optional<DatasetContent> loaded(DatasetInfo dataset) {
    return keepsInMemory
        ? Optional.ofNullable(contents.get(dataset.datasetId()))
        : Optional.empty();
  }

  @Override
  public DatasetContent load(DatasetInfo dataset) {
    loads++;
    DatasetContent c = contents.get(dataset.datasetId());
    if (c == null) {
      throw new NotFoundException(
          Reason.DATASET_NOT_FOUND, "capshift.io/Dataset", dataset.datasetId(), "gone");
    }
    return c;
  }

  @Override
  public List<DatasetInfo> saveAll(List<ParsedDataset> datasets) {
    version++;
    List<DatasetInfo> stored = new ArrayList<>();
    for (ParsedDataset d : datasets) {
      String id = DatasetInfo.idOf(d.targetId(), d.asOf());
      DatasetInfo info =
          new DatasetInfo(
              id,
              d.kind(),
              d.targetId(),
              d.asOf(),
              d.content().rows(),
              d.source(),
              version,
              Instant.EPOCH,
              d.undated());
      infos.put(id, info);
      contents.put(id, d.content());
      stored.add(info);
    }
    return stored;
  }

  /** Every dataset verifies: nothing in memory is damaged. */
  @Override
  public List<io.capshift.application.port.in.DatasetCheck> verify() {
    return infos.values().stream()
        .map(
            i ->
                new io.capshift.application.port.in.DatasetCheck(
                    i, i.datasetId(), java.util.Optional.empty()))
        .toList();
  }
}
