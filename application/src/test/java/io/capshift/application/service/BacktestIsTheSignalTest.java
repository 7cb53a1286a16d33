package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.rates.FomcMeeting;
import io.capshift.domain.rates.FuturesStrip;
import io.capshift.domain.rates.TargetRange;
import io.capshift.domain.rates.TargetRangeHistory;
import io.capshift.domain.signal.BacktestConfig;
import io.capshift.domain.signal.Position;
import io.capshift.domain.signal.RotationSignal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The backtest tests the signal: at every month, its position is the call the signal makes at the
 * end of the month before from a store that holds only what was known then ({@link KnownAt}).
 *
 * <p>The store has every kind of input the signal reads, and the traps of point-in-time data: two
 * vintages of the return series (one of 2014-06 ending 2014-05, and a revised history of 2021
 * covering 2008–2020, so the decisions of 2014-06 to 2020 read a stale early vintage and leave
 * momentum out once it is 45 days old), a weekly policy rate with a list of target-range changes
 * dated later, fund facts for 2018–2019, a futures strip of 2019-06-28 and CME's published
 * probabilities of January 2020.
 */
class BacktestIsTheSignalTest {
  private final InMemoryDatasetRepository full = new InMemoryDatasetRepository();

  @Test
  void everyPosition_isTheSignalOfAStoreCutToTheMonthEndBefore() {
    store(full);
    RunBacktestUseCase.Report report =
        backtest(full)
            .runBacktest(
                new RunBacktestUseCase.Query(
                    "ret:small",
                    "ret:large",
                    Optional.empty(),
                    Optional.empty(),
                    BacktestConfig.DEFAULT),
                () -> false);

    List<Position> positions = report.result().positions();
    assertThat(positions).hasSizeGreaterThan(100);
    int compared = 0;
    for (Position p : positions) {
      LocalDate decided = p.month().minusMonths(1).atEndOfMonth();
      InMemoryDatasetRepository cut = new InMemoryDatasetRepository();
      cut.saveAll(KnownAt.cut(full, decided));
      double weight;
      double score;
      try {
        RotationSignal s =
            signal(cut)
                .getRotationSignal(
                    new GetRotationSignalUseCase.Query(
                        decided, "ret:small", "ret:large", "IWM", "SPY"));
        weight =
            switch (s.stance()) {
              case OVERWEIGHT_SMALL -> 1;
              case UNDERWEIGHT_SMALL -> 0;
              case NEUTRAL -> 0.5;
            };
        score = s.score();
      } catch (FailedPreconditionException noComponent) {
        weight = 0.5;
        score = 0;
      }
      assertThat(p.smallWeight()).as("position of %s", p.month()).isEqualTo(weight);
      assertThat(p.score()).as("score of %s", p.month()).isEqualTo(score);
      compared++;
    }
    assertThat(compared).isEqualTo(positions.size());
    // the store exercises every stance, and months with 0 to 3 components (momentum is stale
    // while the fund data exist: the early vintage ends in 2014)
    assertThat(positions).extracting(Position::smallWeight).contains(0.0, 0.5, 1.0);
    assertThat(positions).extracting(Position::components).contains(0, 1, 2, 3);
  }

  @Test
  void theSignal_withItsMarketComponentsOnAnotherThread_isTheSameCall() throws Exception {
    store(full);
    java.util.concurrent.ExecutorService side =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      GetRotationSignalService besides = signal(full, side);
      GetRotationSignalService alone = signal(full);
      int compared = 0;
      for (LocalDate d = LocalDate.of(2009, 1, 31); d.isBefore(LocalDate.of(2021, 1, 1)); ) {
        for (String fund : List.of("IWM", GetRotationSignalUseCase.Query.CHOSEN)) {
          var q = new GetRotationSignalUseCase.Query(d, "ret:small", "ret:large", fund, "SPY");
          RotationSignal a;
          try {
            a = alone.getRotationSignal(q);
          } catch (FailedPreconditionException none) {
            continue;
          }
          assertThat(besides.getRotationSignal(q)).as("%s %s", d, fund).isEqualTo(a);
          compared++;
        }
        d = d.plusMonths(7).withDayOfMonth(1).plusMonths(1).minusDays(1);
      }
      assertThat(compared).isGreaterThan(10);
    } finally {
      side.shutdownNow();
    }
  }

  @Test
  void beforeAnyStripOrPolicyRate_theSignalSaysSo_andALaterImportOfAnEarlierStripIsRead() {
    store(full);
    GetRotationSignalService s = signal(full);

    assertThatThrownBy(
            () ->
                s.getRotationSignal(
                    new GetRotationSignalUseCase.Query(
                        LocalDate.of(2005, 12, 31), "ret:small", "ret:large", "IWM", "SPY")))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining(
            "policy direction: no policy-rate history known by 2005-12-31: import FRED's DFEDTAR"
                + " and DFEDTARU files");
    var april2019 =
        new GetRotationSignalUseCase.Query(
            LocalDate.of(2019, 4, 30), "ret:small", "ret:large", "IWM", "SPY");
    assertThat(s.getRotationSignal(april2019).components().get(1).source())
        .startsWith("realised (no futures strip or CME FedWatch history of the time stored)");

    Map<YearMonth, Double> earlier = new LinkedHashMap<>();
    for (YearMonth m = YearMonth.of(2019, 3);
        m.isBefore(YearMonth.of(2020, 3));
        m = m.plusMonths(1)) {
      earlier.put(m, 97.6);
    }
    full.saveAll(
        List.of(
            new ParsedDataset(
                "fut",
                LocalDate.of(2019, 3, 29),
                "an earlier strip, imported later",
                new DatasetContent.Futures(FuturesStrip.of(LocalDate.of(2019, 3, 29), earlier)))));
    assertThat(s.getRotationSignal(april2019).components().get(1).source())
        .doesNotContain("no futures strip")
        .contains("fut@2019-03-29");
  }

  @Test
  void theSignalAtADate_readsTheStripAndCmesProbabilitiesOfThatTime() {
    store(full);
    GetRotationSignalService s = signal(full);

    RotationSignal june2019 =
        s.getRotationSignal(
            new GetRotationSignalUseCase.Query(
                LocalDate.of(2019, 6, 30), "ret:small", "ret:large", "IWM", "SPY"));
    RotationSignal jan2020 =
        s.getRotationSignal(
            new GetRotationSignalUseCase.Query(
                LocalDate.of(2020, 1, 31), "ret:small", "ret:large", "IWM", "SPY"));
    RotationSignal aug2019 =
        s.getRotationSignal(
            new GetRotationSignalUseCase.Query(
                LocalDate.of(2019, 8, 31), "ret:small", "ret:large", "IWM", "SPY"));

    assertThat(june2019.components().get(1).source())
        .startsWith("expected: futures strip fut@2019-06-28");
    assertThat(jan2020.components().get(1).source())
        .startsWith("expected: CME FedWatch's published probabilities of 2020-01-24");
    // the strip of 2019-06-28 is older than the meeting of 2019-07-31
    assertThat(aug2019.components().get(1).source())
        .startsWith(
            "realised (stale strip: the strip of 2019-06-28 is older than the meeting of"
                + " 2019-07-31");
  }

  private static GetRotationSignalService signal(InMemoryDatasetRepository repo) {
    return signal(repo, Runnable::run);
  }

  private static GetRotationSignalService signal(
      InMemoryDatasetRepository repo, java.util.concurrent.Executor sideWork) {
    SeriesResolver series = new SeriesResolver(repo);
    FundamentalsAt fundamentals = new FundamentalsAt(repo);
    return new GetRotationSignalService(
        repo,
        series,
        new GetRateExpectationsService(repo, series),
        new ChooseFundService(
            repo, new GetFundProfileService(repo, fundamentals), java.time.Clock.systemUTC()),
        fundamentals,
        sideWork);
  }

  private static RunBacktestService backtest(InMemoryDatasetRepository repo) {
    SeriesResolver series = new SeriesResolver(repo);
    return new RunBacktestService(
        repo, series, new GetRateExpectationsService(repo, series), new FundamentalsAt(repo));
  }

  private static void store(InMemoryDatasetRepository repo) {
    Random random = new Random(20_260_101);
    List<Observation> small = new ArrayList<>();
    List<Observation> large = new ArrayList<>();
    List<Observation> smallEarly = new ArrayList<>();
    List<Observation> largeEarly = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2008, 1);
        !m.isAfter(YearMonth.of(2020, 12));
        m = m.plusMonths(1)) {
      double s = random.nextGaussian() * 0.06 + 0.01 * Math.sin(m.getMonthValue() + m.getYear());
      double l = random.nextGaussian() * 0.04;
      small.add(new Observation(m.atDay(1), s));
      large.add(new Observation(m.atDay(1), l));
      if (m.isBefore(YearMonth.of(2014, 6))) {
        // the early vintage before its revision
        smallEarly.add(new Observation(m.atDay(1), s + 0.001));
        largeEarly.add(new Observation(m.atDay(1), l));
      }
    }
    List<Observation> policy = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2006, 1, 6);
        d.isBefore(LocalDate.of(2020, 12, 31));
        d = d.plusWeeks(1)) {
      policy.add(new Observation(d, 0.02 + 0.015 * Math.sin(d.toEpochDay() / 300.0)));
    }
    List<Observation> shares = new ArrayList<>();
    List<Observation> nav = new ArrayList<>();
    List<Observation> smallPe = new ArrayList<>();
    List<Observation> largePe = new ArrayList<>();
    double count = 1_000_000;
    for (LocalDate d = LocalDate.of(2018, 1, 2);
        d.isBefore(LocalDate.of(2020, 1, 1));
        d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() >= 6) {
        continue;
      }
      count += Math.round(random.nextGaussian() * 5_000);
      shares.add(new Observation(d, count));
      nav.add(new Observation(d, 150 + random.nextGaussian()));
      smallPe.add(new Observation(d, 15 + random.nextGaussian()));
      largePe.add(new Observation(d, 20 + random.nextGaussian()));
    }
    Map<YearMonth, Double> strip = new LinkedHashMap<>();
    for (YearMonth m = YearMonth.of(2019, 6);
        !m.isAfter(YearMonth.of(2020, 8));
        m = m.plusMonths(1)) {
      strip.put(m, 97.6 + 0.04 * (m.getMonthValue() % 12));
    }
    List<TimeSeries> cme = new ArrayList<>();
    List<Observation> hold = new ArrayList<>();
    List<Observation> cut = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2020, 1, 6);
        d.isBefore(LocalDate.of(2020, 1, 25));
        d = d.plusDays(1)) {
      double p = 0.3 + 0.01 * d.getDayOfMonth();
      hold.add(new Observation(d, 1 - p));
      cut.add(new Observation(d, p));
    }
    cme.add(TimeSeries.of("cme-fedwatch:m2020-03-18_150_175", "probability", hold));
    cme.add(TimeSeries.of("cme-fedwatch:m2020-03-18_125_150", "probability", cut));
    repo.saveAll(
        List.of(
            series("ret", LocalDate.of(2021, 1, 1), "ret:small", small, "ret:large", large),
            series(
                "ret", LocalDate.of(2014, 6, 1), "ret:small", smallEarly, "ret:large", largeEarly),
            series("dfedtaru", LocalDate.of(2020, 12, 25), "dfedtaru:value", policy),
            new ParsedDataset(
                "fed-target-range",
                LocalDate.of(2021, 1, 15),
                "test ranges",
                new DatasetContent.TargetRanges(
                    new TargetRangeHistory(
                        List.of(
                            new TargetRange(LocalDate.of(2019, 8, 1), 0.02, 0.0225),
                            new TargetRange(LocalDate.of(2020, 3, 16), 0.0, 0.0025))))),
            series(
                "IWM-facts",
                LocalDate.of(2019, 12, 31),
                "IWM-facts:shares_outstanding",
                shares,
                "IWM-facts:nav",
                nav,
                "IWM-facts:pe",
                smallPe),
            series("SPY-facts", LocalDate.of(2019, 12, 31), "SPY-facts:pe", largePe),
            new ParsedDataset(
                "fomc-calendar",
                LocalDate.of(2020, 6, 10),
                "test calendar",
                new DatasetContent.Meetings(
                    new FomcCalendar(
                        List.of(
                            meeting(2019, 7, 31),
                            meeting(2019, 9, 18),
                            meeting(2019, 10, 30),
                            meeting(2019, 12, 11),
                            meeting(2020, 1, 29),
                            meeting(2020, 3, 18),
                            meeting(2020, 4, 29),
                            meeting(2020, 6, 10))))),
            new ParsedDataset(
                "fut",
                LocalDate.of(2019, 6, 28),
                "test strip",
                new DatasetContent.Futures(FuturesStrip.of(LocalDate.of(2019, 6, 28), strip))),
            new ParsedDataset(
                MarketExpectations.TARGET,
                LocalDate.of(2020, 1, 24),
                "test CME history",
                new DatasetContent.SeriesSet(cme))));
  }

  private static FomcMeeting meeting(int y, int m, int d) {
    LocalDate date = LocalDate.of(y, m, d);
    return new FomcMeeting(date.minusDays(1), date, true, false);
  }

  private static ParsedDataset series(String target, LocalDate asOf, Object... idsAndObservations) {
    List<TimeSeries> set = new ArrayList<>();
    for (int i = 0; i < idsAndObservations.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<Observation> obs = (List<Observation>) idsAndObservations[i + 1];
      set.add(TimeSeries.of((String) idsAndObservations[i], "decimal monthly return", obs));
    }
    return new ParsedDataset(target, asOf, "test " + target, new DatasetContent.SeriesSet(set));
  }
}
