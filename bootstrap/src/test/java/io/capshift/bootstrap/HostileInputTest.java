package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.rpc.BadRequest;
import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.GetRateSensitivityRequest;
import io.capshift.api.v1.GetValuationHistoryRequest;
import io.capshift.api.v1.ImportDatasetResponse;
import io.capshift.api.v1.ListDatasetsRequest;
import io.capshift.api.v1.RatesServiceGrpc;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile values, each answered with {@code INVALID_ARGUMENT} and a field violation, or stored
 * under a documented rule; never a crash, a NaN in an answer, or a changed store.
 */
class HostileInputTest {
  private static final long DEADLINE_S = 30;
  private static final String HEAD =
      "# id: h\n# as_of: 2026-01-02\nsymbol,value_usd,earnings_usd\n";

  @TempDir Path dir;
  private InProcessCapshift app;

  @BeforeEach
  void start() throws Exception {
    app = new InProcessCapshift(dir);
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
    assertThat(FiniteResponses.VIOLATIONS).isEmpty();
  }

  /** Files whose import must fail naming the place; nothing is stored. */
  static Stream<Arguments> refusedFiles() {
    return Stream.of(
        Arguments.of("NaN value", HEAD + "A,NaN,1\n", "found 'NaN'"),
        Arguments.of("infinite value", HEAD + "A,Infinity,1\n", "found 'Infinity'"),
        Arguments.of("overflowing value", HEAD + "A,1e400,1\n", "out of range"),
        Arguments.of("hex float", HEAD + "A,0x1p3,1\n", "found '0x1p3'"),
        Arguments.of("trailing d", HEAD + "A,12d,1\n", "found '12d'"),
        Arguments.of("negative market cap", HEAD + "A,-5,1\n", "cannot be negative"),
        Arguments.of("duplicate ticker", HEAD + "A,1,1\nA,2,1\n", "already given on line 4"),
        Arguments.of("unknown enum", "# id: h\n# type: etf\nsymbol,value_usd\nA,1\n", "etf"),
        Arguments.of("huge string", HEAD + "A".repeat(100_000) + ",1,1\n", "more than 512"),
        Arguments.of(
            "futures price 0",
            "# id: f\n# as_of: 2025-11-02\ncontract_month,price\n2025-11,0\n",
            "above 0"),
        Arguments.of(
            "futures price above 100",
            "# id: f\n# as_of: 2025-11-02\ncontract_month,price\n2025-11,100.25\n",
            "at most 100"),
        Arguments.of(
            "date given twice",
            "observation_date,DFF\n2024-01-02,5.33\n2024-01-02,5.31\n",
            "already given"),
        Arguments.of(
            "floating share outside [0, 1]",
            "# id: h\nsymbol,value_usd,floating_debt_share\nA,1,1.5\n",
            "in [0, 1]"),
        Arguments.of(
            "fundamentals: a ticker given twice",
            "ticker,market_cap_usd\nAAA,1\naaa,2\n",
            "hostile.csv:3:1: ticker 'aaa' is already given on line 2"),
        Arguments.of(
            "fundamentals: NaN",
            "ticker,market_cap_usd,net_income_usd\nAAA,1,NaN\n",
            "hostile.csv:2:7: expected a number in column 'net_income_usd', found 'NaN'"),
        Arguments.of(
            "fundamentals: negative market cap",
            "ticker,market_cap_usd\nAAA,-1\n",
            "hostile.csv:2:5: 'market_cap_usd' cannot be negative"),
        Arguments.of(
            "Finviz export: negative market cap",
            "Ticker,Market Cap,Forward P/E,EPS (ttm),Price\nAAA,-5,,,1\n",
            "hostile.csv:2:5: 'Market Cap' cannot be negative"),
        Arguments.of(
            "SEC frame: mixed units",
            "{\"taxonomy\":\"us-gaap\",\"tag\":\"NetIncomeLoss\",\"ccp\":\"CY2024\","
                + "\"uom\":\"USD\",\"pts\":1,\"data\":[\n{\"cik\":1,\"start\":\"2024-01-01\","
                + "\"end\":\"2024-12-31\",\"val\":1,\"uom\":\"EUR\"}]}",
            "hostile.csv:2:64: mixed units"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedFiles")
  void importDataset_hostileFile_invalidArgumentNamingLineAndNothingStored(
      String label, String file, String message) {
    long before = version();

    StatusRuntimeException e = importFailure(file);

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getStatus().getDescription()).contains("hostile.csv:").contains(message);
    assertThat(violations(e)).contains("chunk");
    assertThat(version()).isEqualTo(before);
  }

  /** Values that are legal data, stored under a documented rule. */
  @Test
  void importDataset_lossesZeroEarningsBlankValueOutOfOrderDates_storedByTheirRules() {
    ImportDatasetResponse r = importFile(HEAD + "A,10,-2\nB,5,0\nC,,1\n");

    assertThat(r.getRowsStored()).isEqualTo(2);
    assertThat(r.getFirstSkipReasonsList()).containsExactly("line 6 (C): no value_usd");
    var v =
        ValuationServiceGrpc.newBlockingStub(app.channel)
            .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS)
            .getIndexValuation(GetIndexValuationRequest.newBuilder().setIndexId("h").build())
            .getValuation();
    // ΣE = −2 + 0: the P/E is undefined and says so; the loss is counted, zero earnings are not
    assertThat(v.getPriceEarnings().getUndefinedReason()).isNotEmpty();
    assertThat(v.getNegativeEarners().getCount()).isEqualTo(1);

    ImportDatasetResponse dates =
        importFile("observation_date,DFF\n2024-01-03,5.33\n2024-01-02,5.31\n");
    assertThat(dates.getRowsStored()).isEqualTo(2); // any order; stored sorted
  }

  /**
   * A holdings file whose weights sum to 70%, not 100%: weights are never read from the file but
   * recomputed from market values (docs/data-formats.md, ISHARES_HOLDINGS). Values 300 and 100 →
   * weights 0.75 and 0.25; Herfindahl 0.75² + 0.25² = 0.625.
   */
  @Test
  void importDataset_weightsNotSummingTo100_recomputedFromMarketValues() {
    String file =
        "Ticker,Name,Sector,Asset Class,Market Value,Weight (%)\n"
            + "\"A\",\"A INC\",\"Energy\",\"Equity\",\"300.00\",\"50.00\"\n"
            + "\"B\",\"B INC\",\"Energy\",\"Equity\",\"100.00\",\"20.00\"\n";
    GrpcImports.send(
        DataServiceGrpc.newStub(app.channel),
        "HW_holdings.csv",
        "HW",
        file.getBytes(StandardCharsets.UTF_8),
        DEADLINE_S);

    var c =
        ValuationServiceGrpc.newBlockingStub(app.channel)
            .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS)
            .getIndexValuation(GetIndexValuationRequest.newBuilder().setIndexId("HW").build())
            .getValuation()
            .getConcentration();
    assertThat(c.getHerfindahl().getValue())
        .isCloseTo(0.625, org.assertj.core.api.Assertions.within(1e-12));
  }

  /** Requests with hostile fields: INVALID_ARGUMENT naming each field. */
  static Stream<Arguments> refusedRequests() {
    Function<InProcessCapshift, ValuationServiceGrpc.ValuationServiceBlockingStub> valuation =
        a ->
            ValuationServiceGrpc.newBlockingStub(a.channel)
                .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS);
    Function<InProcessCapshift, RatesServiceGrpc.RatesServiceBlockingStub> rates =
        a ->
            RatesServiceGrpc.newBlockingStub(a.channel)
                .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS);
    return Stream.of(
        Arguments.of(
            "empty required id",
            "index_id",
            (Call)
                a ->
                    valuation
                        .apply(a)
                        .getIndexValuation(
                            GetIndexValuationRequest.newBuilder().setIndexId("").build())),
        Arguments.of(
            "huge id",
            "index_id",
            (Call)
                a ->
                    valuation
                        .apply(a)
                        .getIndexValuation(
                            GetIndexValuationRequest.newBuilder()
                                .setIndexId("x".repeat(10_000))
                                .build())),
        Arguments.of(
            "unknown enum",
            "negative_earnings_policy",
            (Call)
                a ->
                    valuation
                        .apply(a)
                        .getIndexValuation(
                            GetIndexValuationRequest.newBuilder()
                                .setIndexId("sp500")
                                .setNegativeEarningsPolicyValue(99)
                                .build())),
        Arguments.of(
            "impossible date",
            "as_of",
            (Call)
                a ->
                    valuation
                        .apply(a)
                        .getIndexValuation(
                            GetIndexValuationRequest.newBuilder()
                                .setIndexId("sp500")
                                .setAsOf(
                                    com.google.type.Date.newBuilder()
                                        .setYear(2026)
                                        .setMonth(13)
                                        .setDay(1))
                                .build())),
        Arguments.of(
            "NaN rate change",
            "rate_change_bps",
            (Call)
                a ->
                    rates
                        .apply(a)
                        .getRateSensitivity(
                            GetRateSensitivityRequest.newBuilder()
                                .setIndexId("russell2000")
                                .setRateChangeBps(Double.NaN)
                                .build())),
        Arguments.of(
            "infinite floating share",
            "floating_debt_share",
            (Call)
                a ->
                    rates
                        .apply(a)
                        .getRateSensitivity(
                            GetRateSensitivityRequest.newBuilder()
                                .setIndexId("russell2000")
                                .setRateChangeBps(-50)
                                .setFloatingDebtShare(Double.POSITIVE_INFINITY)
                                .build())),
        Arguments.of(
            "negative page size",
            "page_size",
            (Call)
                a ->
                    DataServiceGrpc.newBlockingStub(a.channel)
                        .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS)
                        .listDatasets(ListDatasetsRequest.newBuilder().setPageSize(-1).build())),
        Arguments.of(
            "negative history window",
            "window_years",
            (Call)
                a ->
                    valuation
                        .apply(a)
                        .getValuationHistory(
                            GetValuationHistoryRequest.newBuilder()
                                .setSeriesId("shiller:pe")
                                .setWindowYears(-3)
                                .build())));
  }

  /** One request against the server. */
  interface Call {
    Object run(InProcessCapshift app);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedRequests")
  void request_hostileField_invalidArgumentWithThatFieldViolation(
      String label, String field, Call call) {
    StatusRuntimeException e =
        catchThrowableOfType(StatusRuntimeException.class, () -> call.run(app));

    assertThat(e).as(label).isNotNull();
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(violations(e)).contains(field);
  }

  @Test
  void finiteResponses_nestedNaN_isCaught() {
    var bad =
        io.capshift.api.v1.GetRateSensitivityResponse.newBuilder()
            .setInterestCoverage(
                io.capshift.api.v1.InterestCoverage.newBuilder()
                    .addBuckets(
                        io.capshift.api.v1.CoverageBucket.newBuilder().setValueShare(Double.NaN)))
            .build();

    assertThatThrownBy(() -> FiniteResponses.check(bad, "test"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("test.interest_coverage.buckets.value_share = NaN");
    FiniteResponses.VIOLATIONS.clear();
  }

  private long version() {
    return app.capshift
        .datasets()
        .listDatasets(new io.capshift.application.port.in.ListDatasetsQuery(0, ""))
        .dataVersion();
  }

  private ImportDatasetResponse importFile(String content) {
    return GrpcImports.send(
        DataServiceGrpc.newStub(app.channel),
        "hostile.csv",
        "",
        content.getBytes(StandardCharsets.UTF_8),
        DEADLINE_S);
  }

  private StatusRuntimeException importFailure(String content) {
    StatusRuntimeException e =
        catchThrowableOfType(StatusRuntimeException.class, () -> importFile(content));
    assertThat(e).as("import of a hostile file must fail").isNotNull();
    return e;
  }

  private static List<String> violations(StatusRuntimeException e) {
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    return status.getDetailsList().stream()
        .filter(d -> d.is(BadRequest.class))
        .flatMap(
            d -> {
              try {
                return d.unpack(BadRequest.class).getFieldViolationsList().stream();
              } catch (com.google.protobuf.InvalidProtocolBufferException x) {
                throw new IllegalStateException(x);
              }
            })
        .map(BadRequest.FieldViolation::getField)
        .toList();
  }
}
