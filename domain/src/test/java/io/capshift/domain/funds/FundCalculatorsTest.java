package io.capshift.domain.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FundCalculatorsTest {
  private static final double TOL = 1e-12;

  /**
   * Values 50 (Energy, E −1), 30 (Energy, E 2), 20 (no sector, no earnings): total 100. Energy 0.80
   * with 2 holdings; unlabelled 0.20; unprofitable 1 name, 0.50; earnings unknown 1, 0.20.
   */
  @Test
  void lookThrough_handMadeFund_sectorsLossesAndUnknowns() {
    LookThrough l =
        LookThroughCalculator.DEFAULT.calculate(
            fund(
                "2026-01-02",
                name("A", "Energy", 50, -1.0),
                name("B", "Energy", 30, 2.0),
                name("C", "", 20, null)));

    assertThat(l.holdings()).isEqualTo(3);
    assertThat(l.sectors()).containsExactly(new SectorWeight("Energy", 0.8, 2));
    assertThat(l.unlabelledWeight()).isCloseTo(0.2, within(TOL));
    assertThat(l.unprofitable()).isEqualTo(1);
    assertThat(l.unprofitableWeight()).isCloseTo(0.5, within(TOL));
    assertThat(l.earningsUnknown()).isEqualTo(1);
    assertThat(l.earningsUnknownWeight()).isCloseTo(0.2, within(TOL));
    assertThat(l.weightedAverageMarketCapReason()).isPresent();
  }

  /**
   * From A 0.5, B 0.3, C 0.2 to A 0.4, B 0.3, D 0.3: |−0.1| + 0 + |−0.2| + |0.3| = 0.6, one-way
   * 0.3; D added, C removed, A and B kept.
   */
  @Test
  void turnover_oneNameSwapped_halfTheAbsoluteWeightChanges() {
    Turnover t =
        TurnoverCalculator.DEFAULT.between(
            fund(
                "2026-01-02",
                name("A", "", 50, null),
                name("B", "", 30, null),
                name("C", "", 20, null)),
            fund(
                "2026-04-02",
                name("A", "", 40, null),
                name("B", "", 30, null),
                name("D", "", 30, null)));

    assertThat(t.oneWay()).isCloseTo(0.3, within(TOL));
    assertThat(new int[] {t.added(), t.removed(), t.kept()}).containsExactly(1, 1, 2);
    assertThat(t.from()).isEqualTo(LocalDate.of(2026, 1, 2));
  }

  @Test
  void turnover_sameHoldings_zero() {
    ConstituentSnapshot s = fund("2026-01-02", name("A", "", 50, null), name("B", "", 30, null));
    assertThat(TurnoverCalculator.DEFAULT.between(s, s).oneWay()).isZero();
  }

  private static ConstituentSnapshot fund(String date, Constituent... rows) {
    return ConstituentSnapshot.of(
        "F", LocalDate.parse(date), SnapshotType.FUND, FundFacts.NONE, List.of(rows));
  }

  private static Constituent name(String symbol, String sector, double value, Double earnings) {
    return new Constituent(
        symbol,
        "",
        sector,
        value,
        earnings == null ? OptionalDouble.empty() : OptionalDouble.of(earnings),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }
}
