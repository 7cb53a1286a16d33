package io.capshift.adapter.persistence.store;

import io.capshift.adapter.persistence.store.ContentCodec.StoredDataset;
import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.domain.error.CorruptDataException;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.Reason;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The store's files on disk: {@code MANIFEST}, {@code datasets/*.csd} and the rules for writing
 * them durably. Stateless apart from its paths; the repository decides what to write and when.
 */
final class StoreFiles {
  static final String MANIFEST = "MANIFEST";
  static final String DATASETS = "datasets";
  static final String TEMP_SUFFIX = ".tmp";

  private final Path dir;
  private final Path datasets;
  private final FileSystemPort fs;

  StoreFiles(Path dir, FileSystemPort fs) {
    this.dir = dir;
    this.datasets = dir.resolve(DATASETS);
    this.fs = fs;
  }

  Path dir() {
    return dir;
  }

  /** What identifies the committed manifest's version on disk; empty for a new store. */
  Optional<Object> manifestStamp() throws IOException {
    return fs.stamp(dir.resolve(MANIFEST));
  }

  boolean manifestExists() {
    return fs.exists(dir.resolve(MANIFEST));
  }

  /**
   * The committed manifest, or {@link Manifest#EMPTY} for a new store.
   *
   * @throws CorruptDataException naming the MANIFEST file if it fails verification, its path in the
   *     detail
   */
  Manifest readManifest() throws IOException {
    Path file = dir.resolve(MANIFEST);
    if (!fs.exists(file)) {
      return Manifest.EMPTY;
    }
    try {
      return decodeManifest(fs.read(file), MANIFEST);
    } catch (CorruptDataException e) {
      throw e.withDetail("store " + dir);
    }
  }

  /**
   * The manifest in the bytes of a MANIFEST file.
   *
   * @throws CorruptDataException naming {@code resource} if they fail verification
   */
  static Manifest decodeManifest(byte[] bytes, String resource) {
    Envelope.Opened opened =
        Envelope.open(bytes, Envelope.MANIFEST_MAGIC, Manifest.FORMAT_VERSION, resource);
    try {
      Manifest manifest = Manifest.decode(new PayloadReader(opened.payload()), opened.version());
      new StoreState(manifest); // rejects duplicate entries
      return manifest;
    } catch (RuntimeException e) {
      throw new CorruptDataException(resource, "cannot be decoded: " + e.getMessage(), e);
    }
  }

  /**
   * Deletes temp files left by a crash and, when a manifest exists, dataset files it does not
   * reference (written before a crash, or replaced but not yet deleted) (P6).
   */
  void removeGarbage(Manifest manifest, boolean manifestExists) throws IOException {
    Set<String> live =
        manifest.entries().stream().map(ManifestEntry::fileName).collect(Collectors.toSet());
    for (Path d : List.of(dir, datasets)) {
      for (Path p : fs.list(d)) {
        String name = p.getFileName().toString();
        boolean orphan =
            d.equals(datasets)
                && manifestExists
                && ManifestEntry.FILE_NAME.matcher(name).matches()
                && !live.contains(name);
        if (name.endsWith(TEMP_SUFFIX) || orphan) {
          fs.delete(p);
        }
      }
      fs.dirSync(d);
    }
  }

  /**
   * Writes the new dataset files, then swaps in the new manifest: the commit point (P1, P2, P7).
   * Each file is written under a temp name, forced, and renamed; each directory is synced once.
   */
  void commit(Map<String, byte[]> datasetFiles, Manifest next) throws IOException {
    writeDurably(datasets, datasetFiles);
    byte[] manifest =
        Envelope.seal(Envelope.MANIFEST_MAGIC, Manifest.FORMAT_VERSION, next.encode());
    writeDurably(dir, Map.of(MANIFEST, manifest));
  }

  /** Deletes replaced dataset files; a failure leaves garbage that the next open removes. */
  void deleteQuietly(List<ManifestEntry> entries) {
    for (ManifestEntry e : entries) {
      try {
        fs.delete(datasets.resolve(e.fileName()));
      } catch (IOException ignored) {
        // removeGarbage on the next open deletes it
      }
    }
  }

  /**
   * Reads and verifies the dataset file of {@code entry}.
   *
   * @throws CorruptDataException naming the dataset and its file
   */
  DatasetContent readDataset(ManifestEntry entry) {
    return decodeDataset(readBytes(entry, resourceOf(entry)), entry);
  }

  /**
   * The content in the bytes of the dataset file of {@code entry}.
   *
   * @throws CorruptDataException naming the dataset and its file if they fail verification
   */
  static DatasetContent decodeDataset(byte[] bytes, ManifestEntry entry) {
    DatasetInfo info = entry.info();
    String resource = resourceOf(entry);
    Envelope.Opened opened =
        Envelope.open(bytes, Envelope.DATASET_MAGIC, ContentCodec.FORMAT_VERSION, resource);
    if (opened.crc() != entry.fileCrc()) {
      throw new CorruptDataException(
          resource, "checksum differs from the one the manifest recorded (file replaced?)", null);
    }
    StoredDataset stored;
    try {
      stored = ContentCodec.decode(new PayloadReader(opened.payload()));
    } catch (RuntimeException e) {
      throw new CorruptDataException(resource, "cannot be decoded: " + e.getMessage(), e);
    }
    if (!stored.datasetId().equals(info.datasetId())
        || stored.version() != info.version()
        || stored.content().kind() != info.kind()
        || stored.content().rows() != info.rows()) {
      throw new CorruptDataException(resource, "content does not match its manifest entry", null);
    }
    return stored.content();
  }

  private static String resourceOf(ManifestEntry entry) {
    return entry.info().datasetId() + " (" + entry.fileName() + ")";
  }

  private byte[] readBytes(ManifestEntry entry, String resource) {
    try {
      return fs.read(datasets.resolve(entry.fileName()));
    } catch (NoSuchFileException e) {
      throw new CorruptDataException(resource, "the file is missing", e);
    } catch (IOException e) {
      throw new FailedPreconditionException(
          Reason.STORE_READ_FAILED, "cannot read dataset " + resource, e.toString(), e);
    }
  }

  /** Writes {@code files} into {@code target} atomically and durably: two fsyncs for one file. */
  void writeDurably(Path target, Map<String, byte[]> files) throws IOException {
    List<Path> temps = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path temp = target.resolve(f.getKey() + TEMP_SUFFIX);
        temps.add(temp);
        fs.write(temp, f.getValue());
        fs.force(temp);
      }
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        fs.move(target.resolve(f.getKey() + TEMP_SUFFIX), target.resolve(f.getKey()));
      }
      fs.dirSync(target);
    } catch (IOException e) {
      for (Path temp : temps) {
        try {
          fs.delete(temp);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }
}
