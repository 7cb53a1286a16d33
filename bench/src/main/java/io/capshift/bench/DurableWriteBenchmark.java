package io.capshift.bench;

import io.capshift.adapter.persistence.store.DurableWriteProbe;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * G6: a durable atomic write of 1 MiB through the store (temp file, fsync, rename, directory fsync)
 * against the bare minimum for durability (write, fsync, one directory fsync), and a whole dataset
 * commit (the dataset file, then the manifest: two such writes). The fsyncs are counted through the
 * store's file-system port. Runs in {@code bench.dir} (default {@code target/}, on the disk; a
 * tmpfs would make every fsync free).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DurableWriteBenchmark {
  static final int BYTES = 1 << 20;

  private Path dir;
  private DurableWriteProbe store;
  private byte[] data;
  private Path plainFile;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path base = Path.of(System.getProperty("bench.dir", "target"));
    Files.createDirectories(base);
    dir = Files.createTempDirectory(base, "g6-");
    store = DurableWriteProbe.in(dir);
    data = new byte[BYTES];
    new Random(6).nextBytes(data);
    plainFile = dir.resolve("plain.bin");
  }

  /**
   * fsyncs (of files and directories) that one durable write and one commit make, counted through
   * the file-system port.
   *
   * @return {durable write, commit}
   */
  public static int[] fsyncsPerOperation(Path baseDir) throws IOException {
    System.setProperty("bench.dir", baseDir.toString());
    DurableWriteBenchmark b = new DurableWriteBenchmark();
    b.setUp();
    try {
      b.store.takeFsyncs();
      b.durableWrite();
      int single = b.store.takeFsyncs();
      b.commit();
      return new int[] {single, b.store.takeFsyncs()};
    } finally {
      b.tearDown();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The store's atomic durable write of one 1 MiB file. */
  @Benchmark
  public void durableWrite() throws IOException {
    store.writeDurably("bench.bin", data);
  }

  /** The floor: write the same bytes to a plain file, fsync it, fsync its directory. */
  @Benchmark
  public void plainWriteFsync() throws IOException {
    try (FileChannel ch =
        FileChannel.open(
            plainFile,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(data);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    }
  }

  /** A 1 MiB dataset file and a manifest, committed as the store commits an import. */
  @Benchmark
  public void commit() throws IOException {
    store.commit("bench-dataset.bin", data);
  }
}
