package io.capshift.adapter.persistence.store;

import static io.capshift.adapter.persistence.store.Samples.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.application.port.in.DatasetCheck;
import io.capshift.application.port.in.DatasetInfo;
import io.capshift.domain.error.CorruptDataException;
import io.capshift.domain.error.Reason;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCorruptionTest {
  @TempDir Path dir;
  private Path iwmFile;
  private Path spFile;

  @BeforeEach
  void twoDatasets() {
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      store.saveAll(
          List.of(
              Samples.fund("IWM", "2026-04-10", 2.8e8, 1, 2, 3),
              Samples.index("sp500", "2026-08-22", 4)));
    }
    iwmFile = dir.resolve("datasets/iwm@2026-04-10.1.csd");
    spFile = dir.resolve("datasets/sp500@2026-08-22.1.csd");
    assertThat(iwmFile).isRegularFile();
  }

  private static void flipMiddleByte(Path file) throws java.io.IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x40;
    Files.write(file, bytes);
  }

  @Test
  void open_deletesLeftoverTempFilesAndUnreferencedDatasetFiles() throws Exception {
    Files.write(dir.resolve("MANIFEST.tmp"), new byte[] {1, 2});
    Files.write(dir.resolve("datasets/x@2026-01-01.7.csd.tmp"), new byte[] {3});
    Files.write(dir.resolve("datasets/x@2026-01-01.7.csd"), new byte[] {4});
    Files.write(dir.resolve("datasets/notes.txt"), new byte[] {5});
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      assertThat(store.list()).hasSize(2);
    }
    assertThat(dir.resolve("MANIFEST.tmp")).doesNotExist();
    assertThat(dir.resolve("datasets/x@2026-01-01.7.csd.tmp")).doesNotExist();
    assertThat(dir.resolve("datasets/x@2026-01-01.7.csd")).doesNotExist();
    assertThat(dir.resolve("datasets/notes.txt")).exists(); // not ours: left alone
    assertThat(iwmFile).exists();
  }

  @Test
  void load_flippedByte_failsNamingDatasetAndFile_whileTheOtherDatasetLoads() throws Exception {
    flipMiddleByte(iwmFile);
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      assertThatThrownBy(() -> store.load(info(store, "IWM")))
          .isInstanceOfSatisfying(
              CorruptDataException.class,
              e -> {
                assertThat(e.resource()).isEqualTo("IWM@2026-04-10 (iwm@2026-04-10.1.csd)");
                assertThat(e.reason()).isEqualTo(Reason.DATA_CORRUPT);
              })
          .hasMessageContaining("checksum mismatch");
      assertThat(store.load(info(store, "sp500")).rows()).isEqualTo(1);
    }
  }

  /** What tells the command line an answer saw a failed read (it is then not kept). */
  @Test
  void load_failed_countedAsAReadFailure_aGoodLoadIsNot() throws Exception {
    flipMiddleByte(iwmFile);
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      long before = FileDatasetRepository.readFailures();
      store.load(info(store, "sp500"));
      assertThat(FileDatasetRepository.readFailures()).isEqualTo(before);

      assertThatThrownBy(() -> store.load(info(store, "IWM")))
          .isInstanceOf(CorruptDataException.class);

      assertThat(FileDatasetRepository.readFailures()).isGreaterThan(before);
    }
  }

  @Test
  void verify_flippedByte_listsTheDamagedDatasetAndPassesTheOther() throws Exception {
    byte[] bytes = Files.readAllBytes(iwmFile);
    bytes[bytes.length / 3] ^= 0x01;
    Files.write(iwmFile, bytes);
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      List<DatasetCheck> checks = store.verify();

      assertThat(checks)
          .extracting(c -> c.dataset().datasetId())
          .containsExactly("IWM@2026-04-10", "sp500@2026-08-22");
      assertThat(checks.get(0).ok()).isFalse();
      assertThat(checks.get(0).file()).endsWith("iwm@2026-04-10.1.csd");
      assertThat(checks.get(0).problem().orElseThrow()).contains("checksum mismatch");
      assertThat(checks.get(1).ok()).isTrue();
    }
  }

  @Test
  void load_tornFlippedOrExtendedFile_alwaysFailsAsCorruptNamingIt() throws Exception {
    byte[] good = Files.readAllBytes(iwmFile);
    Random random = new Random(42);
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      DatasetInfo iwm = info(store, "IWM");
      for (int cut = Math.max(0, good.length - 64); cut < good.length; cut++) {
        assertCorrupt(store, iwm, Arrays.copyOf(good, cut));
      }
      for (int i = 0; i < 1_000; i++) {
        byte[] flipped = good.clone();
        flipped[random.nextInt(good.length)] ^= (byte) (1 + random.nextInt(255));
        assertCorrupt(store, iwm, flipped);
      }
      assertCorrupt(store, iwm, Arrays.copyOf(good, good.length + 7));
      Files.delete(iwmFile);
      assertThatThrownBy(() -> store.load(iwm)).hasMessageContaining("missing");
      assertThat(store.load(info(store, "sp500")).rows()).isEqualTo(1);
    }
  }

  @Test
  void load_validFileOfAnotherDatasetInItsPlace_failsAsCorrupt() throws Exception {
    Files.copy(spFile, iwmFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      assertThatThrownBy(() -> store.load(info(store, "IWM")))
          .isInstanceOf(CorruptDataException.class)
          .hasMessageContaining("iwm@2026-04-10.1.csd");
    }
  }

  @Test
  void open_corruptManifest_failsNamingIt_andReleasesTheLock() throws Exception {
    Path manifest = dir.resolve("MANIFEST");
    byte[] good = Files.readAllBytes(manifest);
    byte[] bad = good.clone();
    bad[12] ^= 1;
    Files.write(manifest, bad);
    assertThatThrownBy(() -> FileDatasetRepository.open(dir, CLOCK))
        .isInstanceOfSatisfying(
            CorruptDataException.class,
            e -> {
              assertThat(e.resource()).isEqualTo("MANIFEST");
              assertThat(e.getMessage()).doesNotContain(dir.toString());
              assertThat(e.detail().orElseThrow()).contains(dir.toAbsolutePath().toString());
            });
    Files.write(manifest, Arrays.copyOf(good, good.length - 1));
    assertThatThrownBy(() -> FileDatasetRepository.open(dir, CLOCK))
        .isInstanceOf(CorruptDataException.class)
        .hasMessageContaining("torn");
    Files.writeString(manifest, "not a manifest at all");
    assertThatThrownBy(() -> FileDatasetRepository.open(dir, CLOCK))
        .isInstanceOf(CorruptDataException.class);
    Files.write(manifest, good);
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      assertThat(store.list()).hasSize(2);
    }
    assertThat(iwmFile).exists(); // a failed open deletes nothing
  }

  @Test
  void open_orLoad_unknownFutureFormatVersion_isRejectedExplicitly() throws Exception {
    resealWithVersion(iwmFile, Envelope.DATASET_MAGIC, 2);
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      // The frame is intact (fresh checksum), so the version check speaks first.
      assertThatThrownBy(() -> store.load(info(store, "IWM")))
          .isInstanceOf(CorruptDataException.class)
          .hasMessageContaining("format version 2 is newer than this capshift reads (1 to 1)");
    }
    Path manifest = dir.resolve("MANIFEST");
    resealWithVersion(manifest, Envelope.MANIFEST_MAGIC, 9);
    assertThatThrownBy(() -> FileDatasetRepository.open(dir, CLOCK))
        .isInstanceOf(CorruptDataException.class)
        .hasMessageContaining("format version 9 is newer than this capshift reads (1 to 2)");
  }

  @Test
  void envelope_versionNewerThanReader_namesTheVersion() {
    byte[] sealed = Envelope.seal(Envelope.DATASET_MAGIC, 2, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> Envelope.open(sealed, Envelope.DATASET_MAGIC, 1, "f"))
        .isInstanceOf(CorruptDataException.class)
        .hasMessage(
            "f: format version 2 is newer than this capshift reads (1 to 1); upgrade"
                + " capshift to read it");
    assertThat(Envelope.open(sealed, Envelope.DATASET_MAGIC, 2, "f").payload().remaining())
        .isEqualTo(3);
  }

  private static void resealWithVersion(Path file, int magic, int version) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    byte[] payload = Arrays.copyOfRange(bytes, Envelope.HEADER_BYTES, bytes.length - 4);
    Files.write(file, Envelope.seal(magic, version, payload));
    assertThat(ByteBuffer.wrap(Files.readAllBytes(file)).get(4)).isEqualTo((byte) version);
  }

  private void assertCorrupt(FileDatasetRepository store, DatasetInfo info, byte[] bytes)
      throws Exception {
    Files.write(iwmFile, bytes);
    assertThatThrownBy(() -> store.load(info))
        .isInstanceOfSatisfying(
            CorruptDataException.class,
            e -> assertThat(e.resource()).contains("iwm@2026-04-10.1.csd"));
  }

  private static DatasetInfo info(FileDatasetRepository store, String target) {
    return store.find(target, Optional.empty()).orElseThrow();
  }
}
