package io.capshift.application.port.in;

import java.util.List;

/** Reads every stored dataset file and checks it, listing what is damaged. Never writes. */
public interface VerifyStoreUseCase {
  /**
   * One check per dataset the manifest lists, in dataset id order; a damaged file is reported, not
   * thrown, so the others are still checked.
   */
  List<DatasetCheck> verifyStore();
}
