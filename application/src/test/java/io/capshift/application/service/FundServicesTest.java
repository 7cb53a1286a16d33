package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.CompareFundsUseCase;
import io.capshift.application.port.in.FundFlows;
import io.capshift.application.port.in.FundProfile;
import io.capshift.application.port.in.GetFundFlowsUseCase;
import io.capshift.application.port.in.GetFundProfileQuery;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.flows.FlowPoint;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fund F: holdings on 2026-01-02 (A 50, B 50; 1,000 fund shares) and 2026-04-02 (A 60, C 40; 1,100
 * shares); facts F-facts: nav 10 then 11, shares 1,000 then 1,100 on the same dates.
 */
class FundServicesTest {
  private static final double TOL = 1e-12;
  private final InMemoryDatasetRepository store = new InMemoryDatasetRepository();
  private final GetFundProfileService profiles =
      new GetFundProfileService(store, new FundamentalsAt(store));
  private final GetFundFlowsService flows =
      new GetFundFlowsService(store, new SeriesResolver(store));

  @BeforeEach
  void fund() {
    store.saveAll(
        List.of(
            holdings("2026-01-02", 1_000, hold("A", "Energy", 50), hold("B", "Tech", 50))
                .withTarget("F"),
            holdings("2026-04-02", 1_100, hold("A", "Energy", 60), hold("C", "Tech", 40))
                .withTarget("F"),
            new ParsedDataset(
                "F-facts",
                LocalDate.of(2026, 4, 2),
                "test facts",
                new DatasetContent.SeriesSet(
                    List.of(
                        series("F-facts:nav", "USD per fund share", 10, 11),
                        series("F-facts:shares_outstanding", "fund shares", 1_000, 1_100))))));
  }

  /**
   * At 2026-04-30: holdings of 2026-04-02, 28 days before. Turnover from {A .5, B .5} to {A .6, C
   * .4}: (0.1 + 0.5 + 0.4)/2 = 0.5. NAV 11 dated 2026-04-02.
   */
  @Test
  void profile_betweenSnapshots_nearestHoldingsTurnoverAndDatedFacts() {
    FundProfile p =
        profiles.getFundProfile(
            new GetFundProfileQuery("F", Optional.of(LocalDate.of(2026, 4, 30))));

    var h = p.holdings().orElseThrow();
    assertThat(h.asOf()).isEqualTo(LocalDate.of(2026, 4, 2));
    assertThat(h.gapDays()).isEqualTo(28);
    assertThat(h.turnover().orElseThrow().oneWay()).isCloseTo(0.5, within(TOL));
    assertThat(h.lookThrough().sectors())
        .extracting(s -> s.sector() + " " + s.weight())
        .containsExactly("Energy 0.6", "Tech 0.4");
    var nav = p.fact("nav").orElseThrow();
    assertThat(nav.value()).isEqualTo(11);
    assertThat(nav.gapDays()).isEqualTo(28);
    assertThat(nav.source()).startsWith("F-facts@2026-04-02");
  }

  /**
   * A screener of 2027-01-04 gives A's figures: holdings of 2026-04-02 are looked through at
   * 2027-03-01 (333 days old) either way, at 2027-06-01 (425 days) only when asked.
   */
  @Test
  void profile_ofHoldingsOverAYearOld_valuedOnlyWhenAsked() {
    store.saveAll(
        List.of(
            new ParsedDataset(
                "screener",
                LocalDate.of(2027, 1, 4),
                "test screener",
                new DatasetContent.Fundamentals(
                    io.capshift.domain.fundamentals.FundamentalsTable.of(
                        List.of(
                            io.capshift.domain.fundamentals.CompanyFundamentals.builder("A")
                                .marketCap(OptionalDouble.of(1_000))
                                .netIncome(OptionalDouble.of(50))
                                .build()))))));
    Optional<LocalDate> at = Optional.of(LocalDate.of(2027, 6, 1)); // F@2026-04-02: 425 days old
    var rules = io.capshift.domain.fundamentals.JoinRules.DEFAULT;

    var valued = profiles.getFundProfile(new GetFundProfileQuery("F", at, rules)).holdings();
    var notValued =
        profiles.getFundProfile(new GetFundProfileQuery("F", at, rules, false)).holdings();

    assertThat(valued.orElseThrow().fundamentals()).isPresent();
    assertThat(valued.get().fundamentals().get().join().matched()).isEqualTo(1);
    assertThat(notValued.orElseThrow().fundamentals()).isEmpty();
    assertThat(notValued.get().notes())
        .containsExactly("not valued: the holdings are over 365 days old at 2027-06-01");
    assertThat(notValued.get().datasetId()).isEqualTo(valued.get().datasetId());
    // undated holdings (dated by their import day), however recent: valued only when asked too
    store.saveAll(
        List.of(holdings("2027-05-20", 1_000, hold("A", "Energy", 1)).withTarget("U").asUndated()));
    var undated = new GetFundProfileQuery("U", at, rules, false);
    assertThat(profiles.getFundProfile(undated).holdings().orElseThrow().fundamentals()).isEmpty();
    assertThat(profiles.getFundProfile(undated).holdings().get().notes())
        .containsExactly("not valued: the holdings are undated");
    assertThat(
            profiles
                .getFundProfile(new GetFundProfileQuery("U", at, rules))
                .holdings()
                .orElseThrow()
                .fundamentals())
        .isPresent();
    // within a year the fund is valued either way
    var recent =
        profiles.getFundProfile(
            new GetFundProfileQuery("F", Optional.of(LocalDate.of(2027, 3, 1)), rules, false));
    assertThat(recent.holdings().orElseThrow().fundamentals()).isPresent();
  }

  /** Facts stored but no holdings on or before the date: facts only, and the note says why. */
  @Test
  void profile_factsButNoHoldingsYet_factsOnlyAndSaysWhy() {
    store.saveAll(
        List.of(
            new ParsedDataset(
                "G-facts",
                LocalDate.of(2026, 4, 2),
                "test facts",
                new DatasetContent.SeriesSet(List.of(series("G-facts:nav", "USD", 5, 6)))),
            holdings("2026-04-02", 10, hold("A", "Energy", 1)).withTarget("G")));

    FundProfile p =
        profiles.getFundProfile(
            new GetFundProfileQuery("G", Optional.of(LocalDate.of(2026, 2, 1))));

    assertThat(p.holdings()).isEmpty();
    // the snapshot of 2026-04-02 was not known on 2026-02-01: the answer does not name it
    assertThat(p.holdingsNote())
        .isEqualTo("no holdings of G stored on or before 2026-02-01")
        .doesNotContain("2026-04-02");
    assertThat(p.fact("nav").orElseThrow().value()).isEqualTo(5);
    assertThatThrownBy(
            () ->
                profiles.getFundProfile(
                    new GetFundProfileQuery("F", Optional.of(LocalDate.of(2025, 12, 31)))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("on or before 2025-12-31");
  }

  @Test
  void compare_unknownFund_notFound_duplicate_invalid() {
    assertThatThrownBy(
            () ->
                profiles.compareFunds(
                    new CompareFundsUseCase.Query(List.of("F", "ZZZ"), Optional.empty())))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("ZZZ");
    assertThatThrownBy(() -> new CompareFundsUseCase.Query(List.of("F", "f"), Optional.empty()))
        .isInstanceOf(InvalidInputException.class);
  }

  /**
   * Daily: +100 shares × NAV 11 = +1,100 USD. Between holdings files: the same change, priced at
   * the facts' NAV on the file's date.
   */
  @Test
  void flows_fromFactsAndFromHoldingsFiles() {
    FundFlows f =
        flows.getFundFlows(
            new GetFundFlowsUseCase.Query("F", 1, 1.0, Optional.empty(), Optional.empty()));

    assertThat(f.daily().orElseThrow().flows())
        .containsExactly(
            new FlowPoint(LocalDate.of(2026, 4, 2), 1_100, FlowPoint.Basis.SHARES_X_NAV));
    assertThat(f.betweenHoldings().orElseThrow().flows())
        .containsExactly(
            new FlowPoint(LocalDate.of(2026, 4, 2), 1_100, FlowPoint.Basis.SHARES_X_NAV));
    assertThatThrownBy(
            () ->
                flows.getFundFlows(
                    new GetFundFlowsUseCase.Query("G", 1, 1.0, Optional.empty(), Optional.empty())))
        .isInstanceOf(NotFoundException.class);
  }

  /** Flows given by a flows file win over the shares-based estimate, labelled GIVEN. */
  @Test
  void flows_givenSeries_usedAsGiven() {
    store.saveAll(
        List.of(
            new ParsedDataset(
                "F-flows",
                LocalDate.of(2026, 4, 2),
                "test flows",
                new DatasetContent.SeriesSet(List.of(series("F-flows:flow_usd", "USD", -5, 7))))));

    FundFlows f =
        flows.getFundFlows(
            new GetFundFlowsUseCase.Query("F", 2, 1.0, Optional.empty(), Optional.empty()));

    assertThat(f.dailySource()).isEqualTo("flows as given in F-flows:flow_usd");
    assertThat(f.daily().orElseThrow().flows())
        .extracting(FlowPoint::basis)
        .containsOnly(FlowPoint.Basis.GIVEN);
    assertThat(f.daily().orElseThrow().rolling().get(0).sumUsd()).isEqualTo(2.0);
  }

  private static Holdings holdings(String date, double shares, Constituent... rows) {
    return new Holdings(LocalDate.parse(date), shares, List.of(rows));
  }

  /** A fund snapshot, stored under F unless {@link #withTarget} says otherwise. */
  private record Holdings(LocalDate date, double shares, List<Constituent> rows) {
    ParsedDataset withTarget(String fund) {
      return new ParsedDataset(
          fund,
          date,
          "test holdings",
          new DatasetContent.Constituents(
              ConstituentSnapshot.of(
                  fund, date, SnapshotType.FUND, new FundFacts(OptionalDouble.of(shares)), rows)));
    }
  }

  private static Constituent hold(String symbol, String sector, double value) {
    return new Constituent(
        symbol,
        "",
        sector,
        value,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  private static TimeSeries series(String id, String unit, double first, double second) {
    return TimeSeries.of(
        id,
        unit,
        List.of(
            new Observation(LocalDate.of(2026, 1, 2), first),
            new Observation(LocalDate.of(2026, 4, 2), second)));
  }
}
