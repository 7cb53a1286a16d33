package io.capshift.adapter.persistence.store;

import static io.capshift.adapter.persistence.store.Samples.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.valuation.Constituent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDatasetRepositoryTest {
  @TempDir Path dir;

  @Test
  void saveAll_eachContentKind_roundTripsThroughAReopen() {
    List<ParsedDataset> in =
        List.of(
            Samples.index("sp500", "2026-08-22", 9.2e10, 1e9, 0),
            Samples.fund("IWM", "2026-04-10", 2.802e8, 8.6e8, 5.8),
            Samples.meetings("fomc-calendar", "2027-12-08"),
            Samples.ranges("fed-target-range", "2025-12-11"),
            Samples.series("shiller", "2026-01-01"),
            Samples.quarters("sp500-eps", "2025-12-31"),
            Samples.metrics("spdji-index-pe", "2026-01-30"),
            Samples.futures("fed-funds-futures", "2025-11-02"),
            Samples.fundamentals("finviz", "2025-08-19"),
            Samples.frame("sec-netincomeloss-cy2025q2", "2025-09-30"));
    assertThat(in).extracting(ParsedDataset::kind).contains(DatasetKind.values());
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      store.saveAll(in);
    }
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      assertThat(store.dataVersion()).isEqualTo(1);
      for (ParsedDataset d : in) {
        DatasetInfo info = store.find(d.targetId(), Optional.empty()).orElseThrow();
        assertThat(info.kind()).isEqualTo(d.kind());
        assertThat(info.rows()).isEqualTo(d.content().rows());
        assertThat(info.storedAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertSameContent(store.load(info), d.content());
      }
    }
  }

  @Test
  void loaded_onlyWhatWasReadAndIsStillStored() {
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      store.saveAll(List.of(Samples.index("x", "2026-01-01", 1)));
      DatasetInfo first = store.find("x", Optional.empty()).orElseThrow();
      assertThat(store.loaded(first)).as("not read yet").isEmpty();
      DatasetContent read = store.load(first);
      assertThat(store.loaded(first)).containsSame(read);

      store.saveAll(List.of(Samples.index("x", "2026-01-01", 2))); // replaces it
      assertThat(store.loaded(first)).as("replaced").isEmpty();
      DatasetInfo second = store.find("x", Optional.empty()).orElseThrow();
      assertThat(store.loaded(second)).isEmpty();
    }
  }

  /**
   * An undated dataset keeps its flag through a reopen; a store written in manifest format 1 (no
   * flags) still opens, every dataset dated.
   */
  @Test
  void undatedFlag_survivesAReopen_andAFormatOneManifestStillOpens() throws Exception {
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      store.saveAll(
          List.of(
              Samples.index("sp500", "2026-08-22", 1).asUndated(),
              Samples.fund("IWM", "2026-04-10", 2.802e8, 8.6e8, 5.8)));
    }
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      assertThat(store.find("sp500", Optional.empty()).orElseThrow().undated()).isTrue();
      assertThat(store.find("sp500", Optional.empty()).orElseThrow().dating())
          .isEqualTo("undated (imported 2026-08-22)");
      assertThat(store.find("IWM", Optional.empty()).orElseThrow().undated()).isFalse();
    }
    Path file = dir.resolve("MANIFEST");
    Manifest current = StoreFiles.decodeManifest(Files.readAllBytes(file), "MANIFEST");
    Manifest dated =
        new Manifest(
            current.dataVersion(),
            current.entries().stream()
                .map(
                    e ->
                        new ManifestEntry(
                            new DatasetInfo(
                                e.info().datasetId(),
                                e.info().kind(),
                                e.info().targetId(),
                                e.info().asOf(),
                                e.info().rows(),
                                e.info().source(),
                                e.info().version(),
                                e.info().storedAt()),
                            e.fileName(),
                            e.fileCrc()))
                .toList());
    Files.write(file, Envelope.seal(Envelope.MANIFEST_MAGIC, 1, dated.encode(1)));
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      assertThat(store.list()).hasSize(2).noneMatch(DatasetInfo::undated);
      assertThat(store.load(store.find("IWM", Optional.empty()).orElseThrow())).isNotNull();
    }
  }

  @Test
  void saveAll_returnsInfosInOrderGiven_andListSortsById() {
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      List<DatasetInfo> stored =
          store.saveAll(
              List.of(
                  Samples.index("sp500", "2026-08-22", 1),
                  Samples.fund("IWM", "2026-04-10", 1, 2)));
      assertThat(stored)
          .extracting(DatasetInfo::datasetId)
          .containsExactly("sp500@2026-08-22", "IWM@2026-04-10");
      assertThat(stored).extracting(DatasetInfo::version).containsOnly(1L);
      assertThat(store.list())
          .extracting(DatasetInfo::datasetId)
          .containsExactly("IWM@2026-04-10", "sp500@2026-08-22");
    }
  }

  @Test
  void saveAll_sameTargetIgnoringCaseAndDate_replacesAndBumpsVersion() {
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      assertThat(store.dataVersion()).isZero();
      store.saveAll(List.of(Samples.fund("IWM", "2026-04-10", 1, 100)));
      store.saveAll(List.of(Samples.fund("iwm", "2026-04-10", 1, 200)));
      assertThat(store.dataVersion()).isEqualTo(2);
      assertThat(store.list())
          .singleElement()
          .satisfies(i -> assertThat(i.datasetId()).isEqualTo("iwm@2026-04-10"))
          .satisfies(i -> assertThat(i.version()).isEqualTo(2));
      DatasetInfo info = store.find("IWM", Optional.empty()).orElseThrow();
      assertThat(valueOfFirst(store.load(info))).isEqualTo(200);
    }
  }

  @Test
  void load_replacedInfo_servesItsOwnVersionUntilTheGraceTimeHasPassed() throws Exception {
    Samples.MutableClock clock = new Samples.MutableClock();
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, clock)) {
      DatasetInfo old = store.saveAll(List.of(Samples.index("x", "2026-01-01", 1))).get(0);
      store.saveAll(List.of(Samples.index("x", "2026-01-01", 2)));
      store.saveAll(List.of(Samples.index("y", "2026-01-01", 3)));
      assertThat(valueOfFirst(store.load(old))).isEqualTo(1);
      assertThat(datasetFiles()).hasSize(3);
      clock.advance(StoreWrites.GRACE);
      store.saveAll(List.of(Samples.index("z", "2026-01-01", 4)));
      assertThat(datasetFiles()).hasSize(3); // x v2, y, z: the replaced x v1 is deleted
      assertThatThrownBy(() -> store.load(old))
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.DATASET_NOT_FOUND))
          .hasMessageContaining("x@2026-01-01 (version 1) is no longer stored");
    }
  }

  @Test
  void aFileReplacedByAnotherProcess_leavesTheDecodedContents() throws Exception {
    try (FileDatasetRepository server = FileDatasetRepository.open(dir, CLOCK)) {
      DatasetInfo first = server.saveAll(List.of(Samples.index("x", "2026-01-01", 1))).get(0);
      server.saveAll(List.of(Samples.index("y", "2026-01-01", 2)));
      server.load(first);
      server.load(server.find("y", Optional.empty()).orElseThrow());
      assertThat(server.decodedFiles())
          .containsExactlyInAnyOrder("x@2026-01-01.1.csd", "y@2026-01-01.2.csd");
      try (FileDatasetRepository commandLine = FileDatasetRepository.open(dir, CLOCK)) {
        commandLine.saveAll(List.of(Samples.index("x", "2026-01-01", 3)));
      }
      Thread.sleep(FileDatasetRepository.RECHECK_NANOS / 1_000_000 * 2); // past the re-check
      DatasetInfo second = server.find("x", Optional.empty()).orElseThrow();

      assertThat(server.decodedFiles())
          .as("x's first file is gone")
          .containsExactly("y@2026-01-01.2.csd");
      assertThat(valueOfFirst(server.load(second))).isEqualTo(3);
    }
  }

  @Test
  void open_afterReplacingWrites_deletesTheReplacedFiles() throws Exception {
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      store.saveAll(List.of(Samples.index("x", "2026-01-01", 1)));
      store.saveAll(List.of(Samples.index("x", "2026-01-01", 2)));
      assertThat(datasetFiles()).hasSize(2);
    }
    FileDatasetRepository.open(dir, CLOCK).close();
    assertThat(datasetFiles())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("x@2026-01-01.2.csd");
  }

  @Test
  void find_onOrBefore_picksLatestAsOfNotAfterTheDate() {
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      store.saveAll(
          List.of(
              Samples.fund("IWM", "2025-05-13", 1, 1),
              Samples.fund("IWM", "2026-01-21", 1, 1),
              Samples.fund("IWM", "2026-04-10", 1, 1)));
      assertThat(store.find("iwm", Optional.of(LocalDate.of(2026, 3, 1))))
          .map(DatasetInfo::asOf)
          .contains(LocalDate.of(2026, 1, 21));
      assertThat(store.find("IWM", Optional.of(LocalDate.of(2026, 1, 21))))
          .map(DatasetInfo::asOf)
          .contains(LocalDate.of(2026, 1, 21));
      assertThat(store.find("IWM", Optional.empty()))
          .map(DatasetInfo::asOf)
          .contains(LocalDate.of(2026, 4, 10));
      assertThat(store.find("IWM", Optional.of(LocalDate.of(2020, 1, 1)))).isEmpty();
      assertThat(store.find("SPY", Optional.empty())).isEmpty();
    }
  }

  @Test
  void saveAll_targetHoldingAnotherKind_failsWithKindConflictAndStoresNothing() {
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      store.saveAll(List.of(Samples.fund("IWM", "2026-04-10", 1, 1)));
      assertThatThrownBy(() -> store.saveAll(List.of(Samples.index("iwm", "2026-05-01", 1))))
          .isInstanceOfSatisfying(
              FailedPreconditionException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.TARGET_KIND_CONFLICT))
          .hasMessageContaining("FUND_HOLDINGS");
      assertThatThrownBy(
              () ->
                  store.saveAll(
                      List.of(
                          Samples.meetings("m", "2026-01-01"), Samples.ranges("M", "2026-01-02"))))
          .isInstanceOf(FailedPreconditionException.class);
      assertThat(store.dataVersion()).isEqualTo(1);
      assertThat(store.list()).hasSize(1);
    }
  }

  @Test
  void load_secondCall_isServedFromMemoryWithoutReadingTheFile() throws Exception {
    try (FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK)) {
      DatasetInfo info = store.saveAll(List.of(Samples.index("sp500", "2026-08-22", 5))).get(0);
      DatasetContent first = store.load(info);
      for (Path f : datasetFiles()) {
        Files.delete(f);
      }
      assertThat(store.load(info)).isSameAs(first);
    }
  }

  @Test
  void saveAll_afterClose_isRefused_andReopenWorks() {
    FileDatasetRepository store = FileDatasetRepository.open(dir, CLOCK);
    store.close();
    store.close(); // idempotent
    assertThatThrownBy(() -> store.saveAll(List.of(Samples.index("a", "2026-01-01", 1))))
        .isInstanceOfSatisfying(
            FailedPreconditionException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.STORE_CLOSED));
    try (FileDatasetRepository again = FileDatasetRepository.open(dir, CLOCK)) {
      assertThat(again.list()).isEmpty();
    }
  }

  @Test
  void saveAll_writesManifestAndOneFilePerDataset_withoutTempFiles() throws Exception {
    try (FileDatasetRepository store =
        FileDatasetRepository.open(dir.resolve("new/store"), CLOCK)) {
      store.saveAll(List.of(Samples.index("sp500", "2026-08-22", 5)));
    }
    assertThat(dir.resolve("new/store/MANIFEST")).isRegularFile();
    assertThat(dir.resolve("new/store/LOCK")).isRegularFile();
    try (Stream<Path> files = Files.list(dir.resolve("new/store/datasets"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("sp500@2026-08-22.1.csd");
    }
  }

  private List<Path> datasetFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("datasets"))) {
      return files.toList();
    }
  }

  private static double valueOfFirst(DatasetContent c) {
    return ((DatasetContent.Constituents) c).snapshot().constituent(0).value();
  }

  static void assertSameContent(DatasetContent actual, DatasetContent expected) {
    assertThat(actual.kind()).isEqualTo(expected.kind());
    if (expected instanceof DatasetContent.Constituents e) {
      var a = ((DatasetContent.Constituents) actual).snapshot();
      assertThat(a.id()).isEqualTo(e.snapshot().id());
      assertThat(a.asOf()).isEqualTo(e.snapshot().asOf());
      assertThat(a.type()).isEqualTo(e.snapshot().type());
      assertThat(a.fundFacts()).isEqualTo(e.snapshot().fundFacts());
      assertThat(List.<Constituent>copyOf(a.constituents()))
          .isEqualTo(List.copyOf(e.snapshot().constituents()));
    } else if (expected instanceof DatasetContent.SeriesSet e) {
      // TimeSeries has no equals: compare id, unit and observations.
      var a = ((DatasetContent.SeriesSet) actual).series();
      assertThat(a).hasSameSizeAs(e.series());
      for (int i = 0; i < a.size(); i++) {
        assertThat(a.get(i).id()).isEqualTo(e.series().get(i).id());
        assertThat(a.get(i).unit()).isEqualTo(e.series().get(i).unit());
        assertThat(List.copyOf(a.get(i).observations()))
            .isEqualTo(List.copyOf(e.series().get(i).observations()));
      }
    } else if (expected instanceof DatasetContent.Fundamentals e) {
      assertThat(((DatasetContent.Fundamentals) actual).table().rows()).isEqualTo(e.table().rows());
    } else {
      assertThat(actual).isEqualTo(expected);
    }
    assertThat(DatasetKind.values()).contains(actual.kind());
  }
}
