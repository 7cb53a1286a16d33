package io.capshift.adapter.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Answers of the command line kept between runs: the same question asked again of a store whose
 * content has not changed is answered with the text the first run printed, without opening the
 * store. A question is the program that answered ({@code codeId}: a new build asks anew), the
 * command line, today's date (when the command line names no date) and the store's folder; the
 * store's content is its commit record (the bytes of its manifest, which change with every write).
 * Both are compared in full on every read, so a kept answer is never given for another question or
 * another state of the store.
 *
 * <p>One file per answer in {@code dir}, written under a temporary name and renamed; a file whose
 * checksum fails (a crash mid-write) is read as absent. Nothing here is durable: a lost answer is
 * computed again. At most {@value #MOST} answers are kept, the least recently used dropped first.
 */
public final class KeptAnswers {
  /** The most answers kept; past it the oldest are dropped down to {@value #AFTER_TRIM}. */
  static final int MOST = 256;

  static final int AFTER_TRIM = 192;

  private static final int MAGIC = 0x43534b41; // "CSKA"
  private static final int FORMAT = 1;
  private static final String SUFFIX = ".answer";

  private final Path dir;
  private final String codeId;
  private final boolean replay;
  private final Clock clock;

  /**
   * @param dir the folder answers are kept in; created on the first answer kept
   * @param codeId what names the program answering (e.g. its jar's path, size and time, and the
   *     Java version): an answer kept by another build is never given
   * @param replay false to compute every answer, still keeping it (the launcher's run that records
   *     the classes a command loads must load them)
   * @param clock stamps each answer when it is given, so the least recently used go first
   */
  public KeptAnswers(Path dir, String codeId, boolean replay, Clock clock) {
    this.dir = dir;
    this.codeId = codeId;
    this.replay = replay;
    this.clock = clock;
  }

  /** What a command printed: its output and its error stream. */
  record Answer(String out, String err) {}

  /**
   * The question a command line asks.
   *
   * @param asked the program, today's date, the store's folder and the command line
   * @param storeState the store's commit record when the question was asked
   */
  record Question(String asked, byte[] storeState) {
    Question {
      storeState = storeState.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Question q
          && asked.equals(q.asked)
          && Arrays.equals(storeState, q.storeState);
    }

    @Override
    public int hashCode() {
      return 31 * asked.hashCode() + Arrays.hashCode(storeState);
    }

    @Override
    public String toString() {
      return "Question[" + asked.replace('\0', ' ') + ", " + storeState.length + " bytes]";
    }
  }

  /**
   * The question of {@code args} run on the store in {@code dataDir} on {@code today} ("-" when the
   * answer does not depend on it).
   */
  Question question(String today, Path dataDir, List<String> args, byte[] storeState) {
    StringBuilder b =
        new StringBuilder(codeId)
            .append('\0')
            .append(today)
            .append('\0')
            .append(dataDir.toAbsolutePath().normalize());
    for (String a : args) {
      b.append('\0').append(a);
    }
    return new Question(b.toString(), storeState);
  }

  /** The answer kept for {@code q}, if one is and replaying is on. */
  Optional<Answer> find(Question q) {
    if (!replay) {
      return Optional.empty();
    }
    Path file = file(q);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Optional.empty();
    }
    Optional<Answer> a = decode(bytes, q);
    if (a.isPresent()) {
      try {
        // the least recently used are dropped first
        Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
      } catch (IOException e) {
        // still an answer; it may only be dropped sooner
      }
    }
    return a;
  }

  /**
   * Keeps {@code a} as the answer to {@code q}. Never fails the command: a folder that cannot be
   * written keeps nothing.
   */
  void keep(Question q, Answer a) {
    Path file = file(q);
    Path tmp =
        file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.createDirectories(dir);
      Files.write(tmp, encode(q, a));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      trim();
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // nothing was kept either way
      }
    }
  }

  /**
   * Drops the least recently used answers once there are more than {@link #MOST}, and what a
   * process that stopped mid-write left (a temporary file over an hour old).
   */
  private void trim() throws IOException {
    List<Path> files = new ArrayList<>();
    FileTime hourAgo = FileTime.from(clock.instant().minusSeconds(3600));
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
          files.add(p);
        } else if (name.endsWith(".tmp") && lastModified(p).compareTo(hourAgo) < 0) {
          Files.deleteIfExists(p);
        }
      }
    }
    if (files.size() <= MOST) {
      return;
    }
    files.sort(Comparator.comparing(KeptAnswers::lastModified));
    for (Path p : files.subList(0, files.size() - AFTER_TRIM)) {
      Files.deleteIfExists(p);
    }
  }

  private static FileTime lastModified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  /** The file of {@code q}: named by checksums of both parts, which are compared in full inside. */
  Path file(Question q) {
    long name = crc(q.asked().getBytes(StandardCharsets.UTF_8)) << 32 | crc(q.storeState());
    // sixteen hex digits, without loading a formatter on the path of every command
    String hex = Long.toHexString(name);
    return dir.resolve("0".repeat(16 - hex.length()) + hex + SUFFIX);
  }

  private static long crc(byte[] b) {
    return crc(b, b.length);
  }

  /** CRC32C of the first {@code length} bytes of {@code b}. */
  private static long crc(byte[] b, int length) {
    CRC32C c = new CRC32C();
    c.update(b, 0, length);
    return c.getValue();
  }

  private static byte[] encode(Question q, Answer a) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bytes);
    d.writeInt(MAGIC);
    d.writeInt(FORMAT);
    block(d, q.asked().getBytes(StandardCharsets.UTF_8));
    block(d, q.storeState());
    block(d, a.out().getBytes(StandardCharsets.UTF_8));
    block(d, a.err().getBytes(StandardCharsets.UTF_8));
    d.flush();
    d.writeInt((int) crc(bytes.toByteArray()));
    return bytes.toByteArray();
  }

  private static void block(DataOutputStream d, byte[] b) throws IOException {
    d.writeInt(b.length);
    d.write(b);
  }

  /** The answer in {@code bytes} if they are whole and hold {@code q}'s, else empty. */
  static Optional<Answer> decode(byte[] bytes, Question q) {
    if (bytes.length < 4 * 7) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if ((int) crc(bytes, bytes.length - 4) != b.getInt(bytes.length - 4)
        || b.getInt() != MAGIC
        || b.getInt() != FORMAT) {
      return Optional.empty();
    }
    b.limit(bytes.length - 4);
    try {
      if (!Arrays.equals(block(b), q.asked().getBytes(StandardCharsets.UTF_8))
          || !Arrays.equals(block(b), q.storeState())) {
        return Optional.empty();
      }
      String out = new String(block(b), StandardCharsets.UTF_8);
      String err = new String(block(b), StandardCharsets.UTF_8);
      return b.hasRemaining() ? Optional.empty() : Optional.of(new Answer(out, err));
    } catch (RuntimeException e) {
      // a length past the end: not a file this class wrote whole
      return Optional.empty();
    }
  }

  private static byte[] block(ByteBuffer b) {
    int n = b.getInt();
    if (n < 0 || n > b.remaining()) {
      throw new IllegalArgumentException("block of " + n + " bytes past the end");
    }
    byte[] out = new byte[n];
    b.get(out);
    return out;
  }
}
