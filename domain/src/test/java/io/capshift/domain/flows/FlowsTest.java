package io.capshift.domain.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
   * Shares 100, 110, 105 on days 1, 2, 5; NAV 10 and 10.5 on days 1–2, none near day 5 but a price
   * of 9: +10 × 10.5 = +105 (NAV), −5 × 9 = −45 (price).
   */
  @Test
  void fromShares_navWhereNearElsePrice() {
    TimeSeries shares = series("s", "2022-01-03", 100, "2022-01-04", 110, "2022-01-14", 105);
    TimeSeries nav = series("n", "2022-01-03", 10, "2022-01-04", 10.5);
    TimeSeries price = series("p", "2022-01-14", 9);

    FlowCalculator.Result r =
        FlowCalculator.DEFAULT.fromShares(shares, Optional.of(nav), Optional.of(price));

    assertThat(r.flows())
        .containsExactly(
            new FlowPoint(LocalDate.of(2022, 1, 4), 105, FlowPoint.Basis.SHARES_X_NAV),
            new FlowPoint(LocalDate.of(2022, 1, 14), -45, FlowPoint.Basis.SHARES_X_PRICE));
    assertThat(r.unpriced()).isZero();
  }

  /**
   * Business days and missing updates. Fri 2022-01-07 100 shares (NAV 10.0); Sat 01-08 100 (NAV
   * 10.0 again: a weekend scrape, not counted); Mon 01-10 110 (NAV 10.2): +10 × 10.2 = +102; then
   * 110 on the five business days 01-11 … 01-17 (NAVs moving): updates missing, not five zero
   * flows; Tue 01-18 120 (NAV 10.8): +10 × 10.8 = +108. With the run one day shorter, its four days
   * are ordinary zero flows.
   */
  @Test
  void fromShares_businessDaysOfTheNav_andAWeekOfUnchangedSharesIsMissingUpdates() {
    TimeSeries shares =
        series(
            "s",
            "2022-01-07",
            100,
            "2022-01-08",
            100,
            "2022-01-10",
            110,
            "2022-01-11",
            110,
            "2022-01-12",
            110,
            "2022-01-13",
            110,
            "2022-01-14",
            110,
            "2022-01-17",
            110,
            "2022-01-18",
            120);
    TimeSeries nav =
        series(
            "n",
            "2022-01-07",
            10.0,
            "2022-01-08",
            10.0,
            "2022-01-10",
            10.2,
            "2022-01-11",
            10.3,
            "2022-01-12",
            10.4,
            "2022-01-13",
            10.5,
            "2022-01-14",
            10.6,
            "2022-01-17",
            10.7,
            "2022-01-18",
            10.8);

    FlowCalculator.Result r =
        FlowCalculator.DEFAULT.fromShares(shares, Optional.of(nav), Optional.empty());

    assertThat(r.flows())
        .extracting(FlowPoint::date, FlowPoint::flowUsd)
        .containsExactly(
            tuple(LocalDate.of(2022, 1, 10), 10 * 10.2), tuple(LocalDate.of(2022, 1, 18), 108.0));
    assertThat(r.repeatedDays()).isEqualTo(1);
    assertThat(r.flatRuns())
        .containsExactly(new FlatRun(LocalDate.of(2022, 1, 11), LocalDate.of(2022, 1, 17), 5));

    TimeSeries shorter =
        series(
            "s",
            "2022-01-10",
            110,
            "2022-01-11",
            110,
            "2022-01-12",
            110,
            "2022-01-13",
            110,
            "2022-01-14",
            110,
            "2022-01-17",
            120);
    FlowCalculator.Result four =
        FlowCalculator.DEFAULT.fromShares(shorter, Optional.of(nav), Optional.empty());
    assertThat(four.flatRuns()).isEmpty();
    assertThat(four.flows())
        .extracting(FlowPoint::flowUsd)
        .containsExactly(0.0, 0.0, 0.0, 0.0, 107.0);
  }

  /**
   * Flows 10, 10, −30, −30, 50 on 01-03 … 01-07, window 2: rolling 20, −20, −60, 20. The sign turns
   * on 01-05 (−20; sums so far {20, −20}, sd 28.28): not yet 1.4 sd. On 01-06 the sum is −60 and
   * the sums {20, −20, −60} have sd 40: 1.5 sd, confirmed. The sign turns back on 01-07 (+20
   * against {20, −20, −60, 20}, sd 38.30, 0.52 sd): not confirmed. With k = 1.6 the outflow of
   * 01-05 never reaches the threshold and turns back: no reversal.
   */
  @Test
  void analyze_reversalIsAConfirmedSignChange_datedByTheChange() {
    List<FlowPoint> flows = new ArrayList<>();
    double[] values = {10, 10, -30, -30, 50};
    for (int i = 0; i < values.length; i++) {
      flows.add(new FlowPoint(LocalDate.of(2022, 1, 3 + i), values[i], FlowPoint.Basis.GIVEN));
    }

    FlowAnalysis a = FlowAnalyzer.DEFAULT.analyze(flows, Optional.empty(), 2, 1.4);

    assertThat(a.rolling())
        .extracting(RollingFlow::sumUsd)
        .containsExactly(20.0, -20.0, -60.0, 20.0);
    assertThat(a.rolling().get(1).zScore().getAsDouble())
        .isCloseTo(-20 / Math.sqrt(800), within(TOL));
    assertThat(a.reversals()).hasSize(1);
    Reversal r = a.reversals().get(0);
    assertThat(r.date()).isEqualTo(LocalDate.of(2022, 1, 5));
    assertThat(r.beforeUsd()).isEqualTo(20.0);
    assertThat(r.afterUsd()).isEqualTo(-20.0);
    assertThat(r.confirmedOn()).isEqualTo(LocalDate.of(2022, 1, 6));
    assertThat(r.confirmedUsd()).isEqualTo(-60.0);
    assertThat(r.sizeInSd()).isCloseTo(1.5, within(TOL));
    assertThat(r.inflow()).isFalse();
    assertThat(a.totalUsd()).isEqualTo(10.0);
    assertThat(FlowAnalyzer.DEFAULT.analyze(flows, Optional.empty(), 2, 1.6).reversals()).isEmpty();
    assertThat(a.reversalDefinition())
        .isEqualTo(
            "a reversal is a change of sign of the 2-flow rolling sum, confirmed once the sum of"
                + " the new sign reaches 1.4 standard deviations of the rolling sums so far before"
                + " it turns back; dated by the day the sign changed");
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
