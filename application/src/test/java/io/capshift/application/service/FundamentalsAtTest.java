package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.fundamentals.CompanyFundamentals;
import io.capshift.domain.fundamentals.FundamentalsSource;
import io.capshift.domain.fundamentals.FundamentalsTable;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    store.saveAll(
        List.of(
            table("screener", LocalDate.of(2025, 1, 2), "AAA", "BBB"),
            table("tickers", LocalDate.of(2025, 1, 3), "AAA", "CCC", "DDD"),
            table("screener", LocalDate.of(2025, 6, 2), "EEE"), // after the date: not read
            table("third", LocalDate.of(2024, 12, 31), "FFF")));
    ExecutorService side = Executors.newFixedThreadPool(2);
    try {
      LocalDate at = LocalDate.of(2025, 3, 1);
      List<FundamentalsSource> alone = new FundamentalsAt(store).known(at);
      List<FundamentalsSource> besides = new FundamentalsAt(store, side).known(at);

      assertThat(besides)
          .extracting(FundamentalsSource::datasetId)
          .containsExactlyElementsOf(alone.stream().map(FundamentalsSource::datasetId).toList())
          .containsExactly("screener@2025-01-02", "third@2024-12-31", "tickers@2025-01-03");
      assertThat(besides).extracting(s -> s.table().size()).containsExactly(2, 1, 3);
    } finally {
      side.shutdownNow();
    }
  }
}
