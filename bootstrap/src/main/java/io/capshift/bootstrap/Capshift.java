package io.capshift.bootstrap;

import io.capshift.application.port.Profile;
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
import io.capshift.application.port.in.UseCases;
import io.capshift.application.port.in.VerifyStoreUseCase;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One opened capshift store with its use cases: the entry point for a JVM service that embeds
 * capshift, which needs neither gRPC nor the command line on its class path. Holds the store's
 * write lock until closed, so at most one process serves or imports a directory at a time.
 */
public final class Capshift implements UseCases {
  private final CapshiftComponent component;

  private Capshift(CapshiftComponent component) {
    this.component = component;
  }

  /**
   * Opens (creating if needed) the store at {@code dataDir}.
   *
   * @throws io.capshift.domain.error.FailedPreconditionException if another process holds it
   */
  public static Capshift open(Path dataDir, Clock clock) {
    long t = Profile.start();
    CapshiftComponent component = DaggerCapshiftComponent.factory().create(dataDir, clock);
    component.store(); // open now: the lock is taken here, not on first use
    Profile.end("open the store (wiring, lock, manifest)", t);
    return new Capshift(component);
  }

  @Override
  public Clock clock() {
    return component.clock();
  }

  @Override
  public GetIndexValuationUseCase valuation() {
    return component.getIndexValuation();
  }

  @Override
  public GetValuationHistoryUseCase history() {
    return component.getValuationHistory();
  }

  @Override
  public CompareValuationsUseCase compare() {
    return component.compareValuations();
  }

  @Override
  public GetEarningsOutlookUseCase earnings() {
    return component.getEarningsOutlook();
  }

  @Override
  public CompareEarningsGrowthUseCase growth() {
    return component.compareEarningsGrowth();
  }

  @Override
  public GetRateExpectationsUseCase rates() {
    return component.getRateExpectations();
  }

  @Override
  public GetRateSensitivityUseCase sensitivity() {
    return component.getRateSensitivity();
  }

  @Override
  public GetFundProfileUseCase fund() {
    return component.getFundProfile();
  }

  @Override
  public CompareFundsUseCase funds() {
    return component.compareFunds();
  }

  @Override
  public ChooseFundUseCase chooseFund() {
    return component.chooseFund();
  }

  @Override
  public GetFundFlowsUseCase flows() {
    return component.getFundFlows();
  }

  @Override
  public RunBacktestUseCase backtest() {
    return component.runBacktest();
  }

  @Override
  public GetRotationSignalUseCase signal() {
    return component.getRotationSignal();
  }

  @Override
  public RunScenarioUseCase scenario() {
    return component.runScenario();
  }

  @Override
  public RunEventStudyUseCase eventStudy() {
    return component.runEventStudy();
  }

  @Override
  public ImportDatasetUseCase importer() {
    return component.importDataset();
  }

  @Override
  public ListDatasetsUseCase datasets() {
    return component.listDatasets();
  }

  @Override
  public SeedDefaultDataUseCase seed() {
    return component.seedDefaultData();
  }

  @Override
  public VerifyStoreUseCase verifyStore() {
    return component.verifyStore();
  }

  @Override
  public void close() {
    component.store().close();
  }
}
