package io.capshift.application.service;

import io.capshift.application.port.in.ImportResult;
import io.capshift.application.port.in.SeedDefaultDataUseCase;
import io.capshift.application.port.out.DatasetFileParser;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.application.port.out.DefaultDataProvider;
import io.capshift.application.port.out.ImportSource;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Imports the built-in reference files into a store that holds nothing yet. */
public final class SeedDefaultDataService implements SeedDefaultDataUseCase {
  private final DefaultDataProvider defaults;
  private final DatasetFileParser parser;
  private final DatasetRepository repository;
  private final Clock clock;

  @Inject
  public SeedDefaultDataService(
      DefaultDataProvider defaults,
      DatasetFileParser parser,
      DatasetRepository repository,
      Clock clock) {
    this.defaults = defaults;
    this.parser = parser;
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public List<ImportResult> seedIfEmpty() {
    if (!repository.list().isEmpty()) {
      return List.of();
    }
    ImportDatasetService importer = new ImportDatasetService(parser, repository, clock);
    List<ImportResult> results = new ArrayList<>();
    for (ImportSource source : defaults.defaultSources(LocalDate.now(clock))) {
      results.add(importer.store(parser.parse(source)));
    }
    return results;
  }
}
