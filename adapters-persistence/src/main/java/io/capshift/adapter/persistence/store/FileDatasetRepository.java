package io.capshift.adapter.persistence.store;

import io.capshift.application.port.Profile;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dataset store: a directory holding a {@code LOCK} file, a {@code MANIFEST} that lists every
 * dataset, and one checksummed file per dataset under {@code datasets/}. See docs/data-formats.md,
 * "The store", for the layout and what a write and a crash may and may not leave.
 *
 * <p>Any number of processes may open one store. A write takes the file lock only while it writes
 * (waiting up to {@link #WRITE_PATIENCE} for another writer), reads the manifest then current and
 * commits on top of it, so writers in several processes serialise and none loses another's data.
 * Readers never take the lock: a read looks whether the MANIFEST on disk was replaced (at once
 * after a write through another open store in this JVM, else at most every 10 ms) and, if so, reads
 * it again, so a server answers from another process's import on its next call. Writes are atomic
 * as a set; readers see an immutable snapshot of the manifest, so a read never mixes two data
 * versions. Decoded datasets are cached in memory: a dataset file never changes once written, since
 * every write uses a new file name.
 */
public final class FileDatasetRepository implements DatasetRepository, AutoCloseable {
  /** How long a write waits for another writer to finish before it gives up. */
  static final java.time.Duration WRITE_PATIENCE = java.time.Duration.ofSeconds(30);

  /**
   * How often a read looks whether another process replaced the MANIFEST: a reader is at most this
   * far behind another process's write; its own writes it sees at once.
   */
  static final long RECHECK_NANOS = 10_000_000L;

  private final StoreFiles files;
  private final Clock clock;
  private final Map<String, DatasetContent> cache = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<DatasetContent>> loading = new ConcurrentHashMap<>();

  /** The files whose decoded contents are held (for tests). */
  Set<String> decodedFiles() {
    return Set.copyOf(cache.keySet());
  }

  /** Callers waiting for another's decode of a file now (for tests). */
  int decodesAwaited() {
    return loading.values().stream().mapToInt(CompletableFuture::getNumberOfDependents).sum();
  }

  private final StoreWrites writes;
  private volatile StoreState state;
  private volatile Optional<Object> stamp;
  private volatile long checkedAt = System.nanoTime() - RECHECK_NANOS;

  /**
   * Writes committed in this JVM, by store directory: another open store here sees them at once.
   */
  private static final Map<Path, java.util.concurrent.atomic.AtomicLong> WRITES =
      new ConcurrentHashMap<>();

  /** Dataset files that could not be read or decoded in this JVM, in any store. */
  private static final java.util.concurrent.atomic.AtomicLong READ_FAILURES =
      new java.util.concurrent.atomic.AtomicLong();

  private final java.util.concurrent.atomic.AtomicLong writesHere;
  private volatile long seenWrites;
  private boolean closed;

  private FileDatasetRepository(
      StoreFiles files, Clock clock, StoreState state, Optional<Object> stamp) {
    this.files = files;
    this.clock = clock;
    this.state = state;
    this.stamp = stamp;
    this.writes = new StoreWrites(files);
    this.writesHere =
        WRITES.computeIfAbsent(files.dir(), d -> new java.util.concurrent.atomic.AtomicLong());
    this.seenWrites = writesHere.get();
  }

  /**
   * Opens (creating if needed) the store in {@code dir}. Files a crashed writer left behind are
   * removed when no other process is writing.
   *
   * @param clock stamps {@link DatasetInfo#storedAt()}; times how long replaced files are kept
   * @throws FailedPreconditionException {@code STORE_UNAVAILABLE} if the directory cannot be used
   * @throws CorruptDataException if the MANIFEST fails verification (the store does not start empty
   *     over it)
   */
  public static FileDatasetRepository open(Path dir, Clock clock) {
    return open(dir, clock, NioFileSystem.INSTANCE);
  }

  /**
   * The commit record of the store in {@code dir}, read without opening or locking it: the bytes of
   * its MANIFEST, which every write replaces whole by a rename (a read sees one commit or the next)
   * and changes (the data version grows). Empty when {@code dir} holds no store.
   */
  /**
   * How many times a dataset's file could not be read or decoded in this JVM, in any store: an
   * answer that saw one (a section left out for a passing I/O error) is not the store's answer.
   */
  public static long readFailures() {
    return READ_FAILURES.get();
  }

  public static Optional<byte[]> commitRecord(Path dir) {
    try {
      return Optional.of(java.nio.file.Files.readAllBytes(dir.resolve(StoreFiles.MANIFEST)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static FileDatasetRepository open(Path dir, Clock clock, FileSystemPort fs) {
    Path abs = dir.toAbsolutePath().normalize();
    StoreFiles files = new StoreFiles(abs, fs);
    try {
      fs.createDirectories(abs.resolve(StoreFiles.DATASETS));
      // garbage only under the lock: a writer's files are listed in no manifest until it commits
      Optional<StoreLock> idle = StoreLock.tryAcquire(abs);
      try {
        Optional<Object> stamp = files.manifestStamp();
        boolean exists = files.manifestExists();
        Manifest manifest = files.readManifest();
        if (idle.isPresent()) {
          files.removeGarbage(manifest, exists);
        }
        return new FileDatasetRepository(files, clock, new StoreState(manifest), stamp);
      } finally {
        if (idle.isPresent()) {
          idle.get().close();
        }
      }
    } catch (IOException e) {
      throw unavailable(abs, e);
    }
  }

  /**
   * The state of the manifest on disk: read again when another process (or another open store in
   * this one) replaced it since it was last read.
   */
  private StoreState current() {
    long t = System.nanoTime();
    long written = writesHere.get();
    if (written == seenWrites && t - checkedAt < RECHECK_NANOS) {
      return state; // checked a moment ago: a cached answer should not pay a stat each call
    }
    checkedAt = t;
    seenWrites = written;
    Optional<Object> now;
    try {
      now = files.manifestStamp();
    } catch (IOException e) {
      throw unavailable(files.dir(), e);
    }
    if (now.equals(stamp)) {
      return state;
    }
    synchronized (this) {
      reload();
      return state;
    }
  }

  /** Reads the manifest again; the stamp is taken first, so a later change is seen next time. */
  private void reload() {
    try {
      Optional<Object> now = files.manifestStamp();
      Manifest m = files.readManifest();
      if (m.dataVersion() != state.dataVersion() || !now.equals(stamp)) {
        state = new StoreState(m);
        // another process replaced or dropped files: their decoded contents can no longer be
        // located, and a server importing from the command line every few minutes would keep
        // every one of them
        Set<String> live = new HashSet<>();
        m.entries().forEach(e -> live.add(e.fileName()));
        cache.keySet().retainAll(live);
      }
      stamp = now;
    } catch (IOException e) {
      throw unavailable(files.dir(), e);
    }
  }

  @Override
  public long dataVersion() {
    return current().dataVersion();
  }

  @Override
  public List<DatasetInfo> list() {
    return current().list();
  }

  @Override
  public Optional<DatasetInfo> find(String targetId, Optional<LocalDate> onOrBefore) {
    return current().find(targetId, onOrBefore);
  }

  @Override
  public Optional<DatasetContent> loaded(DatasetInfo dataset) {
    return locate(dataset).map(entry -> cache.get(entry.fileName()));
  }

  @Override
  public DatasetContent load(DatasetInfo dataset) {
    ManifestEntry entry = locate(dataset).orElseThrow(() -> notFound(dataset));
    DatasetContent cached = cache.get(entry.fileName());
    if (cached != null) {
      return cached;
    }
    // one decode per file however many callers ask at once (a report's sections, a server's
    // first calls after an import); the others wait for it
    CompletableFuture<DatasetContent> mine = new CompletableFuture<>();
    CompletableFuture<DatasetContent> running = loading.putIfAbsent(entry.fileName(), mine);
    if (running != null) {
      try {
        return running.join();
      } catch (java.util.concurrent.CompletionException
          | java.util.concurrent.CancellationException e) {
        // that decode failed: this caller tries for itself, and fails with its own error
        return decode(dataset, entry);
      }
    }
    try {
      // a decode that ended between the cache's miss above and taking the slot left its content
      DatasetContent done = cache.get(entry.fileName());
      DatasetContent content = done != null ? done : decode(dataset, entry);
      mine.complete(content);
      return content;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      loading.remove(entry.fileName(), mine);
    }
  }

  private DatasetContent decode(DatasetInfo dataset, ManifestEntry entry) {
    DatasetContent content;
    long t = Profile.start();
    try {
      content = files.readDataset(entry);
      if (Profile.on()) { // the label is built only when it is printed
        Profile.end("read and decode " + dataset.datasetId() + " (" + dataset.rows() + " rows)", t);
      }
    } catch (RuntimeException e) {
      READ_FAILURES.incrementAndGet();
      // A write may have retired and deleted the file since locate(): not corruption then.
      if (e instanceof CorruptDataException && locate(dataset).isEmpty()) {
        throw notFound(dataset);
      }
      throw e;
    }
    DatasetContent before = cache.putIfAbsent(entry.fileName(), content);
    if (locate(dataset).isEmpty()) {
      cache.remove(entry.fileName()); // retired meanwhile: do not keep it alive
    }
    return before != null ? before : content;
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
    StoreWrites.Committed committed;
    try (StoreLock lock = StoreLock.acquireWithin(files.dir(), WRITE_PATIENCE)) {
      reload(); // on top of what any other writer committed
      committed = writes.commit(state, datasets, clock.instant());
      state = committed.state();
      stamp = files.manifestStamp();
      seenWrites = writesHere.incrementAndGet();
    } catch (IOException e) {
      throw unavailable(files.dir(), e);
    }
    // Replaced contents leave the cache at once; a late reader of one re-reads its file.
    committed.replaced().forEach(e -> cache.remove(e.fileName()));
    committed.dropped().forEach(e -> cache.remove(e.fileName()));
    return committed.stored();
  }

  /** Ends writes through this object; it holds no lock between writes. */
  @Override
  public synchronized void close() {
    closed = true;
  }

  /**
   * Reads every dataset file the manifest lists and verifies it (checksum, format version, content
   * against its manifest entry), bypassing the in-memory cache. A damaged file is reported, not
   * thrown: the others are still checked.
   */
  @Override
  public List<DatasetCheck> verify() {
    StoreState snapshot = current();
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
        current()
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
}
