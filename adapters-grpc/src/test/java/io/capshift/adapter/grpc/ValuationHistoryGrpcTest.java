package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.ResourceInfo;
import io.capshift.api.v1.GetValuationHistoryRequest;
import io.capshift.api.v1.GetValuationHistoryResponse;
import io.capshift.api.v1.HistoryStatistics;
import io.capshift.api.v1.SeriesObservation;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.capshift.application.port.in.GetValuationHistoryQuery;
import io.capshift.application.port.in.ValuationHistory;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.history.HistoryStatisticsCalculator;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.history.Window;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ValuationService.GetValuationHistory through an in-process server over a fake use case. */
class ValuationHistoryGrpcTest {
  private final List<GetValuationHistoryQuery> queries = new ArrayList<>();
  private Function<GetValuationHistoryQuery, ValuationHistory> answer =
      q -> Fixtures.valuationHistory(Fixtures.capeStatistics(), "");
  private InProcessGrpc grpc;

  @BeforeEach
  void startServer() throws Exception {
    grpc =
        InProcessGrpc.start(
            new ValuationGrpcService(
                query -> {
                  throw new AssertionError("valuation not expected");
                },
                query -> {
                  throw new AssertionError("comparison not expected");
                },
                query -> {
                  queries.add(query);
                  return answer.apply(query);
                }));
  }

  @AfterEach
  void stopServer() throws Exception {
    grpc.close();
  }

  private GetValuationHistoryResponse call(GetValuationHistoryRequest.Builder request) {
    return ValuationServiceGrpc.newBlockingStub(grpc.channel())
        .withDeadlineAfter(5, TimeUnit.SECONDS)
        .getValuationHistory(request.build());
  }

  private StatusRuntimeException failure(GetValuationHistoryRequest.Builder request) {
    return catchThrowableOfType(StatusRuntimeException.class, () -> call(request));
  }

  private static GetValuationHistoryRequest.Builder cape() {
    return GetValuationHistoryRequest.newBuilder().setSeriesId("shiller:cape");
  }

  @Test
  void getValuationHistory_validRequest_mapsQueryStatisticsAndPage() {
    answer = q -> Fixtures.valuationHistory(Fixtures.capeStatistics(), "token-3");

    GetValuationHistoryResponse response =
        call(
            GetValuationHistoryRequest.newBuilder()
                .setSeriesId(" shiller:cape ")
                .setAsOf(date(2026, 4, 10))
                .setWindowYears(10)
                .setPageSize(50)
                .setPageToken("token-2"));

    assertThat(queries)
        .containsExactly(
            new GetValuationHistoryQuery(
                "shiller:cape",
                Optional.of(LocalDate.of(2026, 4, 10)),
                Window.lastYears(10),
                50,
                "token-2"));
    HistoryStatistics s = response.getStatistics();
    assertThat(s.getSeriesId()).isEqualTo("shiller:cape");
    assertThat(s.getUnit()).isEqualTo("multiple (x)");
    assertThat(s.getAsOf()).isEqualTo(date(2026, 4, 10));
    assertThat(s.getObservationDate()).isEqualTo(date(2026, 4, 1));
    assertThat(s.getValue()).isEqualTo(38.5);
    assertThat(s.getWindowDescription()).isEqualTo("last 10 years");
    assertThat(s.getWindowYears()).isEqualTo(10);
    assertThat(s.getWindowStart()).isEqualTo(date(2016, 5, 1));
    assertThat(s.getObservationCount()).isEqualTo(120);
    assertThat(s.getMean()).isEqualTo(30.1);
    assertThat(s.getStandardDeviation().getValue()).isEqualTo(4.2);
    assertThat(s.getZScore().getValue()).isEqualTo(2.0);
    assertThat(s.getPercentileRank()).isEqualTo(0.97);
    assertThat(response.getObservationsList())
        .extracting(SeriesObservation::getDate, SeriesObservation::getValue)
        .containsExactly(tuple(date(2016, 5, 1), 25.9), tuple(date(2016, 6, 1), 26.1));
    assertThat(response.getNextPageToken()).isEqualTo("token-3");
    assertThat(response.getDerivation()).isEqualTo("CAPE as published by Shiller");
    assertThat(response.getSourceDatasetIdsList()).containsExactly("shiller@2026-04-01");
    assertThat(response.getDataVersion()).isEqualTo(13);
  }

  @Test
  void getValuationHistory_onlySeriesId_latestFullHistoryFirstDefaultPage() {
    GetValuationHistoryResponse response = call(cape());

    assertThat(queries)
        .containsExactly(
            new GetValuationHistoryQuery(
                "shiller:cape",
                Optional.empty(),
                Window.FULL,
                GetValuationHistoryQuery.DEFAULT_PAGE_SIZE,
                ""));
    assertThat(response.getNextPageToken()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0,120", "1,1", "5000,5000", "5001,5000", "2147483647,5000"})
  void getValuationHistory_pageSize_defaultedAndCappedByTheQuery(int asked, int expected) {
    call(cape().setPageSize(asked));

    assertThat(queries)
        .singleElement()
        .extracting(GetValuationHistoryQuery::pageSize)
        .isEqualTo(expected);
  }

  @Test
  void getValuationHistory_fullHistoryWithOneObservation_undefinedDispersionAndWindowZero() {
    answer = q -> Fixtures.valuationHistory(Fixtures.singleObservationStatistics(), "");

    HistoryStatistics s = call(cape()).getStatistics();

    assertThat(s.getWindowYears()).isZero();
    assertThat(s.getWindowDescription()).isEqualTo("full history");
    assertThat(s.getObservationCount()).isEqualTo(1);
    assertThat(s.getStandardDeviation().hasValue()).isFalse();
    assertThat(s.getStandardDeviation().getUndefinedReason())
        .isEqualTo("fewer than two observations");
    assertThat(s.getZScore().getUndefinedReason()).isEqualTo("fewer than two observations");
    assertThat(s.getPercentileRank()).isEqualTo(1.0);
  }

  @Test
  void getValuationHistory_everyFieldInvalid_reportsEveryViolationWithoutCalling() {
    StatusRuntimeException e =
        failure(
            GetValuationHistoryRequest.newBuilder()
                .setSeriesId("cape") // no "<target>:" part: rejected by the query itself
                .setAsOf(date(2026, 13, 1))
                .setWindowYears(-5)
                .setPageSize(-1));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    StatusDetails details = StatusDetails.of(e);
    assertThat(details.errorInfo().getReason()).isEqualTo("INVALID_ARGUMENT");
    assertThat(details.the(BadRequest.class).getFieldViolationsList())
        .extracting(BadRequest.FieldViolation::getField)
        .containsExactly("as_of", "window_years", "page_size", "series_id");
    assertThat(queries).isEmpty();
  }

  @Test
  void getValuationHistory_blankSeriesId_oneViolationOnSeriesId() {
    StatusRuntimeException e = failure(GetValuationHistoryRequest.newBuilder().setSeriesId("  "));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "series_id");
    assertThat(queries).isEmpty();
  }

  @Test
  void getValuationHistory_malformedSeriesIdAlone_queryViolationPassedOn() {
    StatusRuntimeException e =
        failure(GetValuationHistoryRequest.newBuilder().setSeriesId("a:b:c"));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "series_id");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 1001, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void getValuationHistory_windowYearsOutOfRange_invalidArgumentOnWindowYears(int years) {
    StatusRuntimeException e = failure(cape().setWindowYears(years));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "window_years");
    assertThat(queries).isEmpty();
  }

  @Test
  void getValuationHistory_seriesIdLongerThan129_invalidArgumentOnSeriesId() {
    StatusRuntimeException e =
        failure(
            GetValuationHistoryRequest.newBuilder()
                .setSeriesId("a".repeat(65) + ":" + "b".repeat(64)));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "series_id");
    assertThat(StatusDetails.of(e).the(BadRequest.class).getFieldViolations(0).getDescription())
        .isEqualTo("must be at most 129 characters, got 130");
  }

  @Test
  void getValuationHistory_noDataBeforeDate_notFoundWithFirstAvailableDate() {
    answer =
        q -> {
          throw new NotFoundException(
              Reason.NO_DATA_BEFORE_DATE,
              "capshift.io/Series",
              "shiller:cape",
              "series shiller:cape has no observation on or before 1850-01-01; the first is"
                  + " 1881-01-01",
              LocalDate.of(1881, 1, 1));
        };

    StatusRuntimeException e = failure(cape().setAsOf(date(1850, 1, 1)));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(e.getStatus().getDescription()).endsWith("the first is 1881-01-01");
    StatusDetails details = StatusDetails.of(e);
    ErrorInfo info = details.errorInfo();
    assertThat(info.getReason()).isEqualTo("NO_DATA_BEFORE_DATE");
    assertThat(info.getMetadataMap())
        .containsEntry("first_available_date", "1881-01-01")
        .containsEntry("resource_type", "capshift.io/Series")
        .containsEntry("resource_name", "shiller:cape");
    ResourceInfo resource = details.the(ResourceInfo.class);
    assertThat(resource.getResourceType()).isEqualTo("capshift.io/Series");
    assertThat(resource.getResourceName()).isEqualTo("shiller:cape");
  }

  @Test
  void getValuationHistory_seriesStartsAfterAsOfInTheCalculator_firstAvailableDateSent() {
    TimeSeries cape =
        TimeSeries.of(
            "shiller:cape",
            "multiple (x)",
            List.of(
                new Observation(LocalDate.of(1881, 1, 1), 18.5),
                new Observation(LocalDate.of(1881, 2, 1), 18.6)));
    answer =
        q -> {
          HistoryStatisticsCalculator.DEFAULT.calculate(cape, q.asOf().orElseThrow(), q.window());
          throw new AssertionError("the calculator must refuse a date before the series");
        };

    StatusRuntimeException e = failure(cape().setAsOf(date(1850, 1, 1)));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    ErrorInfo info = StatusDetails.of(e).errorInfo();
    assertThat(info.getReason()).isEqualTo("NO_DATA_BEFORE_DATE");
    assertThat(info.getMetadataMap()).containsEntry("first_available_date", "1881-01-01");
  }

  @Test
  void getValuationHistory_unknownSeries_notFoundWithoutFirstAvailableDate() {
    answer =
        q -> {
          throw new NotFoundException(
              Reason.SERIES_NOT_FOUND,
              "capshift.io/Series",
              "shiller:nope",
              "no series shiller:nope");
        };

    StatusRuntimeException e =
        failure(GetValuationHistoryRequest.newBuilder().setSeriesId("shiller:nope"));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    ErrorInfo info = StatusDetails.of(e).errorInfo();
    assertThat(info.getReason()).isEqualTo("SERIES_NOT_FOUND");
    assertThat(info.getMetadataMap()).doesNotContainKey("first_available_date");
  }
}
