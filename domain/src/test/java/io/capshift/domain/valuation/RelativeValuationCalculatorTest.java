package io.capshift.domain.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.common.Figure;
import io.capshift.domain.history.HistoryStatistics;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.history.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeValuationCalculatorTest {
  private static final double TOL = 1e-12;

  /** Tolerance for golden numbers typed to 6 decimals. */
  private static final double TOL_6DP = 5e-7;

  private static final RelativeValuationCalculator CALC = RelativeValuationCalculator.DEFAULT;
  private static final LocalDate AS_OF = LocalDate.of(2005, 6, 30);

  /** Small-cap P/E 1 January 2001..2005: 12, 15, 16, 18, 14. */
  private static final TimeSeries SMALL = yearly("r2k:pe", 2001, 12, 15, 16, 18, 14);

  /** Large-cap P/E: 20, 20, 20, 20, 28 → ratio 0.60, 0.75, 0.80, 0.90, 0.50. */
  private static final TimeSeries LARGE = yearly("spx:pe", 2001, 20, 20, 20, 20, 28);

  @Test
  void calculate_articleIwmVsSp500_ratioAndDiscount() {
    // the article: IWM P/E 18.3 vs 28.7 → ratio 18.3 / 28.7 = 0.637631, discount 0.362369
    RelativeValuation r = CALC.calculate(AS_OF, Figure.of(18.3), Figure.of(28.7));

    assertThat(r.ratio().getAsDouble()).isCloseTo(18.3 / 28.7, within(TOL));
    assertThat(r.ratio().getAsDouble()).isCloseTo(0.637631, within(TOL_6DP));
    assertThat(r.discount().getAsDouble()).isCloseTo(0.362369, within(TOL_6DP));
    assertThat(r.history()).isEmpty();
    assertThat(r.historyUnavailableReason()).hasValue("no history of the two P/Es given");
    assertThat(r.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void ratio_undefinedOrNonPositivePe_undefinedWithReason() {
    assertThat(
            CALC.ratio(Figure.undefined("sum of earnings <= 0"), Figure.of(20)).undefinedReason())
        .hasValue("small-cap P/E undefined: sum of earnings <= 0");
    assertThat(CALC.ratio(Figure.of(15), Figure.of(0)).undefinedReason())
        .hasValue("large-cap P/E not positive: 0.0");
    assertThat(CALC.ratio(Figure.of(-15), Figure.of(20)).undefinedReason())
        .hasValue("small-cap P/E not positive: -15.0");
  }

  @Test
  void discount_undefinedRatio_undefinedWithSameReason() {
    RelativeValuation r = CALC.calculate(AS_OF, Figure.of(15), Figure.undefined("no data"));

    assertThat(r.discount().undefinedReason()).hasValue("large-cap P/E undefined: no data");
  }

  @Test
  void calculate_withHistory_statisticsOfRatioAndReRatingToMean() {
    // ratios 0.60, 0.75, 0.80, 0.90, 0.50: mean 3.55 / 5 = 0.71; history value at 2005-01-01
    // 0.50 is the lowest → percentile 1/5 = 0.2. Today 14 / 28 = 0.5; back to 0.71 over 3 years:
    // (0.71 / 0.5)^(1/3) − 1 = 1.42^(1/3) − 1 = 0.123991
    RelativeValuation r =
        CALC.calculate(AS_OF, Figure.of(14), Figure.of(28), SMALL, LARGE, Window.FULL, 3);

    assertThat(r.historyUnavailableReason()).isEmpty();
    RelativeValuationHistory h = r.history().orElseThrow();
    HistoryStatistics s = h.ratioStatistics();
    assertThat(s.seriesId()).isEqualTo("r2k:pe/spx:pe");
    assertThat(s.unit()).isEqualTo(RelativeValuationCalculator.RATIO_UNIT);
    assertThat(s.observations()).isEqualTo(5);
    assertThat(s.value()).isCloseTo(0.5, within(TOL));
    assertThat(s.mean()).isCloseTo(0.71, within(TOL));
    assertThat(s.percentileRank()).isCloseTo(0.2, within(TOL));
    assertThat(s.zScore().getAsDouble()).isNegative();
    assertThat(h.droppedPoints()).isZero();
    assertThat(h.horizonYears()).isEqualTo(3.0);
    assertThat(h.impliedAnnualReRating().getAsDouble())
        .isCloseTo(Math.cbrt(1.42) - 1, within(1e-9));
    assertThat(h.impliedAnnualReRating().getAsDouble()).isCloseTo(0.123991, within(TOL_6DP));
  }

  @Test
  void calculate_historyWithNonPositivePe_pointDroppedAndCounted() {
    // an extra year 2000 with a negative large-cap P/E is left out of the ratio series
    TimeSeries small = yearly("r2k:pe", 2000, 10, 12, 15, 16, 18, 14);
    TimeSeries large = yearly("spx:pe", 2000, -4, 20, 20, 20, 20, 28);

    RelativeValuation r =
        CALC.calculate(AS_OF, Figure.of(14), Figure.of(28), small, large, Window.FULL, 3);

    RelativeValuationHistory h = r.history().orElseThrow();
    assertThat(h.droppedPoints()).isEqualTo(1);
    assertThat(h.ratioStatistics().observations()).isEqualTo(5);
    assertThat(h.ratioStatistics().windowStart()).isEqualTo(LocalDate.of(2001, 1, 1));
  }

  @Test
  void calculate_asOfBeforeCommonHistory_noHistoryWithReason() {
    RelativeValuation r =
        CALC.calculate(
            LocalDate.of(1999, 1, 1), Figure.of(14), Figure.of(28), SMALL, LARGE, Window.FULL, 3);

    assertThat(r.history()).isEmpty();
    assertThat(r.historyUnavailableReason())
        .hasValue(
            "series r2k:pe and spx:pe have no common date with both P/Es positive on or before"
                + " 1999-01-01");
    assertThat(r.ratio().getAsDouble()).isCloseTo(0.5, within(TOL));
  }

  @Test
  void calculate_undefinedTodayRatio_historyKeptReRatingUndefined() {
    RelativeValuation r =
        CALC.calculate(
            AS_OF,
            Figure.undefined("no data"),
            Figure.of(28),
            SMALL,
            LARGE,
            Window.lastYears(2),
            3);

    RelativeValuationHistory h = r.history().orElseThrow();
    // last 2 years up to 2005-01-01: 2004 and 2005 → 0.90, 0.50
    assertThat(h.ratioStatistics().observations()).isEqualTo(2);
    assertThat(h.ratioStatistics().mean()).isCloseTo(0.7, within(TOL));
    assertThat(h.impliedAnnualReRating().undefinedReason())
        .hasValue("ratio undefined: small-cap P/E undefined: no data");
  }

  @Test
  void calculate_laterHistoryAdded_answerAtEarlierDateUnchanged() {
    TimeSeries longerSmall = yearly("r2k:pe", 2001, 12, 15, 16, 18, 14, 40);
    TimeSeries longerLarge = yearly("spx:pe", 2001, 20, 20, 20, 20, 28, 10);

    RelativeValuation a =
        CALC.calculate(AS_OF, Figure.of(14), Figure.of(28), SMALL, LARGE, Window.FULL, 3);
    RelativeValuation b =
        CALC.calculate(
            AS_OF, Figure.of(14), Figure.of(28), longerSmall, longerLarge, Window.FULL, 3);

    assertThat(b).isEqualTo(a);
  }

  @Test
  void calculate_nanHorizon_illegalArgument() {
    assertThatThrownBy(
            () ->
                CALC.calculate(
                    AS_OF, Figure.of(14), Figure.of(28), SMALL, LARGE, Window.FULL, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("horizonYears must be finite: NaN");
  }

  private static TimeSeries yearly(String id, int firstYear, double... values) {
    List<Observation> obs = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      obs.add(new Observation(LocalDate.of(firstYear + i, 1, 1), values[i]));
    }
    return TimeSeries.of(id, "multiple (x)", obs);
  }
}
