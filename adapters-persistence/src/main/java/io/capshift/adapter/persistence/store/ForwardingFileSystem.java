package io.capshift.adapter.persistence.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A {@link FileSystemPort} that passes every call to another; decorators (fault injection, fsync
 * counting) override only the calls they watch.
 */
abstract class ForwardingFileSystem implements FileSystemPort {
  private final FileSystemPort delegate;

  ForwardingFileSystem(FileSystemPort delegate) {
    this.delegate = delegate;
  }

  @Override
  public void createDirectories(Path dir) throws IOException {
    delegate.createDirectories(dir);
  }

  @Override
  public void write(Path file, byte[] data) throws IOException {
    delegate.write(file, data);
  }

  @Override
  public void force(Path file) throws IOException {
    delegate.force(file);
  }

  @Override
  public void move(Path source, Path target) throws IOException {
    delegate.move(source, target);
  }

  @Override
  public void dirSync(Path dir) throws IOException {
    delegate.dirSync(dir);
  }

  @Override
  public List<Path> list(Path dir) throws IOException {
    return delegate.list(dir);
  }

  @Override
  public void delete(Path file) throws IOException {
    delegate.delete(file);
  }

  @Override
  public boolean exists(Path file) {
    return delegate.exists(file);
  }

  @Override
  public byte[] read(Path file) throws IOException {
    return delegate.read(file);
  }

  @Override
  public Optional<Object> stamp(Path file) throws IOException {
    return delegate.stamp(file);
  }
}
