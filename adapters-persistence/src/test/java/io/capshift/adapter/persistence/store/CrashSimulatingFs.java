package io.capshift.adapter.persistence.store;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * An in-memory file system that forgets what was not made durable, after SQLite's crash VFS. Each
 * file (inode) has its current bytes and the bytes last forced; each directory has its current
 * entries and the entries at its last sync. {@link #crashAfter} arms a crash after the Nth mutating
 * call: from then on every call fails and changes nothing. {@link #powerLoss} then keeps only
 * durable state: directories revert to their synced entries (un-synced renames, creations and
 * deletions are undone) and a file whose content was not forced comes back as its forced bytes, or,
 * if never forced, as random bytes of the same length.
 */
final class CrashSimulatingFs implements FileSystemPort {
  /** The exception a call throws once the crash has happened. */
  static final class Crashed extends IOException {
    Crashed() {
      super("simulated crash");
    }
  }

  private static final class Inode {
    byte[] current = new byte[0];
    byte[] forced;
  }

  private final Map<Path, Map<String, Inode>> current = new HashMap<>();
  private final Map<Path, Map<String, Inode>> synced = new HashMap<>();
  private final Random random;
  private final boolean honourDirSync;
  private int mutationsLeft = Integer.MAX_VALUE;
  private boolean crashed;
  private final List<String> calls = new ArrayList<>();

  /**
   * @param seed for the garbage that replaces never-forced files
   * @param honourDirSync false models a store without directory fsyncs (the mutation check)
   */
  CrashSimulatingFs(long seed, boolean honourDirSync) {
    this.random = new Random(seed);
    this.honourDirSync = honourDirSync;
  }

  /** Crashes after {@code n} more mutating calls (0: at the next one). */
  void crashAfter(int n) {
    mutationsLeft = n;
  }

  /** Number of mutating calls so far. */
  int mutations() {
    return calls.size();
  }

  /** Power comes back: only durable state survives, and calls work again. */
  void powerLoss() {
    current.clear();
    synced.forEach((dir, entries) -> current.put(dir, new HashMap<>(entries)));
    for (Map<String, Inode> entries : current.values()) {
      entries.replaceAll((name, inode) -> survivor(inode));
    }
    synced.clear();
    current.forEach((dir, entries) -> synced.put(dir, new HashMap<>(entries)));
    crashed = false;
    mutationsLeft = Integer.MAX_VALUE;
  }

  private Inode survivor(Inode inode) {
    Inode out = new Inode();
    if (inode.forced != null) {
      out.current = inode.forced.clone();
    } else {
      out.current = new byte[inode.current.length];
      random.nextBytes(out.current);
    }
    out.forced = out.current;
    return out;
  }

  private void mutate(String call) throws IOException {
    if (crashed || mutationsLeft-- <= 0) {
      crashed = true;
      throw new Crashed();
    }
    calls.add(call);
  }

  private Map<String, Inode> dir(Path dir) throws IOException {
    Map<String, Inode> entries = current.get(dir);
    if (entries == null) {
      throw new NoSuchFileException(dir.toString());
    }
    return entries;
  }

  private Inode inode(Path file) throws IOException {
    Inode inode = dir(file.getParent()).get(file.getFileName().toString());
    if (inode == null) {
      throw new NoSuchFileException(file.toString());
    }
    return inode;
  }

  @Override
  public void createDirectories(Path d) throws IOException {
    if (crashed) {
      throw new Crashed();
    }
    // Directories themselves are taken as durable: the store creates them once, at open.
    for (Path p = d; p != null; p = p.getParent()) {
      current.putIfAbsent(p, new HashMap<>());
      synced.putIfAbsent(p, new HashMap<>());
    }
  }

  @Override
  public void write(Path file, byte[] data) throws IOException {
    mutate("write");
    Map<String, Inode> entries = dir(file.getParent());
    Inode inode = entries.computeIfAbsent(file.getFileName().toString(), n -> new Inode());
    inode.current = data.clone();
  }

  @Override
  public void force(Path file) throws IOException {
    mutate("force");
    Inode inode = inode(file);
    inode.forced = inode.current.clone();
  }

  @Override
  public void move(Path source, Path target) throws IOException {
    mutate("move");
    Inode inode = inode(source);
    dir(source.getParent()).remove(source.getFileName().toString());
    dir(target.getParent()).put(target.getFileName().toString(), inode);
  }

  @Override
  public void dirSync(Path d) throws IOException {
    mutate("dirSync");
    if (honourDirSync) {
      synced.put(d, new HashMap<>(dir(d)));
    }
  }

  @Override
  public List<Path> list(Path d) throws IOException {
    if (crashed) {
      throw new Crashed();
    }
    return dir(d).keySet().stream().map(d::resolve).toList();
  }

  @Override
  public void delete(Path file) throws IOException {
    mutate("delete");
    dir(file.getParent()).remove(file.getFileName().toString());
  }

  @Override
  public boolean exists(Path file) {
    Map<String, Inode> entries = current.get(file.getParent());
    return entries != null && entries.containsKey(file.getFileName().toString());
  }

  @Override
  public byte[] read(Path file) throws IOException {
    if (crashed) {
      throw new Crashed();
    }
    return inode(file).current.clone();
  }

  /** The inode itself: a rename onto the file puts another one there. */
  @Override
  public Optional<Object> stamp(Path file) throws IOException {
    if (crashed) {
      throw new Crashed();
    }
    Map<String, Inode> entries = current.get(file.getParent());
    Inode inode = entries == null ? null : entries.get(file.getFileName().toString());
    return inode == null ? Optional.empty() : Optional.of(List.of(inode, inode.current.length));
  }
}
