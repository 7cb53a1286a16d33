package io.capshift.bootstrap;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.capshift.adapter.persistence.importer.BuiltInDefaultData;
import io.capshift.adapter.persistence.importer.CsvDatasetFileParser;
import io.capshift.adapter.persistence.store.FileDatasetRepository;
import io.capshift.application.port.out.DatasetFileParser;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.application.port.out.DefaultDataProvider;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;

/** The file store and the importers behind the application's outbound ports. */
@Module
interface StoreModule {

  @Provides
  @Singleton
  static FileDatasetRepository fileStore(@DataDir Path dataDir, Clock clock) {
    return FileDatasetRepository.open(dataDir, clock);
  }

  @Binds
  DatasetRepository datasetRepository(FileDatasetRepository store);

  @Binds
  DatasetFileParser datasetFileParser(CsvDatasetFileParser parser);

  @Binds
  DefaultDataProvider defaultDataProvider(BuiltInDefaultData defaults);
}
