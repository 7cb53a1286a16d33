package io.capshift.adapter.persistence.store;

import static io.capshift.adapter.persistence.store.Samples.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.in.DatasetInfo;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One store, many processes: readers never take the lock, a writer takes it only while it writes,
 * and each sees the others' writes on its next read.
 */
class StoreLockTest {
  private static final long PROCESS_TIMEOUT_S = 30;

  @TempDir Path dir;

  @Test
  void open_sameDirTwiceInOneJvm_bothWork_andEachReadsTheOthersWrites() {
    try (FileDatasetRepository first = FileDatasetRepository.open(dir, CLOCK);
        FileDatasetRepository second = FileDatasetRepository.open(dir, CLOCK)) {
      first.saveAll(List.of(Samples.index("a", "2026-01-01", 1)));
      assertThat(second.list()).extracting(DatasetInfo::datasetId).containsExactly("a@2026-01-01");

      second.saveAll(List.of(Samples.index("b", "2026-01-01", 2)));

      assertThat(first.dataVersion()).isEqualTo(2);
      assertThat(first.list())
          .extracting(DatasetInfo::datasetId)
          .containsExactly("a@2026-01-01", "b@2026-01-01");
      assertThat(first.load(first.find("b", java.util.Optional.empty()).orElseThrow()).rows())
          .isEqualTo(1);
    }
  }

  @Test
  void open_throughASymlink_isTheSameStore() throws Exception {
    Files.createDirectories(dir.resolve("store"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("store"));
    try (FileDatasetRepository direct = FileDatasetRepository.open(dir.resolve("store"), CLOCK);
        FileDatasetRepository linked = FileDatasetRepository.open(link, CLOCK)) {
      linked.saveAll(List.of(Samples.index("a", "2026-01-01", 1)));
      assertThat(direct.dataVersion()).isEqualTo(1);
    }
  }

  /** Another process writes while this one has the store open: the next read here sees it. */
  @Test
  @Timeout(value = PROCESS_TIMEOUT_S, unit = TimeUnit.SECONDS)
  void writeInAnotherProcess_isSeenOnTheNextRead() throws Exception {
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      store.saveAll(List.of(Samples.index("mine", "2026-01-01", 1)));
      Process writer = probe("write", "theirs");
      assertThat(writer.waitFor(PROCESS_TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
      assertThat(output(writer)).isEqualTo("WROTE 2");

      assertThat(store.dataVersion()).isEqualTo(2);
      assertThat(store.list())
          .extracting(DatasetInfo::datasetId)
          .containsExactly("mine@2026-01-01", "theirs@2026-01-02");
      store.saveAll(List.of(Samples.index("third", "2026-01-03", 1)));
      assertThat(store.list()).hasSize(3); // written on top of theirs, nothing lost
    }
  }

  /**
   * While another process holds the write lock, reads go on and a write waits; once that process is
   * killed (SIGKILL: the OS drops its lock) the write completes.
   */
  @Test
  @Timeout(value = 2 * PROCESS_TIMEOUT_S, unit = TimeUnit.SECONDS)
  void writerInAnotherProcess_readsGoOn_aWriteWaitsForItsLock_evenAfterItsKill9() throws Exception {
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      store.saveAll(List.of(Samples.index("a", "2026-01-01", 1)));
      Process holder = probe("hold", "-");
      try {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("HOLDING");
        assertThat(store.list()).hasSize(1); // reading needs no lock
        CompletableFuture<List<DatasetInfo>> write =
            CompletableFuture.supplyAsync(
                () -> store.saveAll(List.of(Samples.index("b", "2026-01-01", 2))));
        Thread.sleep(300);
        assertThat(write).isNotDone(); // waiting for the holder
        holder.destroyForcibly();
        holder.waitFor(PROCESS_TIMEOUT_S, TimeUnit.SECONDS);
        assertThat(write.get(PROCESS_TIMEOUT_S, TimeUnit.SECONDS)).hasSize(1);
        assertThat(store.dataVersion()).isEqualTo(2);
      } finally {
        holder.destroyForcibly();
      }
    }
  }

  private Process probe(String mode, String id) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Xshare:auto",
                LockProbe.class.getName(),
                mode,
                dir.toString(),
                id))
        .redirectErrorStream(true)
        .start();
  }

  private static String output(Process p) throws Exception {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
  }
}
