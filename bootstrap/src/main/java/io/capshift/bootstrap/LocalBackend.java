package io.capshift.bootstrap;

import com.google.protobuf.Message;
import io.capshift.adapter.cli.CliBackend;
import io.capshift.adapter.cli.KeptAnswers;
import io.capshift.adapter.cli.OutputFormat;
import io.capshift.adapter.cli.ServeSettings;
import io.capshift.adapter.grpc.ProtoAnswers;
import io.capshift.adapter.persistence.store.FileDatasetRepository;
import io.capshift.application.port.Profile;
import io.capshift.application.port.in.UseCases;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.CRC32C;

/**
 * What the command line runs on in a capshift process: local stores, the system clock, and answers
 * kept between runs in the user's cache folder.
 */
final class LocalBackend implements CliBackend {
  /**
   * Environment variable naming the folder answers are kept in ({@link KeptAnswers}), or {@code
   * off} to keep none; default {@code $XDG_CACHE_HOME/capshift/answers}, else {@code
   * ~/.cache/capshift/answers}.
   */
  static final String ANSWERS_ENV = "CAPSHIFT_ANSWERS";

  /** Values of {@link #ANSWERS_ENV} that keep no answers, in any case. */
  private static final List<String> OFF = List.of("off", "0", "false", "no");

  private final Clock clock;
  private final Supplier<Optional<KeptAnswers>> keptSource;

  /** {@link #keptSource}'s answer once asked: only an analysis command reads the build's name. */
  private Optional<KeptAnswers> kept;

  /** The backend of the {@code capshift} process: answers are kept as its environment says. */
  static LocalBackend ofProcess() {
    Clock clock = new SystemClock();
    return new LocalBackend(clock, () -> keptFromEnvironment(clock));
  }

  /** A backend that keeps no answers (a test's, or an embedding program's). */
  LocalBackend(Clock clock) {
    this(clock, Optional.empty());
  }

  LocalBackend(Clock clock, Optional<KeptAnswers> kept) {
    this(clock, () -> kept);
  }

  private LocalBackend(Clock clock, Supplier<Optional<KeptAnswers>> keptSource) {
    this.clock = clock;
    this.keptSource = keptSource;
  }

  /**
   * Answers kept where {@link #ANSWERS_ENV} says, by the jar this runs from (none when it runs from
   * classes: a build in progress has no one name). The launcher's run that records a command's
   * classes sets {@code capshift.replay=false}, so it computes its answer and loads them all.
   */
  private static Optional<KeptAnswers> keptFromEnvironment(Clock clock) {
    String env = System.getenv(ANSWERS_ENV);
    if (env != null && OFF.contains(env.strip().toLowerCase(Locale.US))) {
      return Optional.empty();
    }
    Path dir;
    if (env != null && !env.isBlank()) {
      dir = Path.of(env);
    } else {
      String xdg = System.getenv("XDG_CACHE_HOME");
      dir =
          (xdg != null && !xdg.isBlank()
                  ? Path.of(xdg)
                  : Path.of(System.getProperty("user.home"), ".cache"))
              .resolve("capshift")
              .resolve("answers");
    }
    return jarIdentity()
        .map(
            id ->
                new KeptAnswers(
                    dir,
                    id,
                    !"false".equals(System.getProperty("capshift.replay", "true")),
                    clock));
  }

  /**
   * The jar this process runs ({@code java -jar}): its path, size, time and file key (a rebuild
   * writes a new file), and the Java version; where the file system keeps times in whole seconds, a
   * checksum of its central directory too (each entry's name, size and CRC: two builds of the same
   * size within a second are still two). Empty when run from classes or a longer class path.
   */
  private static Optional<String> jarIdentity() {
    try {
      // run with -jar, the class path is the jar alone (cheaper than asking the class's code
      // source)
      String classPath = System.getProperty("java.class.path", "");
      if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
        return Optional.empty();
      }
      Path jar = Path.of(classPath).toAbsolutePath();
      BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        return Optional.empty();
      }
      long nanos = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      String id = jar + "|" + a.size() + "|" + nanos + "|" + a.fileKey() + "|" + Runtime.version();
      // reading and summing the directory costs a fresh process ~8 ms: only where time cannot tell
      return Optional.of(
          nanos % 1_000_000_000L == 0 ? id + "|" + Long.toHexString(directoryChecksum(jar)) : id);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The zip end record's signature ({@code PK\5\6}). */
  private static final int END_RECORD = 0x06054b50;

  /**
   * CRC32C of a jar's central directory, found from the end record of a jar without a comment (as
   * Maven writes them).
   *
   * @throws IOException if the jar has no such end record or cannot be read
   */
  static long directoryChecksum(Path jar) throws IOException {
    try (FileChannel ch = FileChannel.open(jar, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
      readFully(ch, end, size - end.capacity());
      if (end.getInt(0) != END_RECORD) {
        throw new IOException("no zip end record at the end of " + jar);
      }
      long length = Integer.toUnsignedLong(end.getInt(12));
      long offset = Integer.toUnsignedLong(end.getInt(16));
      if (offset + length > size - end.capacity() || length > Integer.MAX_VALUE) {
        throw new IOException("the central directory of " + jar + " lies outside it");
      }
      ByteBuffer directory = ByteBuffer.allocate((int) length);
      readFully(ch, directory, offset);
      CRC32C crc = new CRC32C();
      crc.update(directory.flip());
      return crc.getValue();
    }
  }

  private static void readFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
    if (at < 0) {
      throw new IOException("file too short");
    }
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        throw new IOException("file too short");
      }
    }
  }

  @Override
  public synchronized Optional<KeptAnswers> keptAnswers() {
    if (kept == null) {
      long t = Profile.start();
      kept = keptSource.get();
      Profile.end("where answers are kept, and the build's name", t);
    }
    return kept;
  }

  @Override
  public Optional<byte[]> storeState(Path dataDir) {
    return FileDatasetRepository.commitRecord(dataDir);
  }

  @Override
  public long storeReadFailures() {
    return FileDatasetRepository.readFailures();
  }

  @Override
  public UseCases open(Path dataDir) {
    return Capshift.open(dataDir, clock);
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public Optional<String> encode(Object answer, OutputFormat format) {
    if (answer instanceof List<?> list) {
      Optional<Message> one = ProtoAnswers.response(list);
      if (one.isPresent()) {
        return one.map(m -> encode(m, format));
      }
      // answers of one question side by side (e.g. each negative-earnings policy): a JSON array,
      // or one CSV table under one header
      List<Message> each = new ArrayList<>();
      for (Object a : list) {
        Optional<Message> m = ProtoAnswers.response(a);
        if (m.isEmpty()) {
          return Optional.empty();
        }
        each.add(m.get());
      }
      if (format == OutputFormat.JSON) {
        return Optional.of(
            each.stream().map(ProtoAnswers::json).collect(Collectors.joining(",\n", "[", "]")));
      }
      StringBuilder csv = new StringBuilder();
      String header = null;
      for (Message m : each) {
        String table = ProtoAnswers.csv(m);
        int end = table.indexOf("\r\n") + 2;
        if (header == null) {
          header = table.substring(0, end);
          csv.append(table);
        } else if (table.startsWith(header)) {
          csv.append(table.substring(end));
        } else {
          csv.append("\r\n").append(table);
        }
      }
      return Optional.of(csv.toString());
    }
    return ProtoAnswers.response(answer).map(m -> encode(m, format));
  }

  private static String encode(Message m, OutputFormat format) {
    return format == OutputFormat.CSV ? ProtoAnswers.csv(m) : ProtoAnswers.json(m);
  }

  @Override
  public void serve(ServeSettings settings, Path dataDir, PrintWriter out) throws Exception {
    Serve.run(settings, Capshift.open(dataDir, clock), dataDir, out);
  }
}
