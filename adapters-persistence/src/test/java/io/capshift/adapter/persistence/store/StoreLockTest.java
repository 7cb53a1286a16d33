package io.capshift.adapter.persistence.store;

import static io.capshift.adapter.persistence.store.Samples.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.Reason;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class StoreLockTest {
  /** JVM start-up dominates; the lock answer itself is immediate (tryLock never waits). */
  private static final long PROCESS_TIMEOUT_S = 30;

  @TempDir Path dir;

  @Test
  void open_sameDirTwiceInOneJvm_failsWithStoreLockedNamingTheLockFile() {
    try (FileDatasetRepository first = FileDatasetRepository.open(dir, CLOCK)) {
      Path lock = dir.toAbsolutePath().normalize().resolve("LOCK");
      assertThatThrownBy(() -> FileDatasetRepository.open(dir, CLOCK))
          .isInstanceOfSatisfying(
              FailedPreconditionException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.STORE_LOCKED);
                assertThat(e.detail().orElseThrow()).contains("lock file " + lock);
                assertThat(e.getMessage()).doesNotContain(dir.toString());
              })
          .hasMessageContaining("in use by another capshift process")
          .hasMessageContaining("--data");
      assertThat(first.list()).isEmpty(); // the failed open left the first one working
    }
    FileDatasetRepository.open(dir, CLOCK).close(); // released on close
  }

  @Test
  @Timeout(value = PROCESS_TIMEOUT_S, unit = TimeUnit.SECONDS)
  void open_throughASymlink_isTheSameStore_andTheRefusalKeepsTheFirstLock() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("store"));
    Files.createDirectories(dir.resolve("store"));
    try (FileDatasetRepository first = FileDatasetRepository.open(dir.resolve("store"), CLOCK)) {
      assertThatThrownBy(() -> FileDatasetRepository.open(link, CLOCK))
          .isInstanceOfSatisfying(
              FailedPreconditionException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.STORE_LOCKED));
      Process probe = probe("try", dir.resolve("store"));
      assertThat(probe.waitFor(PROCESS_TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
      assertThat(probe.exitValue()).isEqualTo(3); // still held by us
      assertThat(first.dataVersion()).isZero();
    }
  }

  @Test
  @Timeout(value = 2 * PROCESS_TIMEOUT_S, unit = TimeUnit.SECONDS)
  void open_whileAnotherProcessHoldsIt_failsThere_andWorksAfterItsKill9() throws Exception {
    try (FileDatasetRepository held = FileDatasetRepository.open(dir, CLOCK)) {
      // A failed attempt in this JVM must not drop our lock (POSIX close semantics).
      assertThatThrownBy(() -> FileDatasetRepository.open(dir, CLOCK))
          .isInstanceOf(FailedPreconditionException.class);
      Process probe = probe("try");
      assertThat(probe.waitFor(PROCESS_TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
      assertThat(probe.exitValue()).isEqualTo(3);
      assertThat(output(probe)).startsWith("STORE_LOCKED").contains("LOCK");
      assertThat(held.list()).isEmpty();
    }
    Process holder = probe("hold");
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("HOLDING");
      assertThatThrownBy(() -> FileDatasetRepository.open(dir, CLOCK))
          .isInstanceOfSatisfying(
              FailedPreconditionException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.STORE_LOCKED));
    } finally {
      holder.destroyForcibly(); // SIGKILL: the OS drops the holder's lock
      holder.waitFor(PROCESS_TIMEOUT_S, TimeUnit.SECONDS);
    }
    FileDatasetRepository.open(dir, CLOCK).close();
  }

  private Process probe(String mode) throws Exception {
    return probe(mode, dir);
  }

  private static Process probe(String mode, Path store) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Xshare:auto",
                LockProbe.class.getName(),
                mode,
                store.toString()))
        .redirectErrorStream(true)
        .start();
  }

  private static String output(Process p) throws Exception {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
  }
}
