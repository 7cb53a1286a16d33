package io.capshift.adapter.persistence.store;

import static io.capshift.adapter.persistence.store.Samples.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** T4 in small: the Nth file-system call of a commit fails; G6: fsyncs per commit. */
class StoreFaultTest {
  @TempDir Path dir;

  @Test
  void saveAll_ioErrorAtEveryStepOfACommit_storesNothingAndLeavesTheStoreConsistent() {
    List<DatasetInfo> before;
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      before = store.saveAll(List.of(Samples.index("a", "2026-01-01", 1)));
    }
    // A two-dataset commit: 2 x (write, force), 2 moves, dirSync, manifest write, force, move,
    // dirSync = 11 mutating calls.
    for (int failAt = 1; failAt <= 11; failAt++) {
      FaultyFileSystem fs = new FaultyFileSystem(failAt);
      try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK, fs)) {
        fs.armed = true;
        assertThatThrownBy(
                () ->
                    store.saveAll(
                        List.of(
                            Samples.index("a", "2026-01-01", 2),
                            Samples.index("b", "2026-01-01", 3))))
            .isInstanceOfSatisfying(
                FailedPreconditionException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.STORE_WRITE_FAILED));
        // a read sees the manifest on disk: failing its final dirSync leaves the renamed one
        // there (the successor state, as after a crash); any earlier failure leaves the old one
        if (failAt < 11) {
          assertThat(store.list()).isEqualTo(before);
          assertThat(store.dataVersion()).isEqualTo(1);
        }
      }
      try (FileDatasetRepository reopened = FileDatasetRepository.open(dir, CLOCK)) {
        // Failing the manifest's final dirSync leaves the renamed manifest visible: the
        // successor state, allowed after a crash; any earlier failure leaves the old one.
        if (failAt < 11) {
          assertThat(reopened.list()).isEqualTo(before);
        }
        reopened.list().forEach(reopened::load);
      }
    }
  }

  @Test
  void saveAll_diskFullMidFile_errorNamesItNothingAcknowledgedNoTempLeft() throws IOException {
    List<DatasetInfo> before;
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      before = store.saveAll(List.of(Samples.index("a", "2026-01-01", 1)));
    }
    FaultyFileSystem fs = new FaultyFileSystem(Integer.MAX_VALUE);
    fs.diskFull = true;
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK, fs)) {
      fs.armed = true;
      assertThatThrownBy(() -> store.saveAll(List.of(Samples.index("b", "2026-01-01", 2, 3))))
          .isInstanceOfSatisfying(
              FailedPreconditionException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.STORE_WRITE_FAILED);
                assertThat(e.detail().orElseThrow()).contains("No space left on device");
                assertThat(e.getMessage()).doesNotContain(dir.toString());
              })
          .hasMessageContaining("nothing was stored");
      assertThat(store.list()).isEqualTo(before);
    }
    try (FileDatasetRepository reopened = FileDatasetRepository.open(dir, CLOCK)) {
      assertThat(reopened.list()).isEqualTo(before);
      reopened.list().forEach(reopened::load);
    }
    try (var files = java.nio.file.Files.walk(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void saveAll_oneDataset_takesTwoFsyncsPerFile() {
    FaultyFileSystem fs = new FaultyFileSystem(Integer.MAX_VALUE);
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK, fs)) {
      fs.calls.clear();
      store.saveAll(List.of(Samples.index("a", "2026-01-01", 1)));
    }
    assertThat(fs.calls)
        .containsExactly("write", "force", "move", "dirSync", "write", "force", "move", "dirSync");
  }

  /** The real file system, failing its Nth mutating call once armed; logs the calls. */
  private static final class FaultyFileSystem extends ForwardingFileSystem {
    private final int failAt;
    final List<String> calls = new ArrayList<>();
    boolean armed;
    boolean diskFull;
    private int count;

    FaultyFileSystem(int failAt) {
      super(NioFileSystem.INSTANCE);
      this.failAt = failAt;
    }

    private void step(String call) throws IOException {
      calls.add(call);
      if (armed && ++count == failAt) {
        throw new IOException("injected failure at " + call + " #" + count);
      }
    }

    @Override
    public void write(Path file, byte[] data) throws IOException {
      if (diskFull && armed) {
        // the disk fills mid-file: half the bytes land, then ENOSPC
        super.write(file, java.util.Arrays.copyOf(data, data.length / 2));
        throw new IOException("No space left on device");
      }
      step("write");
      super.write(file, data);
    }

    @Override
    public void force(Path file) throws IOException {
      step("force");
      super.force(file);
    }

    @Override
    public void move(Path source, Path target) throws IOException {
      step("move");
      super.move(source, target);
    }

    @Override
    public void dirSync(Path d) throws IOException {
      step("dirSync");
      super.dirSync(d);
    }
  }
}
