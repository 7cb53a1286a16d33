package io.capshift.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import io.capshift.adapter.persistence.store.FileDatasetRepository;
import io.capshift.application.port.in.ChooseFundUseCase;
import io.capshift.application.port.in.CompareEarningsGrowthUseCase;
import io.capshift.application.port.in.CompareFundsUseCase;
import io.capshift.application.port.in.CompareValuationsUseCase;
import io.capshift.application.port.in.GetEarningsOutlookUseCase;
import io.capshift.application.port.in.GetFundFlowsUseCase;
import io.capshift.application.port.in.GetFundProfileUseCase;
import io.capshift.application.port.in.GetIndexValuationUseCase;
import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.capshift.application.port.in.GetRateSensitivityUseCase;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.GetValuationHistoryUseCase;
import io.capshift.application.port.in.ImportDatasetUseCase;
import io.capshift.application.port.in.ListDatasetsUseCase;
import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.in.RunScenarioUseCase;
import io.capshift.application.port.in.SeedDefaultDataUseCase;
import io.capshift.application.port.in.VerifyStoreUseCase;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;

/** The store and the use cases over it, wired once per store directory; no gRPC, no CLI. */
@Singleton
@Component(modules = {StoreModule.class, ApplicationModule.class})
interface CapshiftComponent {

  Clock clock();

  GetIndexValuationUseCase getIndexValuation();

  ImportDatasetUseCase importDataset();

  GetValuationHistoryUseCase getValuationHistory();

  CompareValuationsUseCase compareValuations();

  GetEarningsOutlookUseCase getEarningsOutlook();

  CompareEarningsGrowthUseCase compareEarningsGrowth();

  GetRateExpectationsUseCase getRateExpectations();

  GetRateSensitivityUseCase getRateSensitivity();

  GetFundProfileUseCase getFundProfile();

  CompareFundsUseCase compareFunds();

  ChooseFundUseCase chooseFund();

  GetFundFlowsUseCase getFundFlows();

  RunEventStudyUseCase runEventStudy();

  RunBacktestUseCase runBacktest();

  RunScenarioUseCase runScenario();

  GetRotationSignalUseCase getRotationSignal();

  ListDatasetsUseCase listDatasets();

  SeedDefaultDataUseCase seedDefaultData();

  VerifyStoreUseCase verifyStore();

  FileDatasetRepository store();

  @Component.Factory
  interface Factory {
    CapshiftComponent create(@BindsInstance @DataDir Path dataDir, @BindsInstance Clock clock);
  }
}
