package io.capshift.domain.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterestCoverageCalculatorTest {
  private static final double TOL = 1e-12;

  /**
   * {@link CreditFixtures}: coverage A 50/10 = 5.0x, B 12/10 = 1.2x, C −5/5 = −1.0x, D pays no
   * interest, E has no data. Value with data 1000 of 1500 (2/3). Below 1.5x: B and C, 500/1000.
   * Paying interest, ascending: C −1.0 (300), B 1.2 (200), A 5.0 (100); half of 600 is reached at
   * C, so the value-weighted median is −1.0x; the middle name is B, 1.2x.
   */
  @Test
  void calculate_handMadeNames_bandsSharesAndMedians() {
    InterestCoverage c =
        InterestCoverageCalculator.DEFAULT
            .calculate(CreditFixtures.snapshot(SnapshotType.INDEX), 1.5)
            .orElseThrow();

    assertThat(c.names()).isEqualTo(5);
    assertThat(c.namesWithData()).isEqualTo(4);
    assertThat(c.valueShareWithData()).isCloseTo(2.0 / 3, within(TOL));
    assertThat(c.namesBelowThreshold()).isEqualTo(2);
    assertThat(c.valueShareBelowThreshold()).isCloseTo(0.5, within(TOL));
    assertThat(c.valueWeightedMedian().getAsDouble()).isCloseTo(-1.0, within(TOL));
    assertThat(c.median().getAsDouble()).isCloseTo(1.2, within(TOL));
    assertThat(c.buckets())
        .extracting(CoverageBucket::label, CoverageBucket::names)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EBIT < 0", 1),
            org.assertj.core.groups.Tuple.tuple("0.0-1.0x", 0),
            org.assertj.core.groups.Tuple.tuple("1.0-1.5x", 1),
            org.assertj.core.groups.Tuple.tuple("1.5-3.0x", 0),
            org.assertj.core.groups.Tuple.tuple("3.0-5.0x", 0),
            org.assertj.core.groups.Tuple.tuple(">= 5.0x", 1),
            org.assertj.core.groups.Tuple.tuple("no interest expense", 1));
    assertThat(c.buckets())
        .extracting(CoverageBucket::valueShare)
        .containsExactly(0.3, 0.0, 0.2, 0.0, 0.0, 0.1, 0.4);
  }

  /** With the threshold at 5.0x, A (exactly 5.0x) is not below it: the band is half-open. */
  @Test
  void calculate_coverageOnThreshold_notBelow() {
    InterestCoverage c =
        InterestCoverageCalculator.DEFAULT
            .calculate(CreditFixtures.snapshot(SnapshotType.INDEX), 5.0)
            .orElseThrow();

    assertThat(c.namesBelowThreshold()).isEqualTo(2);
  }

  @Test
  void calculate_noCreditData_empty() {
    ConstituentSnapshot plain =
        ConstituentSnapshot.of(
            "x",
            LocalDate.of(2026, 1, 2),
            SnapshotType.INDEX,
            FundFacts.NONE,
            List.of(io.capshift.domain.valuation.Constituent.valueOnly("A", "", "", 10)));

    assertThat(InterestCoverageCalculator.DEFAULT.calculate(plain, 1.5)).isEmpty();
  }

  @Test
  void calculate_thresholdNotPositive_refused() {
    assertThatThrownBy(
            () ->
                InterestCoverageCalculator.DEFAULT.calculate(
                    CreditFixtures.snapshot(SnapshotType.INDEX), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("thresholdMultiple");
  }
}
