package io.capshift.domain.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FundamentalsTableTest {
  @Test
  void key_eachRowsNormalisedTicker_inRowOrder() {
    FundamentalsTable table =
        FundamentalsTable.of(
            List.of(
                CompanyFundamentals.identity("brk.b", 1067983, "Berkshire Hathaway"),
                CompanyFundamentals.builder("").cik(320193).name("Apple").build(),
                CompanyFundamentals.identity("MSFT", 789019, "Microsoft")));

    for (int i = 0; i < table.size(); i++) {
      assertThat(table.key(i)).isEqualTo(table.rows().get(i).key());
    }
    assertThat(table.key(0)).isEqualTo(Tickers.normalise("brk.b")).isNotEqualTo("brk.b");
    assertThat(table.key(1)).isEmpty();
    assertThat(table.byKey(table.key(2)).orElseThrow().name()).isEqualTo("Microsoft");
  }
}
