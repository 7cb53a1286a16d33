package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;

/** Reads one file format from a positioned CSV reader. */
interface FormatReader {

  /**
   * @throws io.capshift.domain.error.MalformedFileException if the content is not this format
   * @throws io.capshift.domain.error.InvalidInputException if the source lacks what this format
   *     needs, e.g. a target id the file does not give
   */
  ParseResult read(CsvReader csv, ImportSource source);
}
