package io.capshift.adapter.persistence.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store's own durable writes in a folder of their own, with the fsyncs they make counted
 * through the store's file-system port. Public only so that the benchmark suite measures the code
 * the store runs rather than a copy; {@link FileDatasetRepository} is the API.
 */
public final class DurableWriteProbe {
  private final Path dir;
  private final StoreFiles files;
  private final AtomicInteger fsyncs = new AtomicInteger();

  private DurableWriteProbe(Path dir) {
    this.dir = dir;
    this.files = new StoreFiles(dir, new CountingFileSystem(NioFileSystem.INSTANCE, fsyncs));
  }

  /** Writes will go to {@code dir}, a folder laid out as a store's. */
  public static DurableWriteProbe in(Path dir) throws IOException {
    Files.createDirectories(dir.resolve(StoreFiles.DATASETS));
    return new DurableWriteProbe(dir);
  }

  /** One file written atomically and durably: temp file, fsync, rename, directory fsync. */
  public void writeDurably(String name, byte[] bytes) throws IOException {
    files.writeDurably(dir, Map.of(name, bytes));
  }

  /** A dataset file and then an empty manifest, committed as the store commits an import. */
  public void commit(String name, byte[] bytes) throws IOException {
    files.commit(Map.of(name, bytes), Manifest.EMPTY);
  }

  /** The fsyncs of files and directories made so far; resets the count. */
  public int takeFsyncs() {
    return fsyncs.getAndSet(0);
  }

  /** Counts fsyncs of files and directories. */
  private static final class CountingFileSystem extends ForwardingFileSystem {
    private final AtomicInteger fsyncs;

    CountingFileSystem(FileSystemPort fs, AtomicInteger fsyncs) {
      super(fs);
      this.fsyncs = fsyncs;
    }

    @Override
    public void force(Path file) throws IOException {
      fsyncs.incrementAndGet();
      super.force(file);
    }

    @Override
    public void dirSync(Path d) throws IOException {
      fsyncs.incrementAndGet();
      super.dirSync(d);
    }
  }
}
