package io.capshift.adapter.persistence.store;

import io.capshift.application.port.in.DatasetCheck;
import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.CorruptDataException;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dataset store: a directory holding a {@code LOCK} file, a {@code MANIFEST} that lists every
 * dataset, and one checksummed file per dataset under {@code datasets/}. See docs/data-formats.md,
 * "The store", for the layout and what a write and a crash may and may not leave.
 *
 * <p>One process at a time holds the store (file lock, released by {@link #close()}). Writes are
 * serialised and atomic as a set; readers see an immutable snapshot of the manifest, so a read
 * never mixes two data versions. Decoded datasets are cached in memory: a dataset file never
 * changes once written, since every write uses a new file name.
 */
public final class FileDatasetRepository implements DatasetRepository, AutoCloseable {
  private final StoreFiles files;
  private final StoreLock lock;
  private final Clock clock;
  private final Map<String, DatasetContent> cache = new ConcurrentHashMap<>();
  private final StoreWrites writes;
  private volatile StoreState state;
  private boolean closed;

  private FileDatasetRepository(StoreFiles files, StoreLock lock, Clock clock, StoreState state) {
    this.files = files;
    this.lock = lock;
    this.clock = clock;
    this.state = state;
    this.writes = new StoreWrites(files);
  }

  /**
   * Opens (creating if needed) the store in {@code dir} and locks it for this object's lifetime.
   *
   * @param clock stamps {@link DatasetInfo#storedAt()}; times how long replaced files are kept
   * @throws FailedPreconditionException {@code STORE_LOCKED} if another process or another open
   *     store in this JVM holds it; {@code STORE_UNAVAILABLE} if the directory cannot be used
   * @throws CorruptDataException if the MANIFEST fails verification (the store does not start empty
   *     over it)
   */
  public static FileDatasetRepository open(Path dir, Clock clock) {
    return open(dir, clock, NioFileSystem.INSTANCE);
  }

  static FileDatasetRepository open(Path dir, Clock clock, FileSystemPort fs) {
    Path abs = dir.toAbsolutePath().normalize();
    StoreFiles files = new StoreFiles(abs, fs);
    StoreLock lock;
    try {
      fs.createDirectories(abs.resolve(StoreFiles.DATASETS));
      lock = StoreLock.acquire(abs);
    } catch (IOException e) {
      throw unavailable(abs, e);
    }
    try {
      boolean exists = files.manifestExists();
      Manifest manifest = files.readManifest();
      files.removeGarbage(manifest, exists);
      return new FileDatasetRepository(files, lock, clock, new StoreState(manifest));
    } catch (IOException | RuntimeException e) {
      closeQuietly(lock, e);
      throw e instanceof IOException io ? unavailable(abs, io) : (RuntimeException) e;
    }
  }

  @Override
  public long dataVersion() {
    return state.dataVersion();
  }

  @Override
  public List<DatasetInfo> list() {
    return state.list();
  }

  @Override
  public Optional<DatasetInfo> find(String targetId, Optional<LocalDate> onOrBefore) {
    return state.find(targetId, onOrBefore);
  }

  @Override
  public DatasetContent load(DatasetInfo dataset) {
    ManifestEntry entry = locate(dataset).orElseThrow(() -> notFound(dataset));
    DatasetContent cached = cache.get(entry.fileName());
    if (cached != null) {
      return cached;
    }
    DatasetContent content;
    try {
      content = files.readDataset(entry);
    } catch (CorruptDataException e) {
      // A write may have retired and deleted the file since locate(): not corruption then.
      if (locate(dataset).isEmpty()) {
        throw notFound(dataset);
      }
      throw e;
    }
    cache.putIfAbsent(entry.fileName(), content);
    if (locate(dataset).isEmpty()) {
      cache.remove(entry.fileName()); // retired meanwhile: do not keep it alive
    }
    return content;
  }

  @Override
  public synchronized List<DatasetInfo> saveAll(List<ParsedDataset> datasets) {
    if (closed) {
      throw new FailedPreconditionException(
          Reason.STORE_CLOSED, "the store is closed", "store " + files.dir(), null);
    }
    if (datasets.isEmpty()) {
      return List.of();
    }
    StoreWrites.Committed committed = writes.commit(state, datasets, clock.instant());
    state = committed.state();
    // Replaced contents leave the cache at once; a late reader of one re-reads its file.
    committed.replaced().forEach(e -> cache.remove(e.fileName()));
    committed.dropped().forEach(e -> cache.remove(e.fileName()));
    return committed.stored();
  }

  /** Releases the lock; the store can then be opened again, by this or another process. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      lock.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the lock of " + files.dir(), e);
    }
  }

  /**
   * Reads every dataset file the manifest lists and verifies it (checksum, format version, content
   * against its manifest entry), bypassing the in-memory cache. A damaged file is reported, not
   * thrown: the others are still checked.
   */
  @Override
  public List<DatasetCheck> verify() {
    StoreState snapshot = state;
    return snapshot.list().stream()
        .map(
            info -> {
              ManifestEntry entry = snapshot.entry(info.targetId(), info.asOf()).orElseThrow();
              String file = entry.fileName();
              try {
                files.readDataset(entry);
                return new DatasetCheck(info, file, Optional.empty());
              } catch (CorruptDataException | FailedPreconditionException e) {
                return new DatasetCheck(info, file, Optional.of(e.getMessage()));
              }
            })
        .toList();
  }

  /** The stored entry {@code dataset} describes, current or replaced within the grace time. */
  private Optional<ManifestEntry> locate(DatasetInfo dataset) {
    Optional<ManifestEntry> current =
        state
            .entry(dataset.targetId(), dataset.asOf())
            .filter(e -> e.info().version() == dataset.version());
    return current.isPresent() ? current : writes.retired(dataset);
  }

  private static NotFoundException notFound(DatasetInfo d) {
    return new NotFoundException(
        Reason.DATASET_NOT_FOUND,
        "capshift.io/Dataset",
        d.datasetId(),
        "dataset "
            + d.datasetId()
            + " (version "
            + d.version()
            + ") is no longer stored; it was replaced by a later import");
  }

  private static FailedPreconditionException unavailable(Path dir, IOException e) {
    return new FailedPreconditionException(
        Reason.STORE_UNAVAILABLE, "cannot open the store", "store " + dir + ": " + e, e);
  }

  private static void closeQuietly(StoreLock lock, Exception cause) {
    try {
      lock.close();
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
