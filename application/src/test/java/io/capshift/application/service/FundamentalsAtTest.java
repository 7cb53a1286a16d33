package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.CorruptDataException;
import io.capshift.domain.fundamentals.CompanyFundamentals;
import io.capshift.domain.fundamentals.FundamentalsSource;
import io.capshift.domain.fundamentals.FundamentalsTable;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FundamentalsAtTest {
  private static ParsedDataset table(String target, LocalDate asOf, String... tickers) {
    List<CompanyFundamentals> rows =
        java.util.Arrays.stream(tickers)
            .map(t -> CompanyFundamentals.builder(t).cik(t.hashCode() & 0xffff).build())
            .toList();
    return new ParsedDataset(
        target,
        asOf,
        target + " export",
        new DatasetContent.Fundamentals(FundamentalsTable.of(rows)));
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
}
