package io.capshift.adapter.grpc;

import static io.capshift.adapter.grpc.CommonProtoMapper.decimal;
import static io.capshift.adapter.grpc.CommonProtoMapper.figure;
import static io.capshift.adapter.grpc.CommonProtoMapper.finite;

import io.capshift.api.v1.GetValuationHistoryRequest;
import io.capshift.api.v1.GetValuationHistoryResponse;
import io.capshift.api.v1.HistoryStatistics;
import io.capshift.api.v1.SeriesObservation;
import io.capshift.application.port.in.GetValuationHistoryQuery;
import io.capshift.application.port.in.ValuationHistory;
import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps GetValuationHistory requests to queries and series statistics to messages. */
final class HistoryProtoMapper {
  /** Longest series id accepted: a 64-character target, ':' and a 64-character name. */
  static final int MAX_SERIES_ID_LENGTH = 2 * RequestChecks.MAX_ID_LENGTH + 1;

  /** Longest window accepted, years; keeps date arithmetic far from LocalDate's range. */
  static final int MAX_WINDOW_YEARS = 1000;

  private HistoryProtoMapper() {}

  /**
   * The query a request asks for. Page size and token are passed on as given (after the sign
   * check); the query applies the default and the maximum and the service reads the token.
   *
   * @throws InvalidInputException naming every invalid field
   */
  static GetValuationHistoryQuery toQuery(GetValuationHistoryRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    String seriesId =
        RequestChecks.requiredId(
            request.getSeriesId(),
            "series_id",
            "name a series as <dataset target>:<series>, e.g. shiller:cape",
            MAX_SERIES_ID_LENGTH,
            violations);
    Optional<LocalDate> asOf =
        ProtoDates.optionalDate(request.hasAsOf(), request.getAsOf(), "as_of", violations);
    Window window = window(request.getWindowYears(), violations);
    int pageSize = request.getPageSize();
    if (pageSize < 0) {
      violations.add(
          new FieldViolation(
              "page_size", "must not be negative, got " + pageSize + "; 0 means the default"));
    }
    int safePageSize = Math.max(pageSize, 0);
    return RequestChecks.query(
        violations,
        () ->
            new GetValuationHistoryQuery(
                seriesId, asOf, window, safePageSize, request.getPageToken()));
  }

  private static Window window(int years, List<FieldViolation> violations) {
    if (years == 0) {
      return Window.FULL;
    }
    if (years < 0 || years > MAX_WINDOW_YEARS) {
      violations.add(
          new FieldViolation(
              "window_years",
              "must be 1-" + MAX_WINDOW_YEARS + ", or 0 for the full history, got " + years));
      return Window.FULL;
    }
    return Window.lastYears(years);
  }

  /** The response for one page of a series' history. */
  static GetValuationHistoryResponse toResponse(ValuationHistory h) {
    GetValuationHistoryResponse.Builder b =
        GetValuationHistoryResponse.newBuilder()
            .setStatistics(toProto(h.statistics()))
            .setNextPageToken(h.nextPageToken())
            .setDerivation(h.derivation())
            .addAllSourceDatasetIds(h.sourceDatasetIds())
            .setDataVersion(h.dataVersion());
    for (Observation o : h.observations()) {
      b.addObservations(
          SeriesObservation.newBuilder()
              .setDate(ProtoDates.toProto(o.date()))
              .setValue(decimal(o.value())));
    }
    return b.build();
  }

  /** Where a value sits in its series' history; raw doubles are checked to be finite. */
  static HistoryStatistics toProto(io.capshift.domain.history.HistoryStatistics s) {
    return HistoryStatistics.newBuilder()
        .setSeriesId(s.seriesId())
        .setUnit(s.unit())
        .setAsOf(ProtoDates.toProto(s.asOf()))
        .setObservationDate(ProtoDates.toProto(s.observationDate()))
        .setValue(finite(s.value(), "history value"))
        .setWindowDescription(s.window().describe())
        .setWindowYears(s.window().years().orElse(0))
        .setWindowStart(ProtoDates.toProto(s.windowStart()))
        .setObservationCount(s.observations())
        .setMean(finite(s.mean(), "history mean"))
        .setStandardDeviation(figure(s.standardDeviation()))
        .setZScore(figure(s.zScore()))
        .setPercentileRank(finite(s.percentileRank(), "history percentileRank"))
        .build();
  }
}
