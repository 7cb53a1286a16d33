package io.capshift.adapter.persistence.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link FileSystemPort} on java.nio: the production file system. */
final class NioFileSystem implements FileSystemPort {
  static final NioFileSystem INSTANCE = new NioFileSystem();

  private NioFileSystem() {}

  @Override
  public void createDirectories(Path dir) throws IOException {
    Files.createDirectories(dir);
  }

  @Override
  public void write(Path file, byte[] data) throws IOException {
    try (FileChannel ch =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(data);
      // A channel may write fewer bytes than asked; loop until all are out (P1).
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    }
  }

  @Override
  public void force(Path file) throws IOException {
    // fsync applies to the inode, so a second descriptor flushes what the first one wrote.
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  @Override
  public void move(Path source, Path target) throws IOException {
    // No fallback on AtomicMoveNotSupportedException: a non-atomic rename breaks P2.
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void dirSync(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }

  @Override
  public List<Path> list(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return new ArrayList<>(entries.toList());
    }
  }

  @Override
  public void delete(Path file) throws IOException {
    Files.deleteIfExists(file);
  }

  @Override
  public boolean exists(Path file) {
    return Files.exists(file);
  }

  @Override
  public byte[] read(Path file) throws IOException {
    return Files.readAllBytes(file);
  }

  @Override
  public Optional<Object> stamp(Path file) throws IOException {
    try {
      var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      return Optional.of(List.of(String.valueOf(a.fileKey()), a.lastModifiedTime(), a.size()));
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    }
  }
}
