package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.CompareEarningsGrowthQuery;
import io.capshift.application.port.in.CompareValuationsQuery;
import io.capshift.application.port.in.EarningsOutlook;
import io.capshift.application.port.in.GetEarningsOutlookQuery;
import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetValuationHistoryQuery;
import io.capshift.application.port.in.GrowthComparison;
import io.capshift.application.port.in.InputKind;
import io.capshift.application.port.in.RateExpectations;
import io.capshift.application.port.in.ValuationComparison;
import io.capshift.application.port.in.ValuationHistory;
import io.capshift.domain.earnings.BlendRule;
import io.capshift.domain.earnings.EpsBasis;
import io.capshift.domain.history.HistoryStatistics;
import io.capshift.domain.history.Window;
import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.rates.FedWatchDayCount;
import io.capshift.domain.rates.FedWatchMeeting;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The valuation-through-time figures on the real public data in {@code ../shared/data}: each test
 * recomputes its figure independently from the file.
 */
class ThesisRealDataTest {
  private static final double TOL = 1e-9;

  @TempDir Path dir;
  private Capshift capshift;

  @BeforeEach
  void open() {
    capshift = Capshift.open(dir, InProcessCapshift.CLOCK);
    capshift.seed().seedIfEmpty();
  }

  @AfterEach
  void close() {
    capshift.close();
  }

  private void load(String relative) throws IOException {
    SharedData.importInto(capshift, relative);
  }

  /** Shiller's file: {price, earnings, cape, gs10 percent} rows, blanks as NaN. */
  private static List<double[]> shillerRows() throws IOException {
    List<String> lines =
        Files.readAllLines(
            SharedData.file("shiller-sp500-monthly/shiller_ie_data_1871-01_2026-01.csv"));
    List<double[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      rows.add(new double[] {num(c[1]), num(c[3]), num(c[12]), num(c[6])});
    }
    return rows;
  }

  private static double num(String s) {
    return s.isBlank() ? Double.NaN : Double.parseDouble(s);
  }

  /** {mean, sample sd, share at or below the last} of the values. */
  private static double[] stats(List<Double> v) {
    double mean = v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double ss = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
    double last = v.get(v.size() - 1);
    long atOrBelow = v.stream().filter(x -> x <= last).count();
    return new double[] {mean, Math.sqrt(ss / (v.size() - 1)), (double) atOrBelow / v.size()};
  }

  private ValuationHistory history(String series, LocalDate asOf) {
    return capshift
        .history()
        .getValuationHistory(
            new GetValuationHistoryQuery(series, Optional.ofNullable(asOf), Window.FULL, 0, ""));
  }

  @Test
  void shillerPe_latestMonthWithEarnings_matchesAnIndependentRecomputation() throws IOException {
    load("shiller-sp500-monthly/shiller_ie_data_1871-01_2026-01.csv");
    List<Double> pe = new ArrayList<>();
    for (double[] r : shillerRows()) {
      if (r[1] > 0 && !Double.isNaN(r[0])) {
        pe.add(r[0] / r[1]);
      }
    }
    double[] expected = stats(pe);

    HistoryStatistics s = history("shiller:pe", null).statistics();

    assertThat(s.observationDate()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(s.windowStart()).isEqualTo(LocalDate.of(1871, 1, 1));
    assertThat(s.value()).isCloseTo(6584.018095238095 / 235.25, within(TOL));
    assertThat(s.observations()).isEqualTo(pe.size());
    assertThat(s.mean()).isCloseTo(expected[0], within(TOL));
    assertThat(s.standardDeviation().getAsDouble()).isCloseTo(expected[1], within(TOL));
    assertThat(s.zScore().getAsDouble())
        .isCloseTo((s.value() - expected[0]) / expected[1], within(TOL));
    assertThat(s.percentileRank()).isCloseTo(expected[2], within(TOL));
  }

  @Test
  void shillerCape_sinceIts1881Start_matchesAnIndependentRecomputation() throws IOException {
    load("shiller-sp500-monthly/shiller_ie_data_1871-01_2026-01.csv");
    List<Double> cape = new ArrayList<>();
    int month = 0;
    for (double[] r : shillerRows()) {
      if (!Double.isNaN(r[2]) && month <= 1856) { // up to 2025-09 (row 1857 of 1,861)
        cape.add(r[2]);
      }
      month++;
    }
    double[] expected = stats(cape);

    HistoryStatistics s = history("shiller:cape", LocalDate.of(2025, 9, 1)).statistics();

    assertThat(s.windowStart()).isEqualTo(LocalDate.of(1881, 1, 1));
    assertThat(s.value()).isCloseTo(38.58038732538845, within(TOL));
    assertThat(s.mean()).isCloseTo(expected[0], within(TOL));
    assertThat(s.percentileRank()).isCloseTo(expected[2], within(TOL));
  }

  @Test
  void equityRiskPremium_shillerEarningsYieldMinusTenYear_hasAPercentile() throws IOException {
    load("shiller-sp500-monthly/shiller_ie_data_1871-01_2026-01.csv");
    List<Double> erp = new ArrayList<>();
    for (double[] r : shillerRows()) {
      if (r[0] > 0 && !Double.isNaN(r[1]) && !Double.isNaN(r[3])) {
        erp.add(r[1] / r[0] - r[3] / 100);
      }
    }
    double[] expected = stats(erp);

    HistoryStatistics s = history("shiller:erp", null).statistics();

    // 2025-09: 235.25 / 6584.018 − 0.0412 = 0.035730 − 0.0412 = −0.005470
    assertThat(s.observationDate()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(s.value()).isCloseTo(235.25 / 6584.018095238095 - 0.0412, within(1e-12));
    assertThat(s.observations()).isEqualTo(erp.size());
    assertThat(s.mean()).isCloseTo(expected[0], within(1e-12));
    assertThat(s.percentileRank()).isCloseTo(expected[2], within(TOL));
  }

  @Test
  void spDji_forwardOperatingPeAtLatestActualQuarter() throws IOException {
    load("sp-dji-eps-estimates/sp500_quarterly_eps_pe_1988Q1-2026Q4E.csv");

    EarningsOutlook o =
        capshift
            .earnings()
            .getEarningsOutlook(
                new GetEarningsOutlookQuery(
                    "sp500",
                    Optional.empty(),
                    BlendRule.FACTSET_CALENDAR_DAYS,
                    EpsBasis.OPERATING));

    // 2025-09-30: 6688.459 / 254.76 = 26.254 (TV-VAL2); forward 298.80 → 22.385; growth 17.29%
    assertThat(o.asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(o.input()).isEqualTo(InputKind.QUARTERLY_EPS);
    assertThat(o.trailingPe().getAsDouble()).isCloseTo(26.254, within(5e-4));
    assertThat(o.forwardPe().getAsDouble()).isCloseTo(6688.45903689016 / 298.80, within(1e-6));
    assertThat(o.growth().getAsDouble()).isCloseTo(298.80 / 254.76 - 1, within(1e-9));
  }

  @Test
  void spDjiCrossIndexTable_sp600AgainstSp500_discountAndGrowthGap() throws IOException {
    load("sp-dji-eps-estimates/sp_500_400_600_sector_oper_pe_2025E_growth_asof_2026-01-30.csv");

    ValuationComparison c =
        capshift
            .compare()
            .compareValuations(
                new CompareValuationsQuery(
                    "sp600", "sp500", Optional.empty(), NegativeEarningsPolicy.INCLUDE));
    GrowthComparison g =
        capshift
            .growth()
            .compareEarningsGrowth(
                new CompareEarningsGrowthQuery(
                    "sp600",
                    "sp500",
                    Optional.empty(),
                    BlendRule.FACTSET_CALENDAR_DAYS,
                    EpsBasis.OPERATING));

    // 22 / 25.79 = 0.85304 → discount 14.70%; growth 13.0288% − 17.3104% = −4.2816 points
    assertThat(c.ratio().getAsDouble()).isCloseTo(22 / 25.79, within(TOL));
    assertThat(c.discount().getAsDouble()).isCloseTo(1 - 22 / 25.79, within(TOL));
    assertThat(c.small().asOf()).isEqualTo(LocalDate.of(2026, 1, 30));
    assertThat(g.growthGap().getAsDouble())
        .isCloseTo((13.0288043783294 - 17.3104324423118) / 100, within(1e-12));
  }

  @Test
  void fedWatch_barchartStripOf20251102_decemberSplitFollowsTheDayCount() throws IOException {
    load("fed-funds-futures/barchart_ZQ_contracts_1988-10_2030-10_asof_2025-11-02.csv");

    RateExpectations r = fedWatch(FedWatchDayCount.DECISION_DAY_AT_OLD_RATE);
    RateExpectations documents = fedWatch(FedWatchDayCount.DECISION_DAY_AT_NEW_RATE);

    // Nov 2025 has no meeting: anchor 100 - 96.1175 = 3.8825%. Dec 2025 averages 3.77% with the
    // decision on the 10th, solved forward from November. Decision day at the old rate (the
    // default): 10 days before, 21 after; end = (3.77 x 31 - 3.8825 x 10) / 21 = 3.716429%, a
    // change of -0.166071 = -0.664 steps: P(cut to 3.50-3.75) = 0.664286. At the new rate (CME's
    // documents of 2015 and 2022): 9 and 22 days; end = (3.77 x 31 - 3.8825 x 9) / 22 =
    // 3.723977%, P(cut) = 0.634091.
    double end = (3.77 * 31 - 3.8825 * 10) / 21;
    double cut = (3.8825 - end) / 0.25;
    double endNew = (3.77 * 31 - 3.8825 * 9) / 22;
    double cutNew = (3.8825 - endNew) / 0.25;
    FedWatchMeeting dec = r.result().meeting(LocalDate.of(2025, 12, 10)).orElseThrow();
    FedWatchMeeting decNew = documents.result().meeting(LocalDate.of(2025, 12, 10)).orElseThrow();
    assertThat(r.result().current().upperBound()).isCloseTo(0.04, within(1e-12));
    assertThat(dec.daysBefore()).isEqualTo(10);
    assertThat(dec.probabilityOf("350-375")).isCloseTo(cut, within(1e-9));
    assertThat(dec.probabilityOf("375-400")).isCloseTo(1 - cut, within(1e-9));
    assertThat(decNew.daysBefore()).isEqualTo(9);
    assertThat(decNew.probabilityOf("350-375")).isCloseTo(cutNew, within(1e-9));
    assertThat(cut).isCloseTo(0.664286, within(1e-6));
    assertThat(cutNew).isCloseTo(0.634091, within(1e-6));
    assertThat(r.result().meetings())
        .extracting(m -> m.meeting().decisionDate())
        .contains(LocalDate.of(2026, 12, 9));
    assertThat(r.stripDatasetId()).isEqualTo("fed-funds-futures@2025-11-02");
  }

  private RateExpectations fedWatch(FedWatchDayCount dayCount) {
    return capshift
        .rates()
        .getRateExpectations(
            new GetRateExpectationsQuery(
                Optional.of(LocalDate.of(2025, 11, 2)),
                Optional.empty(),
                FedWatchConvention.CME_ADJACENT_ANCHOR,
                dayCount));
  }
}
