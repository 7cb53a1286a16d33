package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DefaultDataProvider;
import io.capshift.application.port.out.ImportSource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reference data shipped inside the jar: the FOMC meeting calendar 2024–2027 and the federal
 * funds target ranges since December 2008 (Federal Reserve Board; files under {@code
 * io/capshift/adapter/persistence/defaults/}, sources in their comment lines).
 */
public final class BuiltInDefaultData implements DefaultDataProvider {
  static final String FOMC_MEETINGS = "defaults/fomc-meetings.csv";
  static final String TARGET_RANGES = "defaults/target-ranges.csv";

  @Inject
  public BuiltInDefaultData() {}

  @Override
  public List<ImportSource> defaultSources(LocalDate importDate) {
    return List.of(
        source(FOMC_MEETINGS, ImportFormat.CAPSHIFT_FOMC_MEETINGS, importDate),
        source(TARGET_RANGES, ImportFormat.CAPSHIFT_TARGET_RANGES, importDate));
  }

  private static ImportSource source(String resource, ImportFormat format, LocalDate importDate) {
    return new ImportSource(
        "built-in " + resource.substring(resource.indexOf('/') + 1),
        format,
        Optional.empty(),
        Optional.empty(),
        importDate,
        new ByteArrayInputStream(bytes(resource)));
  }

  /**
   * The resource's bytes. They are a few kilobytes; holding them lets callers that never close the
   * stream (the parser does not) leak nothing.
   */
  private static byte[] bytes(String resource) {
    try (InputStream in =
        BuiltInDefaultData.class.getResourceAsStream(
            "/io/capshift/adapter/persistence/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("built-in resource missing from the jar: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in resource " + resource, e);
    }
  }
}
