package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.CompareValuationsQuery;
import io.capshift.application.port.in.GetValuationHistoryQuery;
import io.capshift.application.port.in.InputKind;
import io.capshift.application.port.in.ValuationComparison;
import io.capshift.application.port.in.ValuationHistory;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.history.Window;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import io.capshift.domain.valuation.PublishedMetric;
import io.capshift.domain.valuation.PublishedMetric.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryAndComparisonServiceTest {
  private static final double TOL = 1e-9;
  private static final LocalDate D1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate D2 = LocalDate.of(2024, 2, 1);
  private static final LocalDate D3 = LocalDate.of(2024, 3, 1);

  private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
  private final SeriesResolver resolver = new SeriesResolver(repository);

  private static TimeSeries series(String id, double... values) {
    List<LocalDate> dates = List.of(D1, D2, D3);
    return TimeSeries.of(
        id,
        "test",
        List.of(
            new Observation(dates.get(0), values[0]),
            new Observation(dates.get(1), values[1]),
            new Observation(dates.get(2), values[2])));
  }

  private void storeShillerLike() {
    // P/E = 100/5 = 20, 110/5 = 22, 120/4 = 30; earnings yield 0.05, 0.04545…, 0.0333…
    // ERP = earnings yield − gs10: 0.05−0.04 = 0.01, 0.0454545−0.04 = 0.0054545, 0.0333−0.05
    repository.saveAll(
        List.of(
            new ParsedDataset(
                "shiller",
                D3,
                "fixture",
                new DatasetContent.SeriesSet(
                    List.of(
                        series("shiller:price", 100, 110, 120),
                        series("shiller:earnings", 5, 5, 4),
                        series("shiller:gs10", 0.04, 0.04, 0.05))))));
  }

  private ValuationHistory history(String id, LocalDate asOf) {
    return new GetValuationHistoryService(resolver, repository)
        .getValuationHistory(
            new GetValuationHistoryQuery(id, Optional.ofNullable(asOf), Window.FULL, 2, ""));
  }

  @Test
  void getValuationHistory_derivedPe_statisticsOverTheWindow() {
    storeShillerLike();

    ValuationHistory h = history("shiller:pe", null);

    // mean (20 + 22 + 30) / 3 = 24; value 30 is the highest → percentile 1
    assertThat(h.statistics().value()).isCloseTo(30, within(TOL));
    assertThat(h.statistics().mean()).isCloseTo(24, within(TOL));
    assertThat(h.statistics().percentileRank()).isCloseTo(1.0, within(TOL));
    assertThat(h.derivation()).startsWith("price / earnings from shiller@2024-03-01");
    assertThat(h.observations()).hasSize(2);
    assertThat(h.nextPageToken()).isNotEmpty();
  }

  @Test
  void getValuationHistory_secondPage_continuesWhereTheFirstEnded() {
    storeShillerLike();
    ValuationHistory first = history("shiller:pe", null);

    ValuationHistory second =
        new GetValuationHistoryService(resolver, repository)
            .getValuationHistory(
                new GetValuationHistoryQuery(
                    "shiller:pe", Optional.empty(), Window.FULL, 2, first.nextPageToken()));

    assertThat(second.observations()).extracting(Observation::date).containsExactly(D3);
    assertThat(second.nextPageToken()).isEmpty();
  }

  /** A page token belongs to its query: with another series or window it is refused. */
  @Test
  void getValuationHistory_tokenOfAnotherQuery_invalidArgumentOnPageToken() {
    storeShillerLike();
    ValuationHistory first = history("shiller:pe", null);
    GetValuationHistoryService service = new GetValuationHistoryService(resolver, repository);

    for (GetValuationHistoryQuery other :
        List.of(
            new GetValuationHistoryQuery(
                "shiller:earnings_yield", Optional.empty(), Window.FULL, 2, first.nextPageToken()),
            new GetValuationHistoryQuery(
                "shiller:pe", Optional.of(D3), Window.FULL, 2, first.nextPageToken()),
            new GetValuationHistoryQuery("shiller:pe", Optional.empty(), Window.FULL, 2, "2"))) {
      assertThatThrownBy(() -> service.getValuationHistory(other))
          .isInstanceOf(io.capshift.domain.error.InvalidInputException.class)
          .hasMessageContaining("page_token");
    }
  }

  @Test
  void getValuationHistory_erp_isEarningsYieldMinusTenYear() {
    storeShillerLike();

    ValuationHistory h = history("shiller:erp", D2);

    assertThat(h.statistics().value()).isCloseTo(5.0 / 110 - 0.04, within(TOL));
    assertThat(h.statistics().observations()).isEqualTo(2);
  }

  @Test
  void getValuationHistory_unknownSeries_notFoundListingKnownOnes() {
    storeShillerLike();

    assertThatThrownBy(() -> history("shiller:nope", null))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("shiller:price")
        .hasMessageContaining("erp");
  }

  private void storeMetrics(String target, String index, LocalDate date, Metric m, double v) {
    repository.saveAll(
        List.of(
            new ParsedDataset(
                target,
                date,
                "fixture",
                new DatasetContent.Metrics(
                    List.of(new PublishedMetric(index, date, m, v, "test"))))));
  }

  @Test
  void compareValuations_publishedOnBothSides_ratioDiscountAndHistory() {
    // ratios 15/20 = 0.75, 16/20 = 0.8, 22/25.79 = 0.853044…
    storeMetrics("m1", "sp600", D1, Metric.ESTIMATED_PE, 15);
    storeMetrics("m2", "sp500", D1, Metric.ESTIMATED_PE, 20);
    storeMetrics("m3", "sp600", D2, Metric.ESTIMATED_PE, 16);
    storeMetrics("m4", "sp500", D2, Metric.ESTIMATED_PE, 20);
    storeMetrics("m5", "sp600", D3, Metric.ESTIMATED_PE, 22);
    storeMetrics("m6", "sp500", D3, Metric.ESTIMATED_PE, 25.79);

    ValuationComparison c = compare("sp600", "sp500");

    assertThat(c.ratio().getAsDouble()).isCloseTo(22 / 25.79, within(TOL));
    assertThat(c.discount().getAsDouble()).isCloseTo(1 - 22 / 25.79, within(TOL));
    assertThat(c.small().input()).isEqualTo(InputKind.PUBLISHED_METRICS);
    assertThat(c.ratioHistory())
        .hasValueSatisfying(
            h -> {
              assertThat(h.observations()).isEqualTo(3);
              assertThat(h.mean()).isCloseTo((0.75 + 0.8 + 22 / 25.79) / 3, within(TOL));
            });
    assertThat(c.notes()).isEmpty();
  }

  @Test
  void compareValuations_constituentsAgainstPublished_saysWhichInputEachSideUsed() {
    repository.saveAll(List.of(Fixtures.twoNames("small", D3, -1_400))); // P/E 26.25
    storeMetrics("m", "large", D3, Metric.TRAILING_PE, 25);

    ValuationComparison c = compare("small", "large");

    assertThat(c.small().input()).isEqualTo(InputKind.CONSTITUENTS);
    assertThat(c.large().input()).isEqualTo(InputKind.PUBLISHED_METRICS);
    assertThat(c.ratio().getAsDouble()).isCloseTo(26.25 / 25, within(TOL));
    assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("measure different things"));
    assertThat(c.ratioHistory()).isEmpty();
  }

  @Test
  void compareValuations_dateBeforeAnyData_notFoundWithFirstDate() {
    storeMetrics("m", "sp600", D2, Metric.ESTIMATED_PE, 16);
    storeMetrics("n", "sp500", D2, Metric.ESTIMATED_PE, 20);

    assertThatThrownBy(
            () ->
                new CompareValuationsService(
                        repository,
                        new GetIndexValuationService(repository),
                        new FundamentalsAt(repository))
                    .compareValuations(
                        new CompareValuationsQuery(
                            "sp600", "sp500", Optional.of(D1), NegativeEarningsPolicy.INCLUDE)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.firstAvailable()).contains(D2));
  }

  @Test
  void compareValuations_onlyEpsPublishedBefore_theFirstDateNamedIsTheConstituents() {
    storeMetrics("m", "sp500", D1, Metric.TRAILING_EPS, 200); // no P/E: it cannot answer
    storeMetrics("n", "sp600", D1, Metric.TRAILING_PE, 16);
    repository.saveAll(List.of(Fixtures.twoNames("sp500", D3, -1_400)));

    assertThatThrownBy(
            () ->
                new CompareValuationsService(
                        repository,
                        new GetIndexValuationService(repository),
                        new FundamentalsAt(repository))
                    .compareValuations(
                        new CompareValuationsQuery(
                            "sp600", "sp500", Optional.of(D2), NegativeEarningsPolicy.INCLUDE)))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.firstAvailable()).contains(D3);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "no P/E data for 'sp500' on or before " + D2 + "; the first is dated " + D3);
            });
  }

  private ValuationComparison compare(String small, String large) {
    return new CompareValuationsService(
            repository, new GetIndexValuationService(repository), new FundamentalsAt(repository))
        .compareValuations(
            new CompareValuationsQuery(
                small, large, Optional.empty(), NegativeEarningsPolicy.INCLUDE));
  }
}
