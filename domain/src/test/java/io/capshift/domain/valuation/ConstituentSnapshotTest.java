package io.capshift.domain.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ConstituentSnapshotTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 30);

  private static Constituent name(String symbol, OptionalDouble earnings) {
    return new Constituent(
        symbol,
        symbol,
        "",
        1_000,
        earnings,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  private static ConstituentSnapshot of(Constituent... rows) {
    return ConstituentSnapshot.of("x", DAY, SnapshotType.FUND, FundFacts.NONE, List.of(rows));
  }

  @Test
  void hasEarnings_anyNameWithItsOwn_trueElseFalse() {
    Constituent bare = name("A", OptionalDouble.empty());
    Constituent loser = name("B", OptionalDouble.of(-5));

    assertThat(of(bare, name("C", OptionalDouble.empty())).hasEarnings()).isFalse();
    assertThat(of(bare, loser).hasEarnings()).as("a loss is earnings of its own").isTrue();
    assertThat(of(name("Z", OptionalDouble.of(0))).hasEarnings()).as("so is zero").isTrue();
  }
}
