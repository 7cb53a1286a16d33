package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.ImportDatasetCommand;
import io.capshift.application.port.in.ImportDatasetUseCase;
import io.capshift.application.port.in.ImportResult;
import io.capshift.application.port.out.DatasetFileParser;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Parses a file completely, then stores its datasets in one atomic write. */
public final class ImportDatasetService implements ImportDatasetUseCase {
  private final DatasetFileParser parser;
  private final DatasetRepository repository;
  private final Clock clock;

  @Inject
  public ImportDatasetService(DatasetFileParser parser, DatasetRepository repository, Clock clock) {
    this.parser = parser;
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public ImportResult importDataset(ImportDatasetCommand command) {
    ImportSource source =
        new ImportSource(
            command.fileName(),
            command.format(),
            command.targetId(),
            command.asOf(),
            LocalDate.now(clock),
            command.content(),
            command.pricesAsOf());
    return store(parser.parse(source));
  }

  /** Stores an already parsed file; a parse failure has stored nothing. */
  ImportResult store(ParseResult parsed) {
    List<DatasetInfo> stored = repository.saveAll(parsed.datasets());
    return new ImportResult(stored, parsed.stats(), repository.dataVersion());
  }
}
