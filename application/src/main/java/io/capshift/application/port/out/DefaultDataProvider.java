package io.capshift.application.port.out;

import java.time.LocalDate;
import java.util.List;

/** The built-in reference data a new store is seeded with. */
public interface DefaultDataProvider {

  /**
   * The built-in files, ready to import.
   *
   * @param importDate the date to use where a file states none
   */
  List<ImportSource> defaultSources(LocalDate importDate);
}
