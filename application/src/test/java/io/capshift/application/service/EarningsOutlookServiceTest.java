package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.CompareEarningsGrowthQuery;
import io.capshift.application.port.in.EarningsOutlook;
import io.capshift.application.port.in.GetEarningsOutlookQuery;
import io.capshift.application.port.in.GrowthComparison;
import io.capshift.application.port.in.InputKind;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.earnings.BlendRule;
import io.capshift.domain.earnings.EpsBasis;
import io.capshift.domain.earnings.NtmEarnings;
import io.capshift.domain.earnings.QuarterlyEarnings;
import io.capshift.domain.earnings.QuarterlyEarnings.Status;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.valuation.PublishedMetric;
import io.capshift.domain.valuation.PublishedMetric.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EarningsOutlookServiceTest {
  private static final double TOL = 1e-9;
  private static final LocalDate OCT29 = LocalDate.of(2025, 10, 29);

  private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
  private final GetEarningsOutlookService service =
      new GetEarningsOutlookService(repository, new SeriesResolver(repository));

  private void metrics(String target, PublishedMetric... m) {
    repository.saveAll(
        List.of(
            new ParsedDataset(
                target, m[0].date(), "fixture", new DatasetContent.Metrics(List.of(m)))));
  }

  private static PublishedMetric m(String id, LocalDate d, Metric metric, double v) {
    return new PublishedMetric(id, d, metric, v, "test");
  }

  private EarningsOutlook outlook(String id) {
    return service.getEarningsOutlook(
        new GetEarningsOutlookQuery(
            id, Optional.empty(), BlendRule.FACTSET_CALENDAR_DAYS, EpsBasis.OPERATING));
  }

  @Test
  void getEarningsOutlook_userLoadedCalendarYearEstimates_reproduceFactSetForwardPe() {
    // FactSet, 2025-10-29: w = 63/365; 0.172603 x 268.30 + 0.827397 x 304.88 = 298.566
    // P/E 6890.59 / 298.566 = 23.079 (published: $298.56, 23.1)
    metrics(
        "user",
        m("sp500", OCT29, Metric.INDEX_LEVEL, 6890.59),
        m("sp500", OCT29, Metric.EPS_ESTIMATE_CURRENT_YEAR, 268.30),
        m("sp500", OCT29, Metric.EPS_ESTIMATE_NEXT_YEAR, 304.88));

    EarningsOutlook o = outlook("sp500");

    assertThat(o.input()).isEqualTo(InputKind.PUBLISHED_METRICS);
    assertThat(o.forwardEps())
        .hasValueSatisfying(
            f -> {
              assertThat(f.value()).isCloseTo(298.57, within(0.005));
              assertThat(f.method()).isEqualTo(NtmEarnings.Method.FACTSET_CALENDAR_DAYS);
            });
    assertThat(o.forwardPe().getAsDouble()).isCloseTo(23.08, within(0.005));
    assertThat(o.asOf()).isEqualTo(OCT29);
    assertThat(o.equityRiskPremium().isDefined()).isFalse();
  }

  private static QuarterlyEarnings q(String end, Status s, Double price, double op) {
    return new QuarterlyEarnings(
        LocalDate.parse(end),
        s,
        price == null ? OptionalDouble.empty() : OptionalDouble.of(price),
        OptionalDouble.of(op),
        OptionalDouble.empty());
  }

  @Test
  void getEarningsOutlook_quarterlySheet_trailingAndForwardAtLatestActualQuarter() {
    // S&P DJI sheet of 2026-01-30: TTM operating EPS to 2025-09-30 is 254.76 =
    // 61.21 + 57.51 + 64.01 + 72.03; next four: 71.87 + 69.65 + 76.01 + 81.27 = 298.80
    repository.saveAll(
        List.of(
            new ParsedDataset(
                "sp500-eps",
                LocalDate.of(2025, 12, 31),
                "fixture",
                new DatasetContent.QuarterlyEps(
                    List.of(
                        q("2024-12-31", Status.ACTUAL, 5881.63, 61.21),
                        q("2025-03-31", Status.ACTUAL, 5611.85260681762, 57.51),
                        q("2025-06-30", Status.ACTUAL, 6204.95395238961, 64.01),
                        q("2025-09-30", Status.ACTUAL, 6688.45903689016, 72.03),
                        q("2025-12-31", Status.PARTIAL, 6845.50470615758, 71.87),
                        q("2026-03-31", Status.ESTIMATE, null, 69.65),
                        q("2026-06-30", Status.ESTIMATE, null, 76.01),
                        q("2026-09-30", Status.ESTIMATE, null, 81.27))))));
    repository.saveAll(
        List.of(
            new ParsedDataset(
                "us10y",
                LocalDate.of(2025, 9, 1),
                "fixture",
                new DatasetContent.SeriesSet(
                    List.of(
                        TimeSeries.of(
                            "us10y:value",
                            "decimal",
                            List.of(new Observation(LocalDate.of(2025, 9, 1), 0.0412))))))));

    EarningsOutlook o = outlook("sp500");

    assertThat(o.asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(o.trailingEps().getAsDouble()).isCloseTo(254.76, within(1e-9));
    assertThat(o.trailingPe().getAsDouble()).isCloseTo(6688.45903689016 / 254.76, within(TOL));
    assertThat(o.forwardEps())
        .hasValueSatisfying(f -> assertThat(f.value()).isCloseTo(298.80, within(1e-9)));
    assertThat(o.forwardPe().getAsDouble()).isCloseTo(6688.45903689016 / 298.80, within(TOL));
    assertThat(o.growth().getAsDouble()).isCloseTo(298.80 / 254.76 - 1, within(TOL));
    // ERP = 298.80 / 6688.459 − 0.0412 = 0.044674 − 0.0412
    assertThat(o.equityRiskPremium().getAsDouble())
        .isCloseTo(298.80 / 6688.45903689016 - 0.0412, within(TOL));
  }

  /**
   * Asked at 2025-06-30, a quarterly sheet dated 2025-12-31 is not used (its estimates were not
   * known); the estimates published on 2025-06-30 are: 184/365 x 255.29 + 181/365 x 295.32 =
   * 100426.28 / 365 = 275.1405. At 2024-09-30 only next year's estimate was published: no forward
   * EPS, and the answer says why.
   */
  @Test
  void getEarningsOutlook_atADate_onlyEstimatesPublishedByThen() {
    repository.saveAll(
        List.of(
            new ParsedDataset(
                "sp500-eps",
                LocalDate.of(2025, 12, 31),
                "fixture",
                new DatasetContent.QuarterlyEps(
                    List.of(
                        q("2025-09-30", Status.ACTUAL, 6688.46, 72.03),
                        q("2025-12-31", Status.ESTIMATE, null, 71.87))))));
    LocalDate june = LocalDate.of(2025, 6, 30);
    LocalDate sept24 = LocalDate.of(2024, 9, 30);
    repository.saveAll(
        List.of(
            new ParsedDataset(
                "spdji-eps-snapshots",
                LocalDate.of(2026, 1, 30),
                "fixture",
                new DatasetContent.Metrics(
                    List.of(
                        m("sp500", sept24, Metric.INDEX_LEVEL, 5762.48),
                        m("sp500", sept24, Metric.EPS_ESTIMATE_NEXT_YEAR, 274.73),
                        m("sp500", june, Metric.INDEX_LEVEL, 6204.95),
                        m("sp500", june, Metric.EPS_ESTIMATE_CURRENT_YEAR, 255.29),
                        m("sp500", june, Metric.EPS_ESTIMATE_NEXT_YEAR, 295.32))))));

    EarningsOutlook o = at(june);
    EarningsOutlook early = at(sept24);

    assertThat(o.input()).isEqualTo(InputKind.PUBLISHED_METRICS);
    assertThat(o.forwardEps())
        .hasValueSatisfying(f -> assertThat(f.value()).isCloseTo(100426.28 / 365, within(1e-9)));
    assertThat(o.forwardPe().getAsDouble()).isCloseTo(6204.95 / (100426.28 / 365), within(TOL));
    assertThat(o.notes())
        .contains(
            "the quarterly sheet sp500-eps@2025-12-31 is dated after 2025-06-30: its estimates"
                + " were not known then, so it is not used");
    assertThat(early.forwardEps()).isEmpty();
    assertThat(early.notes())
        .anyMatch(n -> n.startsWith("forward: no published FORWARD_EPS, and no current- and"));
  }

  private EarningsOutlook at(LocalDate date) {
    return service.getEarningsOutlook(
        new GetEarningsOutlookQuery(
            "sp500", Optional.of(date), BlendRule.FACTSET_CALENDAR_DAYS, EpsBasis.OPERATING));
  }

  @Test
  void compareEarningsGrowth_publishedGrowth_gapIsSmallMinusLarge() {
    LocalDate d = LocalDate.of(2026, 1, 30);
    metrics(
        "spdji",
        m("sp600", d, Metric.EARNINGS_GROWTH, 0.130288),
        m("sp500", d, Metric.EARNINGS_GROWTH, 0.173104));

    GrowthComparison g =
        new CompareEarningsGrowthService(service, repository)
            .compareEarningsGrowth(
                new CompareEarningsGrowthQuery(
                    "sp600",
                    "sp500",
                    Optional.empty(),
                    BlendRule.FACTSET_CALENDAR_DAYS,
                    EpsBasis.OPERATING));

    assertThat(g.growthGap().getAsDouble()).isCloseTo(0.130288 - 0.173104, within(TOL));
    assertThat(g.small().notes()).anySatisfy(n -> assertThat(n).contains("published"));
  }

  @Test
  void compareEarningsGrowth_mixedInputsButBothPublished_usesThePublishedFigures() {
    LocalDate d = LocalDate.of(2026, 1, 30);
    repository.saveAll(
        List.of(
            new ParsedDataset(
                "sp500-eps",
                LocalDate.of(2025, 9, 30),
                "fixture",
                new DatasetContent.QuarterlyEps(
                    List.of(q("2025-09-30", Status.ACTUAL, 6688.45903689016, 72.03))))));
    metrics(
        "spdji",
        m("sp600", d, Metric.EARNINGS_GROWTH, 0.130288),
        m("sp500", d, Metric.EARNINGS_GROWTH, 0.173104));

    GrowthComparison g =
        new CompareEarningsGrowthService(service, repository)
            .compareEarningsGrowth(
                new CompareEarningsGrowthQuery(
                    "sp600",
                    "sp500",
                    Optional.empty(),
                    BlendRule.FACTSET_CALENDAR_DAYS,
                    EpsBasis.OPERATING));

    assertThat(g.large().input()).isEqualTo(InputKind.PUBLISHED_METRICS);
    assertThat(g.growthGap().getAsDouble()).isCloseTo(0.130288 - 0.173104, within(TOL));
    assertThat(g.notes()).anySatisfy(n -> assertThat(n).contains("like-for-like"));
  }
}
