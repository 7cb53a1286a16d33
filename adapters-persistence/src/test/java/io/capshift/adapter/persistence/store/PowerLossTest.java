package io.capshift.adapter.persistence.store;

import static io.capshift.adapter.persistence.store.Samples.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.FailedPreconditionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * T2, simulated power loss: a three-file commit (two dataset files and the manifest) is cut at
 * every one of its file-system calls, power is lost (un-forced data and un-synced directory entries
 * are forgotten), and the reopened store must hold the state before the commit or, only if the
 * commit had not been acknowledged, possibly the state after it; every dataset must load and no
 * temp file may remain.
 */
class PowerLossTest {
  /** Mutating calls of the commit below: 2 × (write, force), 2 moves, dirSync; manifest 4. */
  private static final int COMMIT_CALLS = 11;

  private static final List<ParsedDataset> FIRST = List.of(Samples.index("a", "2026-01-01", 1));
  private static final List<ParsedDataset> SECOND =
      List.of(Samples.index("a", "2026-01-01", 2), Samples.index("b", "2026-01-01", 3));

  @TempDir Path dir;

  @Test
  void commit_cutAtEveryCallThenPowerLoss_reopensToTheOldOrTheNewStateOnly() throws IOException {
    assertThat(violations(true)).isEmpty();
  }

  /** The mutation check: a store that skipped its directory fsyncs must fail the same check. */
  @Test
  void commit_withoutDirectoryFsync_isCaughtLosingAnAcknowledgedWrite() throws IOException {
    assertThat(violations(false)).isNotEmpty().anyMatch(v -> v.contains("acknowledged"));
  }

  private List<String> violations(boolean honourDirSync) throws IOException {
    List<List<DatasetInfo>> states = referenceStates();
    List<String> violations = new ArrayList<>();
    for (int cut = 0; cut <= COMMIT_CALLS; cut++) {
      CrashSimulatingFs fs = new CrashSimulatingFs(cut, honourDirSync);
      boolean acknowledged;
      try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK, fs)) {
        store.saveAll(FIRST);
        int before = fs.mutations();
        fs.crashAfter(cut);
        try {
          store.saveAll(SECOND);
          acknowledged = true;
          assertThat(fs.mutations() - before).isEqualTo(COMMIT_CALLS);
        } catch (FailedPreconditionException e) {
          acknowledged = false;
        }
      }
      fs.powerLoss();
      String verdict = check(fs, acknowledged, states);
      if (verdict != null) {
        violations.add("cut after " + cut + " calls: " + verdict);
      }
    }
    return violations;
  }

  /** Null when the reopened store is a state the commit allows, else what is wrong. */
  private String check(CrashSimulatingFs fs, boolean acknowledged, List<List<DatasetInfo>> states)
      throws IOException {
    try (FileDatasetRepository reopened = FileDatasetRepository.open(dir, CLOCK, fs)) {
      List<DatasetInfo> found = reopened.list();
      boolean isOld = found.equals(states.get(0));
      boolean isNew = found.equals(states.get(1));
      if (acknowledged && !isNew) {
        return "acknowledged commit lost: found " + found;
      }
      if (!isOld && !isNew) {
        return "neither the old nor the new state: " + found;
      }
      found.forEach(reopened::load);
      for (Path d : List.of(dir.toAbsolutePath(), dir.toAbsolutePath().resolve("datasets"))) {
        if (fs.list(d).stream().anyMatch(p -> p.toString().endsWith(StoreFiles.TEMP_SUFFIX))) {
          return "temp files left in " + d;
        }
      }
      return null;
    } catch (RuntimeException e) {
      return "reopen or load failed: " + e;
    }
  }

  /** The lists before and after the second commit, from a run without a crash. */
  private List<List<DatasetInfo>> referenceStates() {
    CrashSimulatingFs fs = new CrashSimulatingFs(0, true);
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK, fs)) {
      store.saveAll(FIRST);
      List<DatasetInfo> old = store.list();
      store.saveAll(SECOND);
      return List.of(old, store.list());
    }
  }
}
