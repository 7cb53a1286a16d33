package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.earnings.QuarterlyEarnings;
import io.capshift.domain.error.MalformedFileException;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.PublishedMetric;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

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

  static List<TimeSeries> series(ParseResult r) {
    return ((DatasetContent.SeriesSet) r.datasets().get(0).content()).series();
  }

  /** The series with id {@code id} in a series result. */
  static TimeSeries series(ParseResult r, String id) {
    return series(r).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  /** The value of {@code s} on {@code date}, which must be one of its dates. */
  static double valueOn(TimeSeries s, String date) {
    LocalDate d = LocalDate.parse(date);
    int i = s.indexOnOrBefore(d).orElseThrow();
    assertThat(s.date(i)).isEqualTo(d);
    return s.value(i);
  }

  static List<QuarterlyEarnings> quarters(ParseResult r) {
    return ((DatasetContent.QuarterlyEps) r.datasets().get(0).content()).quarters();
  }

  static List<PublishedMetric> metrics(ParseResult r) {
    return ((DatasetContent.Metrics) r.datasets().get(0).content()).metrics();
  }

  /** Asserts {@code call} fails as a malformed file at {@code line}:{@code column}. */
  static void assertMalformedAt(long line, int column, String problem, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> {
              assertThat(new long[] {e.line(), e.column()}).containsExactly(line, column);
              assertThat(e.problem()).contains(problem);
            });
  }
}
