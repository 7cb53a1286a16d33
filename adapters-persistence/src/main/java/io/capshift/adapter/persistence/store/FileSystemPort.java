package io.capshift.adapter.persistence.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file-system calls the store makes, and nothing else. A seam so that fault-injection tests
 * (crash simulation, I/O errors, fsync counting) can wrap the real file system; production uses
 * {@link NioFileSystem}.
 */
interface FileSystemPort {

  /** Creates {@code dir} and its parents if they do not exist. */
  void createDirectories(Path dir) throws IOException;

  /** Creates or truncates {@code file} and writes all of {@code data}; not yet durable. */
  void write(Path file, byte[] data) throws IOException;

  /** Makes the content of {@code file} durable (fsync). */
  void force(Path file) throws IOException;

  /** Renames {@code source} to {@code target} atomically, replacing {@code target}. */
  void move(Path source, Path target) throws IOException;

  /** Makes the entries of {@code dir} (creations, renames, deletions) durable. */
  void dirSync(Path dir) throws IOException;

  /** The entries of {@code dir}, in no particular order. */
  List<Path> list(Path dir) throws IOException;

  /** Deletes {@code file} if it exists. */
  void delete(Path file) throws IOException;

  /** Whether {@code file} exists. */
  boolean exists(Path file);

  /** The whole content of {@code file}. */
  byte[] read(Path file) throws IOException;

  /**
   * What identifies {@code file}'s current version: equal while it is not replaced or changed,
   * different after a rename onto it; empty when it does not exist.
   */
  Optional<Object> stamp(Path file) throws IOException;
}
