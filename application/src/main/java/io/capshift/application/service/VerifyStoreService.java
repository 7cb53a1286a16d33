package io.capshift.application.service;

import io.capshift.application.port.in.DatasetCheck;
import io.capshift.application.port.in.VerifyStoreUseCase;
import io.capshift.application.port.out.DatasetRepository;
import jakarta.inject.Inject;
import java.util.List;

/** Verifies every stored dataset file through the repository. */
public final class VerifyStoreService implements VerifyStoreUseCase {
  private final DatasetRepository repository;

  @Inject
  public VerifyStoreService(DatasetRepository repository) {
    this.repository = repository;
  }

  @Override
  public List<DatasetCheck> verifyStore() {
    return repository.verify();
  }
}
