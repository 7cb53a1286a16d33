package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.ImportClient.chunk;
import static io.capshift.adapter.grpc.ImportClient.header;
import static io.capshift.adapter.grpc.ImportClient.validHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.type.Date;
import io.capshift.api.v1.Dataset;
import io.capshift.api.v1.DatasetKind;
import io.capshift.api.v1.ImportDatasetHeader;
import io.capshift.api.v1.ImportDatasetResponse;
import io.capshift.api.v1.ImportFormat;
import io.capshift.application.port.in.ImportDatasetCommand;
import io.capshift.application.port.in.ImportResult;
import io.capshift.application.port.in.ImportStats;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.MalformedFileException;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DataService.ImportDataset through an in-process server over a fake use case. */
class ImportDatasetGrpcTest {
  private static final long LIMIT = 64;

  /** What the fake import use case saw: the command and the content it read. */
  private record Seen(ImportDatasetCommand command, String content) {}

  private final List<Seen> imports = new ArrayList<>();
  private Function<ImportDatasetCommand, ImportResult> importAnswer =
      command -> {
        imports.add(new Seen(command, read(command)));
        return Fixtures.importResult();
      };
  private InProcessGrpc grpc;

  @BeforeEach
  void startServer() throws Exception {
    grpc =
        InProcessGrpc.start(
            new DataGrpcService(
                command -> importAnswer.apply(command),
                query -> {
                  throw new AssertionError("listing not expected");
                },
                LIMIT));
  }

  @AfterEach
  void stopServer() throws Exception {
    grpc.close();
  }

  @Test
  void importDataset_headerThenChunks_importsTheWholeFile() throws Exception {
    ImportDatasetResponse response =
        ImportClient.send(
            grpc.channel(),
            header(
                ImportDatasetHeader.newBuilder()
                    .setFileName("IWM_holdings.csv")
                    .setTargetId("IWM")
                    .setAsOf(Date.newBuilder().setYear(2026).setMonth(4).setDay(10))),
            chunk("Ticker,Name\n"),
            chunk("AAPL,Apple\n"));

    assertThat(imports).hasSize(1);
    ImportDatasetCommand command = imports.get(0).command();
    assertThat(command.fileName()).isEqualTo("IWM_holdings.csv");
    assertThat(command.format()).isEqualTo(io.capshift.application.port.in.ImportFormat.AUTO);
    assertThat(command.targetId()).contains("IWM");
    assertThat(command.asOf()).contains(LocalDate.of(2026, 4, 10));
    assertThat(imports.get(0).content()).isEqualTo("Ticker,Name\nAAPL,Apple\n");

    assertThat(response.getDatasetsList())
        .extracting(Dataset::getDatasetId, Dataset::getKind, Dataset::getRows)
        .containsExactly(tuple("IWM@2026-04-10", DatasetKind.DATASET_KIND_FUND_HOLDINGS, 2));
    assertThat(response.getDatasets(0).getStoredAt().getNanos()).isEqualTo(123456789);
    assertThat(response.getRowsRead()).isEqualTo(3);
    assertThat(response.getRowsStored()).isEqualTo(2);
    assertThat(response.getRowsSkipped()).isEqualTo(1);
    assertThat(response.getFirstSkipReasonsList()).containsExactly("line 4 (XYZ): no value");
    assertThat(response.getNotesList()).containsExactly("as-of date from the header");
    assertThat(response.getFormat()).isEqualTo(ImportFormat.IMPORT_FORMAT_ISHARES_HOLDINGS);
    assertThat(response.getDataVersion()).isEqualTo(6);
  }

  @Test
  void importDataset_emptyTargetIdAndExplicitFormat_leaveTheChoiceToTheFile() throws Exception {
    ImportClient.send(
        grpc.channel(),
        header(
            ImportDatasetHeader.newBuilder()
                .setFileName("constituents.csv")
                .setFormat(ImportFormat.IMPORT_FORMAT_CAPSHIFT_CONSTITUENTS)),
        chunk("x"));

    ImportDatasetCommand command = imports.get(0).command();
    assertThat(command.format())
        .isEqualTo(io.capshift.application.port.in.ImportFormat.CAPSHIFT_CONSTITUENTS);
    assertThat(command.targetId()).isEmpty();
    assertThat(command.asOf()).isEmpty();
  }

  @Test
  void importDataset_shillerMonthly_seriesDatasetAndFormatMappedBothWays() throws Exception {
    importAnswer =
        command -> {
          imports.add(new Seen(command, read(command)));
          ImportStats stats =
              new ImportStats(command.format(), 1860, 1860, 0, List.of(), List.of());
          return new ImportResult(
              List.of(
                  Fixtures.dataset(
                      "shiller", io.capshift.application.port.in.DatasetKind.SERIES, 1860, 8)),
              stats,
              8);
        };

    ImportDatasetResponse response =
        ImportClient.send(
            grpc.channel(),
            header(
                ImportDatasetHeader.newBuilder()
                    .setFileName("ie_data.csv")
                    .setFormat(ImportFormat.IMPORT_FORMAT_SHILLER_MONTHLY)),
            chunk("date,price\n"));

    assertThat(imports.get(0).command().format())
        .isEqualTo(io.capshift.application.port.in.ImportFormat.SHILLER_MONTHLY);
    assertThat(response.getFormat()).isEqualTo(ImportFormat.IMPORT_FORMAT_SHILLER_MONTHLY);
    assertThat(response.getDatasets(0).getKind()).isEqualTo(DatasetKind.DATASET_KIND_SERIES);
    assertThat(response.getDatasets(0).getRows()).isEqualTo(1860);
  }

  @Test
  void importDataset_noHeader_invalidArgumentOnHeader() {
    StatusRuntimeException e = ImportClient.failure(grpc.channel());

    StatusDetails.assertFieldViolation(e, "IMPORT_HEADER_MISSING", "header");
    assertThat(imports).isEmpty();
  }

  @Test
  void importDataset_chunkBeforeHeader_invalidArgumentOnHeader() {
    StatusRuntimeException e =
        ImportClient.failure(grpc.channel(), chunk("a,b\n"), header(validHeader()));

    StatusDetails.assertFieldViolation(e, "IMPORT_HEADER_MISSING", "header");
    assertThat(imports).isEmpty();
  }

  @Test
  void importDataset_headerTwice_invalidArgumentOnHeader() {
    StatusRuntimeException e =
        ImportClient.failure(
            grpc.channel(), header(validHeader()), chunk("a"), header(validHeader()));

    StatusDetails.assertFieldViolation(e, "IMPORT_HEADER_REPEATED", "header");
    assertThat(e.getStatus().getDescription()).contains("message 3");
    assertThat(imports).isEmpty();
  }

  @Test
  void importDataset_invalidHeader_violationsNamedUnderHeader() {
    StatusRuntimeException e =
        ImportClient.failure(
            grpc.channel(),
            header(
                ImportDatasetHeader.newBuilder()
                    .setFormatValue(42)
                    .setAsOf(Date.newBuilder().setYear(2026).setMonth(2).setDay(29))));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(StatusDetails.of(e).the(BadRequest.class).getFieldViolationsList())
        .extracting(BadRequest.FieldViolation::getField)
        .containsExactly("header.file_name", "header.format", "header.as_of");
  }

  @Test
  void importDataset_targetIdRejectedByCommand_violationNamedUnderHeader() {
    StatusRuntimeException e =
        ImportClient.failure(grpc.channel(), header(validHeader().setTargetId("no spaces please")));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "header.target_id");
  }

  /**
   * The importer names a header field by its own name ("as_of", as a strip dated before its prices
   * is refused); the answer names it by its place in the request. prices_as_of reaches the command.
   */
  @Test
  void importDataset_importerRefusesAHeaderField_namedUnderHeader() {
    importAnswer =
        c -> {
          imports.add(new Seen(c, read(c)));
          throw InvalidInputException.of("as_of", "the prices in this file are of 2025-11-02");
        };
    StatusRuntimeException e =
        ImportClient.failure(
            grpc.channel(),
            header(
                validHeader()
                    .setAsOf(com.google.type.Date.newBuilder().setYear(2024).setMonth(8).setDay(31))
                    .setPricesAsOf(
                        com.google.type.Date.newBuilder().setYear(2024).setMonth(6).setDay(3))),
            chunk("x"));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "header.as_of");
    assertThat(imports.get(0).command().pricesAsOf()).hasValue(java.time.LocalDate.of(2024, 6, 3));
  }

  @Test
  void importDataset_malformedFile_invalidArgumentWithFileLineColumn() {
    importAnswer =
        c -> {
          throw new MalformedFileException(
              "IWM_holdings.csv", 12, 7, "expected a number in 'Market Value', found 'abc'");
        };
    StatusRuntimeException e =
        ImportClient.failure(grpc.channel(), header(validHeader()), chunk("bad"));

    String where = "IWM_holdings.csv:12:7: expected a number in 'Market Value', found 'abc'";
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getStatus().getDescription()).isEqualTo(where);
    StatusDetails details = StatusDetails.of(e);
    ErrorInfo info = details.errorInfo();
    assertThat(info.getReason()).isEqualTo("MALFORMED_FILE");
    assertThat(info.getMetadataMap())
        .containsEntry("file", "IWM_holdings.csv")
        .containsEntry("line", "12")
        .containsEntry("column", "7");
    assertThat(details.the(BadRequest.class).getFieldViolationsList())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getField()).isEqualTo("chunk");
              assertThat(v.getDescription()).isEqualTo(where);
            });
  }

  @Test
  void importDataset_fileOverTheLimit_resourceExhaustedWithoutImporting() {
    StatusRuntimeException e =
        ImportClient.failure(
            grpc.channel(), header(validHeader()), chunk("x".repeat(40)), chunk("y".repeat(40)));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    ErrorInfo info = StatusDetails.of(e).errorInfo();
    assertThat(info.getReason()).isEqualTo("IMPORT_TOO_LARGE");
    assertThat(info.getMetadataMap()).containsEntry("limit_bytes", Long.toString(LIMIT));
    assertThat(imports).isEmpty();
  }

  @Test
  void importDataset_clientCancelsMidStream_importsNothing() {
    ImportClient.cancelAfter(grpc.channel(), header(validHeader()), chunk("a,b\n"));

    assertThat(imports).isEmpty();
  }

  @Test
  void importDataset_deadlinePassesWhileParsing_parserStopsAndCallEnds() {
    List<Throwable> parserSaw = new ArrayList<>();
    importAnswer =
        command -> {
          Context context = Context.current();
          long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
          while (!context.isCancelled() && System.nanoTime() < until) {
            sleep(5);
          }
          try {
            command.content().read();
          } catch (IOException e) {
            parserSaw.add(e);
            throw new UncheckedIOException(e);
          }
          throw new AssertionError("content still readable after the deadline");
        };
    StatusRuntimeException e =
        ImportClient.failure(
            grpc.channel(), Duration.ofSeconds(1), header(validHeader()), chunk("a,b\n"));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    assertThat(parserSaw).singleElement().isInstanceOf(InterruptedIOException.class);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String read(ImportDatasetCommand command) {
    try {
      return new String(command.content().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
