package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.CorruptDataException;
import io.capshift.domain.fundamentals.CompanyFundamentals;
import io.capshift.domain.fundamentals.FundamentalsSource;
import io.capshift.domain.fundamentals.FundamentalsTable;
import io.capshift.domain.fundamentals.JoinReport;
import io.capshift.domain.fundamentals.JoinRules;
import io.capshift.domain.funds.HoldingsValuation;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FundamentalsAtTest {
  private static ParsedDataset dataset(
      String target, LocalDate asOf, List<CompanyFundamentals> rows) {
    return new ParsedDataset(
        target,
        asOf,
        target + " export",
        new DatasetContent.Fundamentals(FundamentalsTable.of(rows)));
  }

  private static ParsedDataset table(String target, LocalDate asOf, String... tickers) {
    List<CompanyFundamentals> rows =
        java.util.Arrays.stream(tickers)
            .map(t -> CompanyFundamentals.builder(t).cik(t.hashCode() & 0xffff).build())
            .toList();
    return dataset(target, asOf, rows);
  }

  @Test
  void known_decodingSourcesOnTheSide_givesTheSameSourcesInTheSameOrder() {
    InMemoryDatasetRepository store = new InMemoryDatasetRepository();
    store.keepsInMemory = false; // as a store that has read none of them yet
    store.saveAll(
        List.of(
            table("screener", LocalDate.of(2025, 1, 2), "AAA", "BBB"),
            table("tickers", LocalDate.of(2025, 1, 3), "AAA", "CCC", "DDD"),
            table("screener", LocalDate.of(2025, 6, 2), "EEE"), // after the date: not read
            table("third", LocalDate.of(2024, 12, 31), "FFF")));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger onTheSide = new AtomicInteger();
    Executor side =
        task -> {
          onTheSide.incrementAndGet();
          pool.execute(task);
        };
    try {
      LocalDate at = LocalDate.of(2025, 3, 1);
      List<FundamentalsSource> alone = new FundamentalsAt(store).known(at);
      List<FundamentalsSource> besides = new FundamentalsAt(store, side).known(at);
      assertThat(onTheSide).as("the second and third file").hasValue(2);

      assertThat(besides)
          .extracting(FundamentalsSource::datasetId)
          .containsExactlyElementsOf(alone.stream().map(FundamentalsSource::datasetId).toList())
          .containsExactly("screener@2025-01-02", "third@2024-12-31", "tickers@2025-01-03");
      assertThat(besides).extracting(s -> s.table().size()).containsExactly(2, 1, 3);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedDecodeOnTheSide_arrivesAsItself() {
    InMemoryDatasetRepository store = new InMemoryDatasetRepository();
    store.keepsInMemory = false;
    store.saveAll(
        List.of(
            table("screener", LocalDate.of(2025, 1, 2), "AAA"),
            table("tickers", LocalDate.of(2025, 1, 3), "BBB")));
    DatasetRepository damaged =
        org.mockito.Mockito.mock(
            DatasetRepository.class, org.mockito.AdditionalAnswers.delegatesTo(store));
    org.mockito.Mockito.doThrow(
            new CorruptDataException("tickers", "dataset tickers is damaged", null))
        .when(damaged)
        .load(org.mockito.ArgumentMatchers.argThat(i -> i.targetId().equals("tickers")));
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> new FundamentalsAt(damaged, pool).known(LocalDate.of(2025, 3, 1)))
          .isInstanceOf(CorruptDataException.class)
          .hasMessage("tickers: dataset tickers is damaged");
    } finally {
      pool.shutdownNow();
    }
  }

  private static ParsedDataset screener(String target, LocalDate asOf, double netIncome) {
    // market cap 1,000 = 10 shares x 100; net income as given
    List<CompanyFundamentals> rows =
        List.of("AAA", "BBB").stream()
            .map(
                t ->
                    CompanyFundamentals.builder(t)
                        .marketCap(java.util.OptionalDouble.of(1_000))
                        .shares(java.util.OptionalDouble.of(10))
                        .price(java.util.OptionalDouble.of(100))
                        .netIncome(java.util.OptionalDouble.of(netIncome))
                        .build())
            .toList();
    return dataset(target, asOf, rows);
  }

  @Test
  void lookThrough_atTwoDatesReadingTheSameSources_joinsOnceAndReportsEachDate() {
    InMemoryDatasetRepository store = new InMemoryDatasetRepository();
    store.saveAll(
        List.of(
            screener("screener", LocalDate.of(2025, 1, 2), 50), // P/E 1,000 / 50 = 20
            screener("screener", LocalDate.of(2025, 6, 2), 40))); // P/E 25
    ConstituentSnapshot fund =
        ConstituentSnapshot.of(
            "FUND",
            LocalDate.of(2024, 12, 31),
            SnapshotType.FUND,
            FundFacts.NONE,
            List.of(
                Constituent.valueOnly("AAA", "A", "", 600),
                Constituent.valueOnly("BBB", "B", "", 400)));
    FundamentalsAt shared = new FundamentalsAt(store);
    LocalDate march = LocalDate.of(2025, 3, 31);
    LocalDate april = LocalDate.of(2025, 4, 30);
    LocalDate july = LocalDate.of(2025, 7, 31);

    HoldingsValuation inMarch = look(shared, fund, march);
    HoldingsValuation inApril = look(shared, fund, april);
    HoldingsValuation inJuly = look(shared, fund, july);

    assertThat(inApril.holdings()).as("the March join, re-dated").isSameAs(inMarch.holdings());
    assertThat(inJuly.holdings())
        .as("a newer screener: joined again")
        .isNotSameAs(inMarch.holdings());
    // each answer as a fresh store's at its own date
    for (HoldingsValuation v : List.of(inMarch, inApril, inJuly)) {
      HoldingsValuation fresh = look(new FundamentalsAt(store), fund, v.join().at());
      assertThat(v.join()).isEqualTo(fresh.join());
      assertThat(v.valuation(NegativeEarningsPolicy.INCLUDE).priceEarnings())
          .isEqualTo(fresh.valuation(NegativeEarningsPolicy.INCLUDE).priceEarnings());
    }
    assertThat(inApril.join().at()).isEqualTo(april);
    assertThat(inApril.join().sources())
        .extracting(JoinReport.SourceUse::ageDays)
        .containsExactly(118L); // 2025-01-02 to 2025-04-30
    assertThat(inApril.valuation(NegativeEarningsPolicy.INCLUDE).priceEarnings().getAsDouble())
        .isCloseTo(20.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(inJuly.valuation(NegativeEarningsPolicy.INCLUDE).priceEarnings().getAsDouble())
        .isCloseTo(25.0, org.assertj.core.api.Assertions.within(1e-12));
  }

  private static HoldingsValuation look(FundamentalsAt f, ConstituentSnapshot s, LocalDate at) {
    return f.lookThrough(s, at, JoinRules.DEFAULT, new java.util.ArrayList<>()).orElseThrow();
  }
}
