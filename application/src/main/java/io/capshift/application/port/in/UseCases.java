package io.capshift.application.port.in;

/**
 * Every use case of one opened store: what a JVM service that embeds capshift, the command line and
 * the gRPC server program against. Closing it releases the store.
 */
public interface UseCases extends AutoCloseable {
  /** What "today" is for a call made without a date: the clock the store was opened with. */
  java.time.Clock clock();

  GetIndexValuationUseCase valuation();

  GetValuationHistoryUseCase history();

  CompareValuationsUseCase compare();

  GetEarningsOutlookUseCase earnings();

  CompareEarningsGrowthUseCase growth();

  GetRateExpectationsUseCase rates();

  GetRateSensitivityUseCase sensitivity();

  GetFundProfileUseCase fund();

  CompareFundsUseCase funds();

  ChooseFundUseCase chooseFund();

  GetFundFlowsUseCase flows();

  RunBacktestUseCase backtest();

  GetRotationSignalUseCase signal();

  RunScenarioUseCase scenario();

  RunEventStudyUseCase eventStudy();

  ImportDatasetUseCase importer();

  ListDatasetsUseCase datasets();

  SeedDefaultDataUseCase seed();

  VerifyStoreUseCase verifyStore();

  /** Releases the store; the use cases are not to be called after. */
  @Override
  void close();
}
