package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.GetRateSensitivityQuery;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.rates.InterestCoverage;
import io.capshift.domain.rates.RateSensitivity;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.CreditFigures;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class GetRateSensitivityServiceTest {
  private static final double TOL = 1e-12;
  private final InMemoryDatasetRepository store = new InMemoryDatasetRepository();
  private final GetRateSensitivityService service =
      new GetRateSensitivityService(
          q -> {
            throw new AssertionError("no rate expectations needed for a given change");
          },
          store);

  @Test
  void russell2000_50bpCut_defaultsReproduceTheRuleOfThumbTwice() {
    // defaults: 30% floating, 21% tax, D/E calibrated to 2% per 25 bp → a 50 bp cut = +4%
    RateSensitivity s =
        service.getRateSensitivity(
            new GetRateSensitivityQuery(
                "russell2000",
                -50,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty()));

    assertThat(s.earningsChange()).isCloseTo(0.04, within(TOL));
    assertThat(s.assumptions().floatingDebtShare()).isEqualTo(0.30);
    assertThat(s.assumptions().debtToEarningsSource()).contains("calibrated", "rule of thumb");
  }

  @Test
  void sp500_withoutDebtToEarnings_refusedRatherThanInvented() {
    assertThatThrownBy(
            () ->
                service.getRateSensitivity(
                    new GetRateSensitivityQuery(
                        "sp500",
                        -50,
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("debt_to_earnings"));
  }

  @Test
  void sp500_givenDebtToEarnings_usesThe6PercentFloatingDefault() {
    // 0.005 x 0.06 x 3 x 0.79 = 0.000711
    RateSensitivity s =
        service.getRateSensitivity(
            new GetRateSensitivityQuery(
                "sp500",
                -50,
                OptionalDouble.empty(),
                OptionalDouble.of(3),
                OptionalDouble.empty()));

    assertThat(s.earningsChange()).isCloseTo(0.000711, within(TOL));
    assertThat(s.assumptions().floatingDebtShareSource()).contains("6%");
  }

  /**
   * Two constituents of a stored "r2k" with debt data. A: value 100, E 10, EBIT 20, interest 5
   * (4.0x), debt 100, floating 0.5. B: value 300, E 10, EBIT 6, interest 6 (1.0x), debt 300, no
   * floating share (30% default). ΣD/ΣE = 400/20 = 20x; floating (50 + 90)/400 = 0.35. A 50 bp cut:
   * 0.005 × 0.35 × 20 × 0.79 = 0.02765. Below 1.5x: B, 300 of 400 of the value.
   */
  @Test
  void storedConstituentsWithDebt_measureAssumptionsAndCoverage() {
    store.saveAll(
        List.of(
            new ParsedDataset(
                "r2k",
                LocalDate.of(2026, 6, 30),
                "test",
                new DatasetContent.Constituents(
                    ConstituentSnapshot.of(
                        "r2k",
                        LocalDate.of(2026, 6, 30),
                        SnapshotType.INDEX,
                        FundFacts.NONE,
                        List.of(
                            credit("A", 100, 10, 20, 5, 100, OptionalDouble.of(0.5)),
                            credit("B", 300, 10, 6, 6, 300, OptionalDouble.empty())))))));

    RateSensitivity s =
        service.getRateSensitivity(
            new GetRateSensitivityQuery(
                "r2k",
                -50,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty()));

    assertThat(s.assumptions().debtToEarnings()).isCloseTo(20, within(TOL));
    assertThat(s.assumptions().floatingDebtShare()).isCloseTo(0.35, within(TOL));
    assertThat(s.assumptions().debtToEarningsSource()).startsWith("measured").contains("r2k@");
    assertThat(s.assumptions().floatingDebtShareSource()).contains("30%");
    assertThat(s.earningsChange()).isCloseTo(0.02765, within(TOL));
    InterestCoverage c = s.interestCoverage().orElseThrow();
    assertThat(c.namesBelowThreshold()).isEqualTo(1);
    assertThat(c.valueShareBelowThreshold()).isCloseTo(0.75, within(TOL));
  }

  @Test
  void coverageThresholdNotPositive_isInvalidInput() {
    assertThatThrownBy(
            () ->
                new GetRateSensitivityQuery(
                    "r2k",
                    -50,
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    false,
                    OptionalDouble.of(0)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("coverage_threshold"));
  }

  private static Constituent credit(
      String symbol,
      double value,
      double earnings,
      double ebit,
      double interest,
      double debt,
      OptionalDouble floating) {
    return new Constituent(
        symbol,
        "",
        "",
        value,
        OptionalDouble.of(earnings),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        new CreditFigures(
            OptionalDouble.of(ebit),
            OptionalDouble.of(interest),
            OptionalDouble.of(debt),
            floating));
  }
}
