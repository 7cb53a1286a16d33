package io.capshift.bootstrap;

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
import java.nio.file.Path;
import java.time.Clock;

/**
 * One opened capshift store with its use cases. Holds the store's write lock until closed, so at
 * most one process serves or imports a directory at a time.
 */
public final class Capshift implements AutoCloseable {
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
    CapshiftComponent component = DaggerCapshiftComponent.factory().create(dataDir, clock);
    component.store(); // open now: the lock is taken here, not on first use
    return new Capshift(component);
  }

  CapshiftComponent component() {
    return component;
  }

  public GetIndexValuationUseCase valuation() {
    return component.getIndexValuation();
  }

  public GetValuationHistoryUseCase history() {
    return component.getValuationHistory();
  }

  public CompareValuationsUseCase compare() {
    return component.compareValuations();
  }

  public GetEarningsOutlookUseCase earnings() {
    return component.getEarningsOutlook();
  }

  public CompareEarningsGrowthUseCase growth() {
    return component.compareEarningsGrowth();
  }

  public GetRateExpectationsUseCase rates() {
    return component.getRateExpectations();
  }

  public GetRateSensitivityUseCase sensitivity() {
    return component.getRateSensitivity();
  }

  public GetFundProfileUseCase fund() {
    return component.getFundProfile();
  }

  public CompareFundsUseCase funds() {
    return component.compareFunds();
  }

  public GetFundFlowsUseCase flows() {
    return component.getFundFlows();
  }

  public RunBacktestUseCase backtest() {
    return component.runBacktest();
  }

  public GetRotationSignalUseCase signal() {
    return component.getRotationSignal();
  }

  public RunScenarioUseCase scenario() {
    return component.runScenario();
  }

  public RunEventStudyUseCase eventStudy() {
    return component.runEventStudy();
  }

  public ImportDatasetUseCase importer() {
    return component.importDataset();
  }

  public ListDatasetsUseCase datasets() {
    return component.listDatasets();
  }

  public SeedDefaultDataUseCase seed() {
    return component.seedDefaultData();
  }

  @Override
  public void close() {
    component.store().close();
  }
}
