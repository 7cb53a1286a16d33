package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.capshift.api.v1.CompareFundsRequest;
import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.FundServiceGrpc;
import io.capshift.api.v1.GetFundFlowsRequest;
import io.capshift.api.v1.GetFundProfileRequest;
import io.capshift.api.v1.HistoryServiceGrpc;
import io.capshift.api.v1.RunEventStudyRequest;
import io.capshift.application.port.in.GetFundProfileQuery;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.domain.history.EventStudy;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FundService and HistoryService on the real server and the real files; answers = use cases. */
class FundAndHistoryGrpcTest {
  private static final long DEADLINE_S = 60;
  private static final double TOL = 1e-12;

  @TempDir Path dir;
  private InProcessCapshift app;

  @BeforeEach
  void start() throws Exception {
    app = new InProcessCapshift(dir);
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  private void load(String... files) throws Exception {
    for (String f : files) {
      Path p = SharedData.file(f);
      GrpcImports.send(
          DataServiceGrpc.newStub(app.channel),
          p.getFileName().toString(),
          "",
          Files.readAllBytes(p),
          DEADLINE_S);
    }
  }

  private FundServiceGrpc.FundServiceBlockingStub funds() {
    return FundServiceGrpc.newBlockingStub(app.channel)
        .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS);
  }

  @Test
  void fundService_iwm_profileComparisonAndFlowsAsTheUseCases() throws Exception {
    load(
        "ishares-iwm-holdings/IWM_holdings_2026-01-21.csv",
        "ishares-iwm-holdings/IWM_holdings_2026-04-10.csv",
        "etf-fundamentals-snapshots/stockanalysis_etf_overviews_daily_2021-07-08_2022-08-30.csv");

    var p =
        funds()
            .getFundProfile(GetFundProfileRequest.newBuilder().setFundId("IWM").build())
            .getProfile();
    var direct =
        app.capshift.fund().getFundProfile(new GetFundProfileQuery("IWM", Optional.empty()));
    assertThat(p.getHoldings().getDatasetId()).isEqualTo("IWM@2026-04-10");
    assertThat(p.getHoldings().getValuation().getConcentration().getTop10Weight().getValue())
        .isCloseTo(
            direct.holdings().orElseThrow().valuation().concentration().top10Weight().getAsDouble(),
            within(TOL));
    assertThat(p.getHoldings().getTurnover().getOneWay())
        .isCloseTo(direct.holdings().orElseThrow().turnover().orElseThrow().oneWay(), within(TOL));
    assertThat(p.getFactsList()).extracting(f -> f.getName()).contains("nav", "pe");

    var c =
        funds()
            .compareFunds(
                CompareFundsRequest.newBuilder().addFundIds("IWM").addFundIds("SPY").build());
    assertThat(c.getProfilesList()).extracting(x -> x.getFundId()).containsExactly("IWM", "SPY");

    var f = funds().getFundFlows(GetFundFlowsRequest.newBuilder().setFundId("IWM").build());
    // business days of the NAV: fewer than the 179 scrapes with a change
    assertThat(f.getDaily().getFlowsCount()).isBetween(120, 140);
    assertThat(f.getMissingUpdatesList()).isNotEmpty();
    assertThat(f.getDaily().getReversalDefinition()).startsWith("a reversal is a change of sign");
    assertThat(f.getDaily().getReversalsCount())
        .isEqualTo(
            app.capshift
                .flows()
                .getFundFlows(
                    new io.capshift.application.port.in.GetFundFlowsUseCase.Query(
                        "IWM", 20, 1.0, Optional.empty(), Optional.empty()))
                .daily()
                .orElseThrow()
                .reversals()
                .size());
  }

  @Test
  void fundService_blankIdAndBadWindow_invalidArgument() {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                funds()
                    .getFundFlows(
                        GetFundFlowsRequest.newBuilder().setFundId(" ").setWindow(1000).build()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getStatus().getDescription()).contains("fund_id").contains("window");
  }

  @Test
  void historyService_eventStudy_asTheUseCase_andBadHorizonsRefused() throws Exception {
    load(
        "french-size-portfolios/Portfolios_Formed_on_ME_CRSP202602.csv",
        "fed-policy-rates/DFEDTAR_1982-09-27_2008-12-15.csv",
        "fed-policy-rates/DFEDTARU_2008-12-16_2025-11-12.csv");
    var history =
        HistoryServiceGrpc.newBlockingStub(app.channel)
            .withDeadlineAfter(DEADLINE_S, TimeUnit.SECONDS);

    var r = history.runEventStudy(RunEventStudyRequest.getDefaultInstance());
    var direct =
        app.capshift
            .eventStudy()
            .runEventStudy(
                new RunEventStudyUseCase.Query(
                    RunEventStudyUseCase.DEFAULT_SMALL,
                    RunEventStudyUseCase.DEFAULT_LARGE,
                    Optional.empty(),
                    12,
                    EventStudy.DEFAULT_HORIZONS,
                    false));

    assertThat(r.getEventsCount()).isEqualTo(direct.events().size());
    assertThat(r.getSummaries(2).getMonths()).isEqualTo(12);
    assertThat(r.getSummaries(2).getEvents().getMean())
        .isCloseTo(direct.result().summaries().get(2).events().mean().getAsDouble(), within(TOL));
    assertThat(r.getDefinitions().getHorizonsList()).containsExactly(3, 6, 12, 18);
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                history.runEventStudy(
                    RunEventStudyRequest.newBuilder().addAllHorizons(List.of(12, 6)).build()));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(e.getStatus().getDescription()).contains("horizons");

    var since1989 =
        history.runEventStudy(
            RunEventStudyRequest.newBuilder()
                .setCycleRule(io.capshift.api.v1.CycleRule.CYCLE_RULE_SINCE_1989)
                .build());
    assertThat(since1989.getDefinitions().getCycleRule())
        .isEqualTo(io.capshift.api.v1.CycleRule.CYCLE_RULE_SINCE_1989);
    assertThat(since1989.getCycleRulesList())
        .extracting(h -> h.getRule().name(), h -> h.getEventsCount())
        .containsExactly(
            tuple("CYCLE_RULE_SINCE_1989", 7),
            tuple("CYCLE_RULE_HIKE_OR_QUIET", 9),
            tuple("CYCLE_RULE_EVERY_FIRST_CUT", 15));
    assertThat(since1989.getEvents(0).getEffectiveDate().getYear()).isEqualTo(1989);
    StatusRuntimeException unknownRule =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                history.runEventStudy(
                    RunEventStudyRequest.newBuilder().setCycleRuleValue(9).build()));
    assertThat(unknownRule.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(unknownRule.getStatus().getDescription()).contains("cycle_rule").contains("9");
  }
}
