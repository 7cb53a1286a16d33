package io.capshift.adapter.persistence.store;

import static io.capshift.adapter.persistence.store.Samples.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.in.DatasetInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * T1, the kill -9 loop: a child JVM ({@link ImportLoop}) imports in a loop and is killed with
 * SIGKILL at a random moment after its first acknowledged import; after each kill the store must
 * open, hold the last acknowledged commit (or the one in flight), load every dataset, and have no
 * temp file left. {@code -Dcapshift.crash.kills=N} sets the number of kills (the {@code soak}
 * profile: 500).
 */
class CrashLoopTest {
  private static final int KILLS = Integer.getInteger("capshift.crash.kills", 50);

  @TempDir Path dir;

  @Test
  void importLoop_killedAtRandomMoments_neverLosesAnAcknowledgedImport() throws Exception {
    Random random = new Random(20261124);
    long acknowledged = 0;
    long imports = 0;
    int inFlightLanded = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      long lastAck = runAndKill(random.nextInt(150));
      assertThat(lastAck).as("kill %d: the child acknowledged nothing", kill).isPositive();
      imports += lastAck - acknowledged;
      acknowledged = lastAck;
      try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
        long stored = ImportLoop.counter(store).orElseThrow();
        assertThat(stored).as("kill %d", kill).isBetween(lastAck, lastAck + 1);
        if (stored == lastAck + 1) {
          inFlightLanded++;
          acknowledged = stored;
        }
        for (DatasetInfo info : store.list()) {
          store.load(info);
        }
        assertThat(tempFiles()).as("kill %d: temp files after open", kill).isEmpty();
      }
    }
    System.out.printf(
        "CrashLoopTest: %d kills, %d acknowledged imports, %d in-flight commits landed,"
            + " 0 lost or corrupt%n",
        KILLS, imports, inFlightLanded);
  }

  /**
   * Starts the child, waits for its first ACK plus {@code delayMs}, kills it and returns its last
   * ACK. A thread drains the child's output to its end, so every ACK written before the kill is
   * counted.
   */
  private long runAndKill(int delayMs) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Xshare:auto",
                ImportLoop.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    AtomicLong last = new AtomicLong();
    CountDownLatch firstAck = new CountDownLatch(1);
    StringBuilder other = new StringBuilder();
    Thread drain =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  if (line.startsWith("ACK ")) {
                    last.set(Long.parseLong(line.substring(4)));
                    firstAck.countDown();
                  } else {
                    other.append(line).append('\n');
                  }
                }
              } catch (IOException closed) {
                // the kill closed the pipe: every ACK read so far is counted
              }
            });
    drain.start();
    try {
      assertThat(firstAck.await(60, TimeUnit.SECONDS))
          .as("first ACK; child said %s", other)
          .isTrue();
      Thread.sleep(delayMs);
    } finally {
      // kill -9 from outside: Process.destroyForcibly would also close our end of the child's
      // pipe, losing ACKs already written to it
      new ProcessBuilder("kill", "-9", Long.toString(child.pid()))
          .start()
          .waitFor(30, TimeUnit.SECONDS);
      child.waitFor(30, TimeUnit.SECONDS);
      drain.join(TimeUnit.SECONDS.toMillis(30));
      child.destroyForcibly();
    }
    return last.get();
  }

  private List<Path> tempFiles() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(StoreFiles.TEMP_SUFFIX)).toList();
    }
  }
}
