package io.capshift.domain.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builders shared by the FedWatch tests. */
final class FedWatchFixtures {
  /** Probabilities sum to one to this. */
  static final double SUM_TOL = 1e-12;

  private FedWatchFixtures() {}

  /** A scheduled two-day meeting deciding on {@code decision} (yyyy-mm-dd). */
  static FomcMeeting meeting(String decision) {
    LocalDate d = LocalDate.parse(decision);
    return new FomcMeeting(d.minusDays(1), d, true, false);
  }

  static FomcCalendar calendar(String... decisions) {
    return new FomcCalendar(Arrays.stream(decisions).map(FedWatchFixtures::meeting).toList());
  }

  /** A strip from alternating "yyyy-mm", price pairs. */
  static FuturesStrip strip(String asOf, Object... monthPrice) {
    Map<YearMonth, Double> prices = new LinkedHashMap<>();
    for (int i = 0; i < monthPrice.length; i += 2) {
      prices.put(
          YearMonth.parse((String) monthPrice[i]), ((Number) monthPrice[i + 1]).doubleValue());
    }
    return FuturesStrip.of(LocalDate.parse(asOf), prices);
  }

  /** A target range in percent, e.g. range("2022-07-28", 2.25, 2.50). */
  static TargetRange range(String effective, double lowerPercent, double upperPercent) {
    return new TargetRange(LocalDate.parse(effective), lowerPercent / 100, upperPercent / 100);
  }

  /** Every meeting's range probabilities sum to 1 and lie in [0, 1]. */
  static void assertDistributions(FedWatchResult result) {
    for (FedWatchMeeting m : result.meetings()) {
      assertThat(m.ranges()).allSatisfy(r -> assertThat(r.probability()).isBetween(0.0, 1.0));
      double sum = m.ranges().stream().mapToDouble(RangeProbability::probability).sum();
      assertThat(sum).as("sum at %s", m.meeting().decisionDate()).isCloseTo(1.0, within(SUM_TOL));
      assertThat(m.move().lowerProbability() + m.move().upperProbability())
          .isCloseTo(1.0, within(SUM_TOL));
    }
  }
}
