package io.capshift.bootstrap;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
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
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.application.service.ChooseFundService;
import io.capshift.application.service.CompareEarningsGrowthService;
import io.capshift.application.service.CompareValuationsService;
import io.capshift.application.service.FundamentalsAt;
import io.capshift.application.service.GetEarningsOutlookService;
import io.capshift.application.service.GetFundFlowsService;
import io.capshift.application.service.GetFundProfileService;
import io.capshift.application.service.GetIndexValuationService;
import io.capshift.application.service.GetRateExpectationsService;
import io.capshift.application.service.GetRateSensitivityService;
import io.capshift.application.service.GetRotationSignalService;
import io.capshift.application.service.GetValuationHistoryService;
import io.capshift.application.service.ImportDatasetService;
import io.capshift.application.service.ListDatasetsService;
import io.capshift.application.service.RunBacktestService;
import io.capshift.application.service.RunEventStudyService;
import io.capshift.application.service.RunScenarioService;
import io.capshift.application.service.SeedDefaultDataService;
import io.capshift.application.service.SideWork;
import io.capshift.application.service.VerifyStoreService;
import jakarta.inject.Singleton;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The use cases. Singletons, so that one valuation cache serves every caller. */
@Module
interface ApplicationModule {
  /** System property: the valuation cache's size in answers; 0 turns caching off (benchmarks). */
  String VALUATION_CACHE_PROPERTY = "capshift.valuationCache";

  @Provides
  static GetIndexValuationService valuationService(
      DatasetRepository repository, FundamentalsAt fundamentals) {
    return new GetIndexValuationService(
        repository,
        fundamentals,
        Integer.getInteger(VALUATION_CACHE_PROPERTY, GetIndexValuationService.MAX_CACHED));
  }

  @Binds
  @Singleton
  GetIndexValuationUseCase getIndexValuation(GetIndexValuationService service);

  /**
   * Side work ({@link SideWork}): up to one thread fewer than the processors, made when a task
   * comes and none is idle, gone after ten idle seconds; with all busy, the caller runs the task
   * itself.
   */
  @Provides
  @Singleton
  @SideWork
  static Executor sideWork() {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    AtomicInteger made = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            0,
            threads,
            10,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> {
              Thread t = new Thread(task, "capshift-side-" + made.incrementAndGet());
              t.setDaemon(true); // never keeps a finished command's process alive
              return t;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    return pool;
  }

  @Binds
  @Singleton
  ImportDatasetUseCase importDataset(ImportDatasetService service);

  @Binds
  @Singleton
  ListDatasetsUseCase listDatasets(ListDatasetsService service);

  @Binds
  @Singleton
  SeedDefaultDataUseCase seedDefaultData(SeedDefaultDataService service);

  @Binds
  @Singleton
  GetValuationHistoryUseCase getValuationHistory(GetValuationHistoryService service);

  @Binds
  @Singleton
  CompareValuationsUseCase compareValuations(CompareValuationsService service);

  @Binds
  @Singleton
  GetEarningsOutlookUseCase getEarningsOutlook(GetEarningsOutlookService service);

  @Binds
  @Singleton
  CompareEarningsGrowthUseCase compareEarningsGrowth(CompareEarningsGrowthService service);

  @Binds
  @Singleton
  GetRateExpectationsUseCase getRateExpectations(GetRateExpectationsService service);

  @Binds
  GetRateSensitivityUseCase getRateSensitivity(GetRateSensitivityService service);

  @Binds
  @Singleton
  GetFundProfileUseCase getFundProfile(GetFundProfileService service);

  @Binds
  @Singleton
  CompareFundsUseCase compareFunds(GetFundProfileService service);

  @Binds
  @Singleton
  ChooseFundUseCase chooseFund(ChooseFundService service);

  @Binds
  @Singleton
  GetFundFlowsUseCase getFundFlows(GetFundFlowsService service);

  @Binds
  @Singleton
  RunEventStudyUseCase runEventStudy(RunEventStudyService service);

  @Binds
  @Singleton
  RunBacktestUseCase runBacktest(RunBacktestService service);

  @Binds
  @Singleton
  RunScenarioUseCase runScenario(RunScenarioService service);

  @Binds
  @Singleton
  GetRotationSignalUseCase getRotationSignal(GetRotationSignalService service);

  @Binds
  VerifyStoreUseCase verifyStore(VerifyStoreService service);
}
