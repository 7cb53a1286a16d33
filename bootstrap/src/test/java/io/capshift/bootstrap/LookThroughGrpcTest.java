package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.google.rpc.BadRequest;
import com.google.type.Date;
import io.capshift.api.v1.ChoiceVerdict;
import io.capshift.api.v1.ChooseFundRequest;
import io.capshift.api.v1.ChooseFundResponse;
import io.capshift.api.v1.CompareValuationsRequest;
import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.FundServiceGrpc;
import io.capshift.api.v1.GetFundProfileRequest;
import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.GetRotationSignalRequest;
import io.capshift.api.v1.LookThroughValuation;
import io.capshift.api.v1.RotationServiceGrpc;
import io.capshift.api.v1.ScoredCriterion;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The look-through and the fund choice over gRPC, on the real server and store, with files written
 * here and every figure worked by hand.
 *
 * <pre>
 * company  market cap  net income  P/E  price  dividend/share  yield
 * AAA      1e9         1e8         10   10     0.20            2%
 * BBB      1e9         5e7         20   10     0               0
 * CCC      1e9         -1e8        -    10     0               0
 * DDD      1e9         2.5e7       40   10     0.10            1%
 *
 * FUNDA (2025-10-01): AAA 6e6, BBB 4e6.  earnings 6e6 x 0.1 + 4e6 x 0.05 = 8e5 over 1e7:
 *   P/E INCLUDE 12.5; fund-site (harmonic, losses out) 1 / (0.6 / 10 + 0.4 / 20) = 12.5;
 *   unprofitable 0; dividend yield 0.6 x 2% = 1.2%.
 * FUNDB (2025-10-01): CCC 5e6, DDD 5e6.  earnings -5e5 + 1.25e5 = -3.75e5: INCLUDE undefined
 *   (earnings yield -3.75%); fund-site P/E 40 (DDD alone); unprofitable 50% of names and of
 *   value; dividend yield 0.5 x 1% = 0.5%.
 * </pre>
 *
 * FUNDA is cheaper, more profitable and pays more, so it ranks first.
 */
class LookThroughGrpcTest {
  private static final long DEADLINE_S = 30;
  private static final double TOL = 1e-12;
  private static final Date AT = Date.newBuilder().setYear(2025).setMonth(10).setDay(2).build();

  private static final String FUNDAMENTALS =
      "# id: fixture-fundamentals\n# as_of: 2025-09-30\n"
          + "ticker,name,sector,market_cap_usd,net_income_usd,price_usd,shares,"
          + "dividend_per_share_usd\n"
          + "AAA,Alpha,Industrials,1e9,1e8,10,1e8,0.2\n"
          + "BBB,Beta,Industrials,1e9,5e7,10,1e8,0\n"
          + "CCC,Gamma,Health Care,1e9,-1e8,10,1e8,0\n"
          + "DDD,Delta,Financials,1e9,2.5e7,10,1e8,0.1\n";

  @TempDir Path dir;
  private InProcessCapshift app;

  @BeforeEach
  void start() throws Exception {
    app = new InProcessCapshift(dir);
    send("fundamentals.csv", FUNDAMENTALS);
    send("funda.csv", fund("FUNDA", "AAA,6e6", "BBB,4e6"));
    send("fundb.csv", fund("FUNDB", "CCC,5e6", "DDD,5e6"));
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
    assertThat(FiniteResponses.VIOLATIONS).isEmpty();
  }

  @Test
  void getIndexValuation_fundHoldings_answerFromTheLookThrough() {
    var r =
        valuations()
            .getIndexValuation(
                GetIndexValuationRequest.newBuilder().setIndexId("FUNDB").setAsOf(AT).build());

    LookThroughValuation l = r.getLookThrough();
    assertThat(l.getJoin().getMatched()).isEqualTo(2);
    assertThat(l.getJoin().getMatchedWeight()).isCloseTo(1.0, within(TOL));
    assertThat(l.getJoin().getSources(0).getDatasetId())
        .isEqualTo("fixture-fundamentals@2025-09-30");
    assertThat(l.getJoin().getSources(0).getAgeDays()).isEqualTo(2);
    assertThat(l.getJoin().getSources(0).getGapDays()).isEqualTo(-1);
    assertThat(l.getValuations(0).getPriceEarnings().getUndefinedReason()).contains("<= 0");
    assertThat(l.getValuations(0).getEarningsYield().getValue()).isCloseTo(-0.0375, within(TOL));
    assertThat(l.getValuations(2).getPriceEarnings().getValue()).isCloseTo(40, within(1e-9));
    assertThat(l.getNonPositive().getCount()).isEqualTo(1);
    assertThat(l.getNonPositive().getNameShare()).isCloseTo(0.5, within(TOL));
    assertThat(l.getNonPositive().getWeight()).isCloseTo(0.5, within(TOL));
    assertThat(r.getValuation().getDividendYield().getValue()).isCloseTo(0.005, within(TOL));
  }

  @Test
  void getFundProfileAndCompare_carryTheLookThrough() {
    var h =
        funds()
            .getFundProfile(
                GetFundProfileRequest.newBuilder().setFundId("FUNDA").setAsOf(AT).build())
            .getProfile()
            .getHoldings();
    assertThat(h.getFundamentals().getValuations(0).getPriceEarnings().getValue())
        .isCloseTo(12.5, within(1e-9));
    assertThat(h.getUnprofitable()).isZero();

    var c =
        valuations()
            .compareValuations(
                CompareValuationsRequest.newBuilder()
                    .setSmallId("FUNDB")
                    .setLargeId("FUNDA")
                    .setAsOf(AT)
                    .build());
    assertThat(c.hasSmallLookThrough()).isTrue();
    assertThat(c.hasLargeLookThrough()).isTrue();
    // no forward EPS in the file: the growth gap says why it is undefined
    assertThat(c.getGrowthGap().getUndefinedReason()).isNotEmpty();
  }

  @Test
  void chooseFund_twoFunds_rankedOnTheirLookThroughs() {
    ChooseFundResponse r = funds().chooseFund(ChooseFundRequest.newBuilder().setAsOf(AT).build());

    assertThat(r.getAsOf()).isEqualTo(AT);
    assertThat(r.getCandidatesList()).containsExactly("FUNDA", "FUNDB");
    assertThat(r.getLargeFundsList()).isEmpty();
    assertThat(r.getVerdict()).isEqualTo(ChoiceVerdict.CHOICE_VERDICT_SMALL_CAP_FUND);
    assertThat(r.getFundId()).isEqualTo("FUNDA");
    assertThat(r.getRankedList()).extracting(f -> f.getFundId()).containsExactly("FUNDA", "FUNDB");
    // best on valuation, unprofitable and dividend yield (1 each); both hold 100% in their top 10,
    // a tie scored 0.5: (1 + 1 + 0.5 + 1) / 4 = 0.875, and FUNDB (0 + 0 + 0.5 + 0) / 4 = 0.125
    assertThat(r.getRanked(0).getScore()).isCloseTo(0.875, within(TOL));
    assertThat(r.getRanked(1).getScore()).isCloseTo(0.125, within(TOL));
    assertThat(value(r, 0, "valuation")).isCloseTo(12.5, within(1e-9));
    assertThat(value(r, 1, "valuation")).isCloseTo(40, within(1e-9));
    assertThat(value(r, 0, "unprofitable")).isCloseTo(0, within(TOL));
    assertThat(value(r, 1, "unprofitable")).isCloseTo(0.5, within(TOL));
    assertThat(value(r, 0, "dividend_yield")).isCloseTo(0.012, within(TOL));
    assertThat(value(r, 1, "dividend_yield")).isCloseTo(0.005, within(TOL));
    ScoredCriterion expense = criterion(r, 0, "expense_ratio");
    assertThat(expense.hasScore()).isFalse();
    assertThat(expense.getLeftOut()).isNotEmpty();
    assertThat(r.getNotesList()).anyMatch(n -> n.contains("no large-cap alternative is stored"));
  }

  /**
   * A store filled by fetch holds IVV's holdings, not SPY's: the signal's default large fund stands
   * for the S&P 500, so its valuation component reads IVV. IWM 12.5 over IVV 40 = 0.3125.
   */
  @Test
  void signal_defaultLargeFundWithoutHoldings_valuationReadsAnotherSp500Fund() {
    send("iwm.csv", fund("IWM", "AAA,6e6", "BBB,4e6"));
    send("ivv.csv", fund("IVV", "CCC,5e6", "DDD,5e6"));

    var s =
        RotationServiceGrpc.newBlockingStub(app.channel)
            .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS)
            .getRotationSignal(
                GetRotationSignalRequest.newBuilder().setAsOf(AT).setSmallFund("IWM").build());
    var valuation =
        s.getComponentsList().stream()
            .filter(c -> c.getName().equals("relative valuation"))
            .findFirst()
            .orElseThrow();

    assertThat(valuation.getRaw()).isCloseTo(0.3125, within(1e-12));
    assertThat(valuation.getSource())
        .contains("IWM look-through 12.5")
        .contains("vs IVV look-through 40.0");
    // one pair is a ratio, not yet a score against its own history
    assertThat(valuation.getLeftOut()).contains("1 value of history, fewer than 20");
  }

  @Test
  void chooseFund_badFields_invalidArgumentNamingEachField() {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                funds()
                    .chooseFund(
                        ChooseFundRequest.newBuilder()
                            .setAsOf(Date.newBuilder().setYear(2025).setMonth(2).setDay(30))
                            .addFundIds("IWM")
                            .addFundIds("not a ticker")
                            .putWeights("valuation", 2)
                            .putWeights("momentum", 1)
                            .putWeights("size", -1)
                            .setMaxFundamentalsAgeDays(5000)
                            .build()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(violations(e))
        .containsExactlyInAnyOrder(
            "as_of",
            "fund_ids[1]",
            "weights[momentum]",
            "weights[size]",
            "max_fundamentals_age_days");
    assertThat(e.getStatus().getDescription()).doesNotContain("Exception").doesNotContain("/");
  }

  @Test
  void chooseFund_emptyRequest_answersForTodayNeverInternal() {
    ChooseFundResponse r = funds().chooseFund(ChooseFundRequest.getDefaultInstance());

    // the clock says 2026-11-24: the fundamentals of 2025-09-30 are over a year old
    assertThat(r.getAsOf())
        .isEqualTo(Date.newBuilder().setYear(2026).setMonth(11).setDay(24).build());
    assertThat(r.getVerdict()).isEqualTo(ChoiceVerdict.CHOICE_VERDICT_NO_FUND);
    assertThat(r.getFundId()).isEmpty();
    assertThat(r.getUnrankedList()).extracting(f -> f.getFundId()).contains("FUNDA", "FUNDB");
  }

  /** A fund never stored is a wrong id: NOT_FOUND naming it, not a ranking without it. */
  @Test
  void chooseFund_unknownFund_notFoundNamingIt() {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                funds()
                    .chooseFund(
                        ChooseFundRequest.newBuilder()
                            .setAsOf(AT)
                            .addFundIds("NOPE")
                            .addFundIds("FUNDA")
                            .build()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(GrpcServerTest.detail(e, com.google.rpc.ResourceInfo.class).getResourceName())
        .isEqualTo("NOPE");
    assertThat(e.getStatus().getDescription()).contains("nothing is stored for fund 'NOPE'");
  }

  /** A fund stored only after the date is unranked with the reason: it exists, but not yet. */
  @Test
  void chooseFund_fundStoredLater_unrankedWithTheReason() {
    send("later.csv", fund("LATER", "AAA,1e6").replace("2025-10-01", "2026-01-05"));
    ChooseFundResponse r =
        funds()
            .chooseFund(
                ChooseFundRequest.newBuilder()
                    .setAsOf(AT)
                    .addFundIds("LATER")
                    .addFundIds("FUNDA")
                    .build());

    assertThat(r.getFundId()).isEqualTo("FUNDA");
    assertThat(r.getUnrankedList())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.getFundId()).isEqualTo("LATER");
              assertThat(u.getReason())
                  .contains("nothing stored for LATER on or before 2025-10-02");
            });
  }

  /** The look-through's age limit is checked where it is asked for, on each RPC that takes it. */
  @Test
  void ageLimitOutOfRange_invalidArgumentNamingTheField() {
    StatusRuntimeException valuation =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                valuations()
                    .getIndexValuation(
                        GetIndexValuationRequest.newBuilder()
                            .setIndexId("FUNDA")
                            .setMaxFundamentalsAgeDays(-1)
                            .build()));
    StatusRuntimeException profile =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                funds()
                    .getFundProfile(
                        GetFundProfileRequest.newBuilder()
                            .setFundId("FUNDA")
                            .setMaxFundamentalsAgeDays(3651)
                            .build()));

    for (StatusRuntimeException e : List.of(valuation, profile)) {
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(violations(e)).containsExactly("max_fundamentals_age_days");
    }
  }

  private static double value(ChooseFundResponse r, int rank, String criterion) {
    return criterion(r, rank, criterion).getValue().getValue();
  }

  private static ScoredCriterion criterion(ChooseFundResponse r, int rank, String criterion) {
    return r.getRanked(rank).getCriteriaList().stream()
        .filter(c -> c.getCriterion().equals(criterion))
        .findFirst()
        .orElseThrow();
  }

  private static String fund(String id, String... rows) {
    return "# id: "
        + id
        + "\n# as_of: 2025-10-01\n# type: fund\nsymbol,value_usd\n"
        + String.join("\n", rows)
        + "\n";
  }

  private void send(String name, String content) {
    GrpcImports.send(
        DataServiceGrpc.newStub(app.channel),
        name,
        "",
        content.getBytes(StandardCharsets.UTF_8),
        DEADLINE_S);
  }

  private FundServiceGrpc.FundServiceBlockingStub funds() {
    return FundServiceGrpc.newBlockingStub(app.channel)
        .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS);
  }

  private ValuationServiceGrpc.ValuationServiceBlockingStub valuations() {
    return ValuationServiceGrpc.newBlockingStub(app.channel)
        .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS);
  }

  private static List<String> violations(StatusRuntimeException e) {
    return StatusProto.fromThrowable(e).getDetailsList().stream()
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
