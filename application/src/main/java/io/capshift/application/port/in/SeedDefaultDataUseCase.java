package io.capshift.application.port.in;

import java.util.List;

/** Seeds an empty store with the built-in reference data. */
public interface SeedDefaultDataUseCase {

  /** Imports the built-in data if the store holds nothing; returns what was stored, if any. */
  List<ImportResult> seedIfEmpty();
}
