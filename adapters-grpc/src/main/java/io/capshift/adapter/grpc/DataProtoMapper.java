package io.capshift.adapter.grpc;

import com.google.protobuf.Timestamp;
import io.capshift.api.v1.Dataset;
import io.capshift.api.v1.DatasetKind;
import io.capshift.api.v1.ImportDatasetHeader;
import io.capshift.api.v1.ImportDatasetResponse;
import io.capshift.api.v1.ImportFormat;
import io.capshift.api.v1.ListDatasetsRequest;
import io.capshift.api.v1.ListDatasetsResponse;
import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetPage;
import io.capshift.application.port.in.ImportDatasetCommand;
import io.capshift.application.port.in.ImportResult;
import io.capshift.application.port.in.ImportStats;
import io.capshift.application.port.in.ListDatasetsQuery;
import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.Reason;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps the data service's messages to commands and queries, and their results back. */
final class DataProtoMapper {
  /** Longest file name accepted in an import header. */
  static final int MAX_FILE_NAME_LENGTH = 255;

  private static final String HEADER = "header.";

  private DataProtoMapper() {}

  /**
   * The import command for a header and the file's content. Field paths in violations are the
   * request's, e.g. {@code header.file_name}.
   *
   * @throws InvalidInputException naming every invalid header field
   */
  static ImportDatasetCommand toCommand(ImportDatasetHeader header, InputStream content) {
    List<FieldViolation> violations = new ArrayList<>();
    if (header.getFileName().isBlank()) {
      violations.add(new FieldViolation(HEADER + "file_name", "is required: name the file"));
    } else if (header.getFileName().length() > MAX_FILE_NAME_LENGTH) {
      violations.add(
          new FieldViolation(
              HEADER + "file_name", "must be at most " + MAX_FILE_NAME_LENGTH + " characters"));
    }
    if (header.getTargetId().strip().length() > RequestChecks.MAX_ID_LENGTH) {
      violations.add(
          new FieldViolation(
              HEADER + "target_id",
              "must be 1-" + RequestChecks.MAX_ID_LENGTH + " letters, digits, '.', '_' or '-'"));
    }
    var format = toDomain(header.getFormat(), header.getFormatValue(), violations);
    Optional<LocalDate> asOf =
        ProtoDates.optionalDate(header.hasAsOf(), header.getAsOf(), HEADER + "as_of", violations);
    Optional<LocalDate> pricesAsOf =
        ProtoDates.optionalDate(
            header.hasPricesAsOf(), header.getPricesAsOf(), HEADER + "prices_as_of", violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(Reason.INVALID_ARGUMENT, violations);
    }
    try {
      return new ImportDatasetCommand(
          header.getFileName(),
          format,
          Optional.of(header.getTargetId()),
          asOf,
          content,
          pricesAsOf);
    } catch (InvalidInputException e) {
      throw underHeader(e);
    }
  }

  /** Checks a header as soon as it arrives, before any content. */
  static void validate(ImportDatasetHeader header) {
    toCommand(header, InputStream.nullInputStream());
  }

  /** The response for a finished import. */
  static ImportDatasetResponse toResponse(ImportResult result) {
    ImportStats stats = result.stats();
    ImportDatasetResponse.Builder b =
        ImportDatasetResponse.newBuilder()
            .setRowsRead(stats.rowsRead())
            .setRowsStored(stats.rowsStored())
            .setRowsSkipped(stats.rowsSkipped())
            .addAllFirstSkipReasons(stats.firstSkipReasons())
            .addAllNotes(stats.notes())
            .setFormat(toProto(stats.format()))
            .setDataVersion(result.dataVersion());
    result.stored().forEach(d -> b.addDatasets(toProto(d)));
    return b.build();
  }

  /** The query for a list request; page size and token are checked by the query itself. */
  static ListDatasetsQuery toQuery(ListDatasetsRequest request) {
    return new ListDatasetsQuery(request.getPageSize(), request.getPageToken());
  }

  /** The response for one page. */
  static ListDatasetsResponse toResponse(DatasetPage page) {
    ListDatasetsResponse.Builder b =
        ListDatasetsResponse.newBuilder()
            .setNextPageToken(page.nextPageToken())
            .setTotalSize(page.totalSize())
            .setDataVersion(page.dataVersion());
    page.datasets().forEach(d -> b.addDatasets(toProto(d)));
    return b.build();
  }

  static Dataset toProto(DatasetInfo info) {
    return Dataset.newBuilder()
        .setDatasetId(info.datasetId())
        .setKind(toProto(info.kind()))
        .setTargetId(info.targetId())
        .setAsOf(ProtoDates.toProto(info.asOf()))
        .setRows(info.rows())
        .setSource(info.source())
        .setVersion(info.version())
        .setStoredAt(
            Timestamp.newBuilder()
                .setSeconds(info.storedAt().getEpochSecond())
                .setNanos(info.storedAt().getNano()))
        .setUndated(info.undated())
        .build();
  }

  /** The proto's {@code IMPORT_FORMAT_<name>} values name the application's formats. */
  private static final String FORMAT_PREFIX = "IMPORT_FORMAT_";

  /**
   * The format a request names; unset means {@code AUTO}. The two enums correspond name for name (a
   * test proves it), so a new format needs no change here.
   */
  static io.capshift.application.port.in.ImportFormat toDomain(
      ImportFormat format, int number, List<FieldViolation> violations) {
    if (format == ImportFormat.IMPORT_FORMAT_UNSPECIFIED) {
      return io.capshift.application.port.in.ImportFormat.AUTO;
    }
    if (format == ImportFormat.UNRECOGNIZED) {
      violations.add(
          new FieldViolation(
              HEADER + "format",
              "unknown value "
                  + number
                  + "; use an IMPORT_FORMAT_* value, e.g. IMPORT_FORMAT_AUTO"));
      return io.capshift.application.port.in.ImportFormat.AUTO;
    }
    return io.capshift.application.port.in.ImportFormat.valueOf(
        format.name().substring(FORMAT_PREFIX.length()));
  }

  static ImportFormat toProto(io.capshift.application.port.in.ImportFormat format) {
    return ImportFormat.valueOf(FORMAT_PREFIX + format.name());
  }

  static DatasetKind toProto(io.capshift.application.port.in.DatasetKind kind) {
    return switch (kind) {
      case INDEX_CONSTITUENTS -> DatasetKind.DATASET_KIND_INDEX_CONSTITUENTS;
      case FUND_HOLDINGS -> DatasetKind.DATASET_KIND_FUND_HOLDINGS;
      case FOMC_CALENDAR -> DatasetKind.DATASET_KIND_FOMC_CALENDAR;
      case TARGET_RANGES -> DatasetKind.DATASET_KIND_TARGET_RANGES;
      case SERIES -> DatasetKind.DATASET_KIND_SERIES;
      case QUARTERLY_EARNINGS -> DatasetKind.DATASET_KIND_QUARTERLY_EARNINGS;
      case PUBLISHED_METRICS -> DatasetKind.DATASET_KIND_PUBLISHED_METRICS;
      case FUTURES_STRIP -> DatasetKind.DATASET_KIND_FUTURES_STRIP;
      case COMPANY_FUNDAMENTALS -> DatasetKind.DATASET_KIND_COMPANY_FUNDAMENTALS;
    };
  }

  /**
   * An import's failure, with the header's fields named by their place in the request ({@code
   * header.as_of}); a reader names them by their own names.
   */
  static RuntimeException importFailure(RuntimeException e) {
    return e instanceof InvalidInputException invalid
            && invalid.violations().stream().allMatch(v -> HEADER_FIELDS.contains(v.field()))
        ? underHeader(invalid)
        : e;
  }

  private static final java.util.Set<String> HEADER_FIELDS =
      java.util.Set.of("format", "file_name", "target_id", "as_of", "prices_as_of");

  /** The command names fields by their own names; the request nests them under the header. */
  private static InvalidInputException underHeader(InvalidInputException e) {
    List<FieldViolation> moved = new ArrayList<>();
    for (FieldViolation v : e.violations()) {
      String field = v.field().startsWith(HEADER) ? v.field() : HEADER + v.field();
      moved.add(new FieldViolation(field, v.description()));
    }
    return new InvalidInputException(e.reason(), moved);
  }
}
