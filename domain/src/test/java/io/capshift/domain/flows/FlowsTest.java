package io.capshift.domain.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowsTest {
  private static final double TOL = 1e-9;

  /**
   * Shares 100, 110, 105 on days 1, 2, 5; NAV 10 on days 1–2, none near day 5 but a price of 9: +10
   * × 10 = +100 (NAV), −5 × 9 = −45 (price).
   */
  @Test
  void fromShares_navWhereNearElsePrice() {
    TimeSeries shares = series("s", "2022-01-03", 100, "2022-01-04", 110, "2022-01-14", 105);
    TimeSeries nav = series("n", "2022-01-03", 10, "2022-01-04", 10);
    TimeSeries price = series("p", "2022-01-14", 9);

    FlowCalculator.Result r =
        FlowCalculator.DEFAULT.fromShares(shares, Optional.of(nav), Optional.of(price));

    assertThat(r.flows())
        .containsExactly(
            new FlowPoint(LocalDate.of(2022, 1, 4), 100, FlowPoint.Basis.SHARES_X_NAV),
            new FlowPoint(LocalDate.of(2022, 1, 14), -45, FlowPoint.Basis.SHARES_X_PRICE));
    assertThat(r.unpriced()).isZero();
  }

  /**
   * Flows 10, 10, −30, −30, 50, window 2: rolling 20, −20, −60, 20. At −20 the sums so far are {20,
   * −20}: sd √800 = 28.284, the change 40 = 1.414 sd; at the last, {20, −20, −60, 20} has mean −10
   * and sd √(4400/3) = 38.297, the change 80 = 2.089 sd. With k = 1.5 only the last is a reversal;
   * the z-score of −20 is (−20 − 0)/28.284 = −0.707.
   */
  @Test
  void analyze_windowTwo_reversalsBeyondKSd() {
    List<FlowPoint> flows = new ArrayList<>();
    double[] values = {10, 10, -30, -30, 50};
    for (int i = 0; i < values.length; i++) {
      flows.add(new FlowPoint(LocalDate.of(2022, 1, 3 + i), values[i], FlowPoint.Basis.GIVEN));
    }

    FlowAnalysis a = FlowAnalyzer.DEFAULT.analyze(flows, Optional.empty(), 2, 1.5);

    assertThat(a.rolling())
        .extracting(RollingFlow::sumUsd)
        .containsExactly(20.0, -20.0, -60.0, 20.0);
    assertThat(a.rolling().get(1).zScore().getAsDouble())
        .isCloseTo(-20 / Math.sqrt(800), within(TOL));
    assertThat(a.reversals()).hasSize(1);
    Reversal r = a.reversals().get(0);
    assertThat(r.date()).isEqualTo(LocalDate.of(2022, 1, 7));
    assertThat(r.sizeInSd()).isCloseTo(80 / Math.sqrt(4400.0 / 3), within(TOL));
    assertThat(r.inflow()).isTrue();
    assertThat(a.totalUsd()).isEqualTo(10.0);
    assertThat(FlowAnalyzer.DEFAULT.analyze(flows, Optional.empty(), 2, 1.0).reversals())
        .hasSize(2);
  }

  /** Assets 1,000 on the date: a rolling flow of 20 is 2% of assets. */
  @Test
  void analyze_withAssets_shareOfAssets() {
    List<FlowPoint> flows =
        List.of(new FlowPoint(LocalDate.of(2022, 1, 3), 20, FlowPoint.Basis.GIVEN));
    FlowAnalysis a =
        FlowAnalyzer.DEFAULT.analyze(flows, Optional.of(series("a", "2022-01-03", 1000)), 1, 1);

    assertThat(a.rolling().get(0).shareOfAssets().getAsDouble()).isCloseTo(0.02, within(TOL));
    assertThat(a.rolling().get(0).zScore()).isEmpty();
  }

  private static TimeSeries series(String id, Object... dateValue) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < dateValue.length; i += 2) {
      obs.add(
          new Observation(
              LocalDate.parse((String) dateValue[i]), ((Number) dateValue[i + 1]).doubleValue()));
    }
    return TimeSeries.of(id, "", obs);
  }
}
