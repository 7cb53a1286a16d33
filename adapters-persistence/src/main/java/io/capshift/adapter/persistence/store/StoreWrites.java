package io.capshift.adapter.persistence.store;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.Reason;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The write side of the store. Not thread-safe: the repository calls it under its monitor.
 *
 * <p>A replaced dataset file is not deleted at once but by the first write at least {@link #GRACE}
 * later (or by the next open): a reader that found the dataset just before a write can still load
 * exactly the version it found, however many imports follow in quick succession.
 */
final class StoreWrites {
  /** How long a replaced dataset stays loadable by readers that found it before the swap. */
  static final Duration GRACE = Duration.ofMinutes(1);

  /**
   * The outcome of a write.
   *
   * @param replaced entries this write replaced (still loadable for {@link #GRACE})
   * @param dropped entries replaced earlier, now deleted
   */
  record Committed(
      StoreState state,
      List<DatasetInfo> stored,
      List<ManifestEntry> replaced,
      List<ManifestEntry> dropped) {}

  private record Retired(ManifestEntry entry, Instant since) {}

  private final StoreFiles files;
  // Highest version tried. Never reused, even after a failed write whose files may be on disk.
  private long lastVersion;
  private final Deque<Retired> retiring = new ArrayDeque<>();
  private volatile Map<String, ManifestEntry> retired = Map.of();

  StoreWrites(StoreFiles files) {
    this.files = files;
  }

  /**
   * Writes {@code datasets} on top of {@code current} as one atomic set.
   *
   * @param now when the write happens: stamps the datasets and ages replaced files
   * @throws FailedPreconditionException {@code TARGET_KIND_CONFLICT}, or {@code STORE_WRITE_FAILED}
   *     when the file system fails (nothing is stored then)
   */
  Committed commit(StoreState current, List<ParsedDataset> datasets, Instant now) {
    requireDistinct(datasets);
    current.checkKinds(datasets);
    long version = Math.max(lastVersion, current.dataVersion()) + 1;
    lastVersion = version;
    Map<String, byte[]> out = new LinkedHashMap<>();
    List<ManifestEntry> added = new ArrayList<>();
    List<ManifestEntry> replaced = new ArrayList<>();
    for (ParsedDataset d : datasets) {
      added.add(encode(d, version, now, out));
      current.entry(d.targetId(), d.asOf()).ifPresent(replaced::add);
    }
    StoreState next = current.with(added, version);
    try {
      files.commit(out, next.manifest());
    } catch (IOException e) {
      throw new FailedPreconditionException(
          Reason.STORE_WRITE_FAILED,
          "could not write to the store (nothing was stored)",
          "store " + files.dir() + ": " + e,
          e);
    }
    List<ManifestEntry> dropped = retire(replaced, now);
    files.deleteQuietly(dropped);
    List<DatasetInfo> stored = added.stream().map(ManifestEntry::info).toList();
    return new Committed(next, stored, replaced, dropped);
  }

  /** Adds {@code replaced} to the retired entries and returns those past their grace. */
  private List<ManifestEntry> retire(List<ManifestEntry> replaced, Instant now) {
    List<ManifestEntry> dropped = new ArrayList<>();
    while (!retiring.isEmpty() && !retiring.peekFirst().since().plus(GRACE).isAfter(now)) {
      dropped.add(retiring.removeFirst().entry());
    }
    replaced.forEach(e -> retiring.addLast(new Retired(e, now)));
    Map<String, ManifestEntry> byKey = new HashMap<>();
    retiring.forEach(r -> byKey.put(retiredKey(r.entry().info()), r.entry()));
    retired = Map.copyOf(byKey);
    return dropped;
  }

  /** The entry {@code d} describes if a write replaced it less than {@link #GRACE} ago. */
  Optional<ManifestEntry> retired(DatasetInfo d) {
    return Optional.ofNullable(retired.get(retiredKey(d)));
  }

  private static ManifestEntry encode(
      ParsedDataset d, long version, Instant now, Map<String, byte[]> out) {
    String id = DatasetInfo.idOf(d.targetId(), d.asOf());
    String fileName =
        id.toLowerCase(Locale.US).replaceAll("[^a-z0-9._@-]", "_") + "." + version + ".csd";
    byte[] bytes =
        Envelope.seal(
            Envelope.DATASET_MAGIC,
            ContentCodec.FORMAT_VERSION,
            ContentCodec.encode(id, version, d.content()));
    out.put(fileName, bytes);
    DatasetInfo info =
        new DatasetInfo(
            id,
            d.kind(),
            d.targetId(),
            d.asOf(),
            d.content().rows(),
            d.source(),
            version,
            now,
            d.undated());
    return new ManifestEntry(info, fileName, Envelope.storedCrc(bytes));
  }

  private static void requireDistinct(List<ParsedDataset> datasets) {
    Set<String> keys = new HashSet<>();
    for (ParsedDataset d : datasets) {
      if (!keys.add(StoreState.key(d.targetId(), d.asOf()))) {
        throw new IllegalArgumentException(
            "two datasets for " + DatasetInfo.idOf(d.targetId(), d.asOf()) + " in one write");
      }
    }
  }

  private static String retiredKey(DatasetInfo d) {
    return StoreState.key(d.targetId(), d.asOf()) + "#" + d.version();
  }
}
