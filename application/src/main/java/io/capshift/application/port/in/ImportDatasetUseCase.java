package io.capshift.application.port.in;

/** Reads a file and stores what it holds. */
public interface ImportDatasetUseCase {

  /**
   * @throws io.capshift.domain.error.MalformedFileException if the file cannot be read, naming line
   *     and column; nothing is stored then
   */
  ImportResult importDataset(ImportDatasetCommand command);
}
