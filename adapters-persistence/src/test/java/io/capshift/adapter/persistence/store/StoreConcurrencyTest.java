package io.capshift.adapter.persistence.store;

import static io.capshift.adapter.persistence.store.Samples.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.out.DatasetContent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** T6: readers query while writes replace the dataset; no read mixes two versions. */
class StoreConcurrencyTest {
  private static final int WRITES = 60;
  private static final int READERS = 3;

  @TempDir Path dir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void load_duringReplacingWrites_alwaysReturnsTheVersionItFound() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(READERS);
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      // The dataset written at version v has the value v, so a mixed read is visible.
      store.saveAll(List.of(Samples.index("x", "2026-01-01", 1)));
      AtomicBoolean writing = new AtomicBoolean(true);
      List<Future<Integer>> readers = new java.util.ArrayList<>();
      for (int i = 0; i < READERS; i++) {
        readers.add(pool.submit(() -> readUntil(store, writing)));
      }
      for (int v = 2; v <= WRITES; v++) {
        store.saveAll(List.of(Samples.index("x", "2026-01-01", v)));
      }
      writing.set(false);
      for (Future<Integer> r : readers) {
        assertThat(r.get()).isPositive();
      }
      assertThat(store.dataVersion()).isEqualTo(WRITES);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void load_twoCallersAtOnce_oneDecodeBothGetIt() throws Exception {
    AtomicInteger datasetReads = new AtomicInteger();
    CountDownLatch firstReading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    FileSystemPort fs =
        new ForwardingFileSystem(NioFileSystem.INSTANCE) {
          @Override
          public byte[] read(Path file) throws IOException {
            if (file.getParent().getFileName().toString().equals("datasets")
                && datasetReads.incrementAndGet() == 1) {
              firstReading.countDown();
              try {
                release.await(30, TimeUnit.SECONDS); // the second caller arrives meanwhile
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return super.read(file);
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK, fs)) {
      store.saveAll(List.of(Samples.index("x", "2026-01-01", 7)));
      datasetReads.set(0);
      DatasetInfo info = store.find("x", Optional.empty()).orElseThrow();
      Future<DatasetContent> first = pool.submit(() -> store.load(info));
      assertThat(firstReading.await(10, TimeUnit.SECONDS)).isTrue();
      Future<DatasetContent> second = pool.submit(() -> store.load(info));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (store.decodesAwaited() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      assertThat(store.decodesAwaited()).as("the second waits for the first's decode").isOne();
      release.countDown();
      assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
      assertThat(datasetReads.get()).as("files of datasets read").isEqualTo(1);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  private static int readUntil(FileDatasetRepository store, AtomicBoolean writing) {
    int reads = 0;
    while (writing.get() || reads == 0) {
      long before = store.dataVersion();
      DatasetInfo info = store.find("x", Optional.empty()).orElseThrow();
      DatasetContent content = store.load(info);
      double value = ((DatasetContent.Constituents) content).snapshot().constituent(0).value();
      assertThat(value).isEqualTo((double) info.version());
      assertThat(info.version()).isGreaterThanOrEqualTo(before);
      reads++;
    }
    return reads;
  }
}
