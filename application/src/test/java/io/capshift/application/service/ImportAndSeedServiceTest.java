package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.capshift.application.port.in.ImportDatasetCommand;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.in.ImportResult;
import io.capshift.application.port.in.ImportStats;
import io.capshift.application.port.out.DatasetFileParser;
import io.capshift.application.port.out.DefaultDataProvider;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.MalformedFileException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ImportAndSeedServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 10);

  private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
  private final DatasetFileParser parser = mock(DatasetFileParser.class);

  private static ParseResult parsed(String id) {
    return new ParseResult(
        List.of(Fixtures.twoNames(id, AS_OF, 1)),
        new ImportStats(
            ImportFormat.CAPSHIFT_CONSTITUENTS, 3, 2, 1, List.of("line 4 (Q): x"), List.of()));
  }

  private static ImportDatasetCommand command() {
    return new ImportDatasetCommand(
        "f.csv",
        ImportFormat.AUTO,
        Optional.empty(),
        Optional.empty(),
        new ByteArrayInputStream(new byte[0]));
  }

  @Test
  void importDataset_parsedFile_storedWithImportDateAsFallback() {
    when(parser.parse(any())).thenReturn(parsed("x"));
    ImportDatasetService service = new ImportDatasetService(parser, repository, CLOCK);

    ImportResult result = service.importDataset(command());

    ArgumentCaptor<ImportSource> source = ArgumentCaptor.forClass(ImportSource.class);
    verify(parser).parse(source.capture());
    assertThat(source.getValue().fallbackAsOf()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(result.stored())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.datasetId()).isEqualTo("x@2026-04-10");
              assertThat(d.rows()).isEqualTo(2);
            });
    assertThat(result.stats().rowsSkipped()).isEqualTo(1);
    assertThat(result.dataVersion()).isEqualTo(1);
  }

  @Test
  void importDataset_malformedFile_storesNothing() {
    when(parser.parse(any())).thenThrow(new MalformedFileException("f.csv", 3, 7, "bad"));
    ImportDatasetService service = new ImportDatasetService(parser, repository, CLOCK);

    assertThatThrownBy(() -> service.importDataset(command()))
        .isInstanceOf(MalformedFileException.class)
        .hasMessage("f.csv:3:7: bad");
    assertThat(repository.list()).isEmpty();
    assertThat(repository.dataVersion()).isZero();
  }

  @Test
  void seedIfEmpty_emptyStore_importsEveryDefaultSource() {
    DefaultDataProvider defaults = mock(DefaultDataProvider.class);
    ImportSource a = source("a.csv");
    ImportSource b = source("b.csv");
    when(defaults.defaultSources(LocalDate.of(2026, 11, 24))).thenReturn(List.of(a, b));
    when(parser.parse(a)).thenReturn(parsed("a"));
    when(parser.parse(b)).thenReturn(parsed("b"));

    List<ImportResult> results =
        new SeedDefaultDataService(defaults, parser, repository, CLOCK).seedIfEmpty();

    assertThat(results).hasSize(2);
    assertThat(repository.list()).extracting(d -> d.targetId()).containsExactly("a", "b");
  }

  @Test
  void seedIfEmpty_storeWithData_doesNothing() {
    repository.saveAll(List.of(Fixtures.twoNames("mine", AS_OF, 1)));
    DefaultDataProvider defaults = mock(DefaultDataProvider.class);

    assertThat(new SeedDefaultDataService(defaults, parser, repository, CLOCK).seedIfEmpty())
        .isEmpty();
    verify(defaults, never()).defaultSources(any());
  }

  private static ImportSource source(String name) {
    return new ImportSource(
        name,
        ImportFormat.CAPSHIFT_CONSTITUENTS,
        Optional.empty(),
        Optional.empty(),
        LocalDate.of(2026, 11, 24),
        new ByteArrayInputStream(new byte[0]));
  }
}
