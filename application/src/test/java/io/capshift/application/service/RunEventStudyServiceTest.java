package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.history.CycleRule;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.rates.FomcMeeting;
import io.capshift.domain.rates.TargetRange;
import io.capshift.domain.rates.TargetRangeHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Without FRED series the built-in target ranges give the policy rate; price series are turned into
 * month-end returns. Ranges: 5.25-5.50 from 2023-07-27, 4.75-5.00 from 2024-09-19 (a first cut: 14
 * months after the history starts). Prices at month ends: small 100, 110, 99 (Sep, Oct, Nov 2024),
 * large 100, 100, 105. From October: 1 month small +10%, large 0 → +0.10.
 */
class RunEventStudyServiceTest {
  private final InMemoryDatasetRepository store = new InMemoryDatasetRepository();
  private final RunEventStudyService service =
      new RunEventStudyService(store, new SeriesResolver(store));

  @Test
  void builtInRangesAndPriceSeries_monthEndReturnsAfterTheCut() {
    store.saveAll(
        List.of(
            new ParsedDataset(
                GetRateExpectationsService.TARGET_RANGE_ID,
                LocalDate.of(2024, 9, 19),
                "built-in",
                new DatasetContent.TargetRanges(
                    new TargetRangeHistory(
                        List.of(
                            new TargetRange(LocalDate.of(2023, 7, 27), 0.0525, 0.055),
                            new TargetRange(LocalDate.of(2024, 9, 19), 0.0475, 0.05))))),
            prices("s-price", 100, 110, 99),
            prices("l-price", 100, 100, 105)));

    RunEventStudyUseCase.Report r =
        service.runEventStudy(
            new RunEventStudyUseCase.Query(
                "s-price:close", "l-price:close", Optional.empty(), 12, List.of(1, 2), false));

    assertThat(r.policySource()).contains("fed-target-range").contains("upper bounds");
    assertThat(r.smallSource()).contains("month-end prices");
    assertThat(r.events()).hasSize(1);
    var horizons = r.result().outcomes().get(0).horizons();
    assertThat(horizons.get(0).difference().getAsDouble()).isCloseTo(0.10, within(1e-12));
    // 2 months: small 1.1 × 0.9 − 1 = −0.01, large 1.0 × 1.05 − 1 = 0.05 → −0.06
    assertThat(horizons.get(1).difference().getAsDouble()).isCloseTo(-0.06, within(1e-12));
  }

  /**
   * A calendar with the 2024-09-17/18 meeting dates the cut that took effect 2024-09-19 by its
   * decision; every rule is run, the asked one first. The rule only changes which cuts count, so
   * the one event here is the same under all three.
   */
  @Test
  void calendarStored_eventDatedByTheDecision_headlineUnderEveryRule() {
    store.saveAll(
        List.of(
            new ParsedDataset(
                GetRateExpectationsService.TARGET_RANGE_ID,
                LocalDate.of(2024, 9, 19),
                "built-in",
                new DatasetContent.TargetRanges(
                    new TargetRangeHistory(
                        List.of(
                            new TargetRange(LocalDate.of(2023, 7, 27), 0.0525, 0.055),
                            new TargetRange(LocalDate.of(2024, 9, 19), 0.0475, 0.05))))),
            new ParsedDataset(
                "fomc-test",
                LocalDate.of(2024, 9, 18),
                "test calendar",
                new DatasetContent.Meetings(
                    new FomcCalendar(
                        List.of(
                            new FomcMeeting(
                                LocalDate.of(2024, 7, 30), LocalDate.of(2024, 7, 31), true, false),
                            new FomcMeeting(
                                LocalDate.of(2024, 9, 17),
                                LocalDate.of(2024, 9, 18),
                                true,
                                true))))),
            prices("s-price", 100, 110, 99),
            prices("l-price", 100, 100, 105)));

    RunEventStudyUseCase.Report r =
        service.runEventStudy(
            new RunEventStudyUseCase.Query(
                "s-price:close",
                "l-price:close",
                Optional.empty(),
                12,
                List.of(1),
                false,
                CycleRule.EVERY_FIRST_CUT));

    assertThat(r.calendarSource()).isEqualTo("FOMC calendars fomc-test@2024-09-18");
    assertThat(r.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.date()).isEqualTo(LocalDate.of(2024, 9, 18));
              assertThat(e.effective()).isEqualTo(LocalDate.of(2024, 9, 19));
              assertThat(e.byDecision()).isTrue();
            });
    assertThat(r.byRule())
        .extracting(RunEventStudyUseCase.RuleHeadline::rule)
        .containsExactly(CycleRule.EVERY_FIRST_CUT, CycleRule.HIKE_OR_QUIET, CycleRule.SINCE_1989);
    assertThat(r.byRule().get(1).summaries().get(0).events().mean().getAsDouble())
        .isCloseTo(0.10, within(1e-12));
  }

  @Test
  void query_badHorizonsOrIds_invalidInputNamingTheField() {
    assertThatThrownBy(
            () ->
                new RunEventStudyUseCase.Query(
                    "a:b", "c:d", Optional.empty(), 12, List.of(6, 3), false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("horizons"));
    assertThatThrownBy(
            () ->
                new RunEventStudyUseCase.Query(
                    "nocolon", "c:d", Optional.empty(), 12, List.of(3), false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("small_series_id"));
  }

  private static ParsedDataset prices(String target, double sep, double oct, double nov) {
    List<Observation> obs =
        new ArrayList<>(
            List.of(
                new Observation(LocalDate.of(2024, 9, 30), sep),
                new Observation(LocalDate.of(2024, 10, 31), oct),
                new Observation(LocalDate.of(2024, 11, 29), nov)));
    return new ParsedDataset(
        target,
        LocalDate.of(2024, 11, 29),
        "test prices",
        new DatasetContent.SeriesSet(List.of(TimeSeries.of(target + ":close", "price", obs))));
  }
}
