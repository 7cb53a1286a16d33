package io.capshift.adapter.persistence.store;

import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.Reason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive lock on {@code <store>/LOCK} that makes one writer at a time (P5): taken for a
 * write and released after it, so readers in any process never wait for it. The operating system
 * drops it when the process dies, so a killed holder never blocks its successor.
 */
final class StoreLock implements AutoCloseable {
  static final String FILE_NAME = "LOCK";

  // Stores locked by this JVM, by directory identity (device and inode where the OS gives them,
  // so a symlink or bind mount is the same store). Checked before opening a second channel on
  // the LOCK file: on POSIX, closing any descriptor of a file drops the process's locks on it
  // (seen on JDK 17/Linux), so a refused second open must never touch the file.
  private static final Set<Object> HELD = ConcurrentHashMap.newKeySet();

  private final Object key;
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(Object key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks the store in {@code dir} (an existing, absolute, normalised directory).
   *
   * @throws FailedPreconditionException {@code STORE_LOCKED} if another process or another open
   *     store in this JVM holds it
   */
  static StoreLock acquire(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    Object key = identity(dir);
    if (!HELD.add(key)) {
      throw locked(dir, file);
    }
    FileChannel channel = null;
    boolean acquired = false;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        throw locked(dir, file);
      }
      acquired = true;
      return new StoreLock(key, channel, lock);
    } finally {
      if (!acquired) {
        HELD.remove(key);
        if (channel != null) {
          channel.close();
        }
      }
    }
  }

  /**
   * Locks the store in {@code dir}, waiting up to {@code patience} for another writer, in this
   * process or another, to finish.
   *
   * @throws FailedPreconditionException {@code STORE_LOCKED} if it is still held then
   */
  static StoreLock acquireWithin(Path dir, java.time.Duration patience) throws IOException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      try {
        return acquire(dir);
      } catch (FailedPreconditionException busy) {
        if (System.nanoTime() > deadline) {
          throw busy;
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted waiting for the store's lock", e);
      }
    }
  }

  /** The lock if no one holds it now; empty if someone does. */
  static java.util.Optional<StoreLock> tryAcquire(Path dir) throws IOException {
    try {
      return java.util.Optional.of(acquire(dir));
    } catch (FailedPreconditionException busy) {
      return java.util.Optional.empty();
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      HELD.remove(key);
    }
  }

  private static Object identity(Path dir) throws IOException {
    Object fileKey = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
    return fileKey != null ? fileKey : dir.toRealPath();
  }

  private static FailedPreconditionException locked(Path dir, Path file) {
    return new FailedPreconditionException(
        Reason.STORE_LOCKED,
        "another capshift process is writing to the store and did not finish in time; try again",
        "store " + dir + ", lock file " + file,
        null);
  }
}
