package io.capshift.adapter.persistence.importer;

import io.capshift.application.dataset.DatasetContent;
import io.capshift.application.dataset.ImportFormat;
import io.capshift.application.dataset.ImportSource;
import io.capshift.application.dataset.ParseResult;
import io.capshift.domain.valuation.ConstituentSnapshot;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/** Builds import sources for importer tests. */
final class Sources {
  /** The import date of every test source. */
  static final LocalDate IMPORT_DATE = LocalDate.of(2026, 11, 24);

  static final CsvDatasetFileParser PARSER = new CsvDatasetFileParser();

  private Sources() {}

  static ImportSource of(String fileName, ImportFormat format, String text) {
    return of(fileName, format, text.getBytes(StandardCharsets.UTF_8));
  }

  static ImportSource of(String fileName, ImportFormat format, byte[] bytes) {
    return new ImportSource(
        fileName,
        format,
        Optional.empty(),
        Optional.empty(),
        IMPORT_DATE,
        new ByteArrayInputStream(bytes));
  }

  static ImportSource withTarget(ImportSource s, String targetId) {
    return new ImportSource(
        s.fileName(), s.format(), Optional.of(targetId), s.asOf(), s.fallbackAsOf(), s.content());
  }

  static ImportSource withAsOf(ImportSource s, LocalDate asOf) {
    return new ImportSource(
        s.fileName(), s.format(), s.targetId(), Optional.of(asOf), s.fallbackAsOf(), s.content());
  }

  static ParseResult parse(String fileName, ImportFormat format, String text) {
    return PARSER.parse(of(fileName, format, text));
  }

  static ConstituentSnapshot snapshot(ParseResult r) {
    return ((DatasetContent.Constituents) r.datasets().get(0).content()).snapshot();
  }
}
