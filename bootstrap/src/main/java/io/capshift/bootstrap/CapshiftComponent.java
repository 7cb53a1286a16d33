package io.capshift.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import io.capshift.adapter.grpc.DataGrpcService;
import io.capshift.adapter.grpc.EarningsGrpcService;
import io.capshift.adapter.grpc.FundGrpcService;
import io.capshift.adapter.grpc.HistoryGrpcService;
import io.capshift.adapter.grpc.RatesGrpcService;
import io.capshift.adapter.grpc.RotationGrpcService;
import io.capshift.adapter.grpc.ValuationGrpcService;
import io.capshift.adapter.persistence.store.FileDatasetRepository;
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
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;

/** Everything capshift is made of, wired once per store directory. */
@Singleton
@Component(modules = {StoreModule.class, ApplicationModule.class})
interface CapshiftComponent {

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

  GetFundFlowsUseCase getFundFlows();

  RunEventStudyUseCase runEventStudy();

  RunBacktestUseCase runBacktest();

  RunScenarioUseCase runScenario();

  GetRotationSignalUseCase getRotationSignal();

  ListDatasetsUseCase listDatasets();

  SeedDefaultDataUseCase seedDefaultData();

  ValuationGrpcService valuationGrpcService();

  DataGrpcService dataGrpcService();

  EarningsGrpcService earningsGrpcService();

  RatesGrpcService ratesGrpcService();

  FundGrpcService fundGrpcService();

  HistoryGrpcService historyGrpcService();

  RotationGrpcService rotationGrpcService();

  FileDatasetRepository store();

  @Component.Factory
  interface Factory {
    CapshiftComponent create(@BindsInstance @DataDir Path dataDir, @BindsInstance Clock clock);
  }
}
