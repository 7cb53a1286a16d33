package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.GetRateSensitivityQuery;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.rates.RateSensitivity;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class GetRateSensitivityServiceTest {
  private static final double TOL = 1e-12;
  private final GetRateSensitivityService service = new GetRateSensitivityService(q -> {
    throw new AssertionError("no rate expectations needed for a given change");
  });

  @Test
  void russell2000_50bpCut_defaultsReproduceTheRuleOfThumbTwice() {
    // defaults: 30% floating, 21% tax, D/E calibrated to 2% per 25 bp → a 50 bp cut = +4%
    RateSensitivity s = service.getRateSensitivity(new GetRateSensitivityQuery("russell2000",
        -50, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty()));

    assertThat(s.earningsChange()).isCloseTo(0.04, within(TOL));
    assertThat(s.assumptions().floatingDebtShare()).isEqualTo(0.30);
    assertThat(s.assumptions().debtToEarningsSource()).contains("calibrated", "rule of thumb");
  }

  @Test
  void sp500_withoutDebtToEarnings_refusedRatherThanInvented() {
    assertThatThrownBy(() -> service.getRateSensitivity(new GetRateSensitivityQuery("sp500",
            -50, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty())))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("debt_to_earnings"));
  }

  @Test
  void sp500_givenDebtToEarnings_usesThe6PercentFloatingDefault() {
    // 0.005 x 0.06 x 3 x 0.79 = 0.000711
    RateSensitivity s = service.getRateSensitivity(new GetRateSensitivityQuery("sp500",
        -50, OptionalDouble.empty(), OptionalDouble.of(3), OptionalDouble.empty()));

    assertThat(s.earningsChange()).isCloseTo(0.000711, within(TOL));
    assertThat(s.assumptions().floatingDebtShareSource()).contains("6%");
  }
}
