package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.TargetRange;
import io.capshift.domain.rates.TargetRangeHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The policy rate stitched at a date: DFEDTAR to 2008-12-15, DFEDTARU from 2008-12-16 (a vintage
 * dated 2025-11-12, so a revised history before then, with a gap after 2025-11-03), then the
 * target-range list's changes after the FRED series end (2025-11-05 falls in the gap, 2025-12-11
 * after the end).
 */
class MarketSeriesTest {
  private final InMemoryDatasetRepository store = new InMemoryDatasetRepository();
  private final MarketSeries market = new MarketSeries(store, new SeriesResolver(store));

  MarketSeriesTest() {
    store.saveAll(
        List.of(
            series("dfedtar", "2008-12-15", "2008-12-01", 0.01, "2008-12-15", 0.005),
            series(
                "dfedtaru",
                "2025-11-12",
                "2008-12-16",
                0.0025,
                "2025-11-03",
                0.0425,
                "2025-11-12",
                0.04),
            new ParsedDataset(
                GetRateExpectationsService.TARGET_RANGE_ID,
                LocalDate.parse("2025-12-11"),
                "ranges",
                new DatasetContent.TargetRanges(
                    new TargetRangeHistory(
                        List.of(
                            new TargetRange(LocalDate.parse("2025-11-05"), 0.0375, 0.04),
                            new TargetRange(LocalDate.parse("2025-12-11"), 0.035, 0.0375)))))));
  }

  @Test
  void policy_atEachDate_onlyWhatWasObservedByThen_whateverWasAskedBefore() {
    // asked in an order that warms the stitched series first, then cuts it back
    assertThat(dates("2025-12-31"))
        .containsExactly(
            "2008-12-01", "2008-12-15", "2008-12-16", "2025-11-03", "2025-11-12", "2025-12-11");
    // inside the revised vintage's gap: the range change of 2025-11-05 is the latest observation
    assertThat(dates("2025-11-08"))
        .containsExactly("2008-12-01", "2008-12-15", "2008-12-16", "2025-11-03", "2025-11-05");
    assertThat(dates("2010-01-01")).containsExactly("2008-12-01", "2008-12-15", "2008-12-16");
    assertThat(dates("2008-12-10")).containsExactly("2008-12-01");
    assertThat(
            market
                .policy(Optional.empty(), Optional.of(LocalDate.parse("2025-11-08")))
                .series()
                .value(4))
        .isEqualTo(0.04);
    assertThat(dates("2025-12-31")).hasSize(6);
  }

  private List<String> dates(String asOf) {
    TimeSeries s = market.policy(Optional.empty(), Optional.of(LocalDate.parse(asOf))).series();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      out.add(s.date(i).toString());
    }
    return out;
  }

  private static ParsedDataset series(String target, String asOf, Object... dateValue) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < dateValue.length; i += 2) {
      obs.add(
          new Observation(
              LocalDate.parse((String) dateValue[i]), ((Number) dateValue[i + 1]).doubleValue()));
    }
    return new ParsedDataset(
        target,
        LocalDate.parse(asOf),
        target + ".csv",
        new DatasetContent.SeriesSet(List.of(TimeSeries.of(target + ":value", "decimal", obs))));
  }
}
