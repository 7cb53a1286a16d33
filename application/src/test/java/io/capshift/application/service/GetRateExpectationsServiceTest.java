package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.RateExpectations;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.rates.FedWatchDayCount;
import io.capshift.domain.rates.FedWatchMeeting;
import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.rates.FomcMeeting;
import io.capshift.domain.rates.FuturesStrip;
import io.capshift.domain.rates.TargetRange;
import io.capshift.domain.rates.TargetRangeHistory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetRateExpectationsServiceTest {
  private static final double TOL = 1e-4;
  private static final LocalDate SETTLE = LocalDate.of(2022, 9, 12);

  private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
  private final GetRateExpectationsService service =
      new GetRateExpectationsService(repository, new SeriesResolver(repository));

  private void storeReferenceData() {
    repository.saveAll(
        List.of(
            new ParsedDataset(
                "fomc-calendar",
                LocalDate.of(2022, 12, 14),
                "test",
                new DatasetContent.Meetings(
                    new FomcCalendar(
                        List.of(
                            meeting(2022, 9, 21), meeting(2022, 11, 2), meeting(2022, 12, 14))))),
            new ParsedDataset(
                "fed-target-range",
                LocalDate.of(2022, 7, 28),
                "test",
                new DatasetContent.TargetRanges(
                    new TargetRangeHistory(
                        List.of(
                            new TargetRange(LocalDate.of(2022, 6, 16), 0.015, 0.0175),
                            new TargetRange(LocalDate.of(2022, 7, 28), 0.0225, 0.025)))))));
  }

  private static FomcMeeting meeting(int y, int m, int d) {
    LocalDate date = LocalDate.of(y, m, d);
    return new FomcMeeting(date.minusDays(1), date, true, false);
  }

  private void storeStrip(Map<YearMonth, Double> prices) {
    repository.saveAll(
        List.of(
            new ParsedDataset(
                "fed-funds-futures",
                SETTLE,
                "test",
                new DatasetContent.Futures(FuturesStrip.of(SETTLE, prices)))));
  }

  /** Under the count of the CME documents the vectors come from. */
  private RateExpectations expectations() {
    return service.getRateExpectations(
        new GetRateExpectationsQuery(
            Optional.empty(),
            Optional.empty(),
            FedWatchConvention.CME_ADJACENT_ANCHOR,
            FedWatchDayCount.DECISION_DAY_AT_NEW_RATE));
  }

  @Test
  void getRateExpectations_cme2022Settles_reproduceTheCumulativeNovemberTree() {
    // TV-FW4 (CME spreadsheet, settles 2022-09-12; docs/methods.md): Sept then Nov 2022
    // from ZQU2 97.4475, ZQV2 96.94, ZQX2 96.43 and the 2.25-2.50% range: at Nov +125 bp
    // 0.849621, +150 bp 0.145414, +175 bp 0.004966.
    storeReferenceData();
    storeStrip(
        Map.of(
            YearMonth.of(2022, 9),
            97.4475,
            YearMonth.of(2022, 10),
            96.94,
            YearMonth.of(2022, 11),
            96.43));

    RateExpectations r = expectations();

    FedWatchMeeting nov = r.result().meeting(LocalDate.of(2022, 11, 2)).orElseThrow();
    assertThat(nov.probabilityOf("350-375")).isCloseTo(0.849621, within(TOL));
    assertThat(nov.probabilityOf("375-400")).isCloseTo(0.145414, within(TOL));
    assertThat(nov.probabilityOf("400-425")).isCloseTo(0.004966, within(TOL));
    assertThat(r.stripDatasetId()).isEqualTo("fed-funds-futures@2022-09-12");
    assertThat(r.targetRangeDatasetId()).isEqualTo("fed-target-range@2022-07-28");
    assertThat(r.result().current().upperBound()).isEqualTo(0.025);
  }

  /**
   * October 2022 has no price: September's meeting is priced (from August, before the strip, at the
   * current range), November's cannot start from the gap, so the answer stops there and says why.
   */
  @Test
  void getRateExpectations_missingContractMonth_meetingsUpToItAndWhyNotMore() {
    storeReferenceData();
    storeStrip(Map.of(YearMonth.of(2022, 9), 97.4475, YearMonth.of(2022, 11), 96.43));

    RateExpectations r = expectations();

    assertThat(r.result().meetings()).hasSize(1);
    assertThat(r.result().incomplete())
        .hasValue("no futures price for 2022-10 (needed for the meeting of 2022-11-02)");
  }

  @Test
  void getRateExpectations_noMeetingPriced_failedPreconditionNamingTheMonth() {
    storeReferenceData();
    storeStrip(Map.of(YearMonth.of(2022, 8), 97.50, YearMonth.of(2022, 10), 96.94));

    assertThatThrownBy(this::expectations)
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("no futures price for 2022-09");
  }

  /**
   * CME's own figures of the strip's day are given beside the strip's (a history with the meeting
   * of 2022-09-21 published on 2022-09-12: 20% at 300-325, 80% at 325-350); asked at 2022-10-01,
   * after that meeting, the strip is stale and its September meeting past.
   */
  @Test
  void getRateExpectations_cmeFiguresOfTheStripsDay_andStaleAfterAMeeting() {
    storeReferenceData();
    storeStrip(
        Map.of(
            YearMonth.of(2022, 9),
            97.4475,
            YearMonth.of(2022, 10),
            96.94,
            YearMonth.of(2022, 11),
            96.43));
    repository.saveAll(
        List.of(
            new ParsedDataset(
                "cme-fedwatch",
                LocalDate.of(2022, 9, 12),
                "test CME history",
                new DatasetContent.SeriesSet(
                    List.of(
                        TimeSeries.of(
                            "cme-fedwatch:m2022-09-21_300_325",
                            "probability",
                            List.of(new Observation(SETTLE, 0.2))),
                        TimeSeries.of(
                            "cme-fedwatch:m2022-09-21_325_350",
                            "probability",
                            List.of(new Observation(SETTLE, 0.8))))))));

    RateExpectations now = expectations();
    RateExpectations later =
        service.getRateExpectations(
            new GetRateExpectationsQuery(
                Optional.of(LocalDate.of(2022, 10, 1)),
                Optional.empty(),
                FedWatchConvention.CME_ADJACENT_ANCHOR));

    var cme = now.published().get(LocalDate.of(2022, 9, 21));
    assertThat(cme.publishedOn()).isEqualTo(SETTLE);
    // 0.2 × 3.125% + 0.8 × 3.375%
    assertThat(cme.expectedMid()).isCloseTo(0.03325, within(1e-12));
    assertThat(now.stale()).isEmpty();
    assertThat(later.stale())
        .hasValue(
            "the strip of 2022-09-12 is older than the meeting of 2022-09-21, decided by"
                + " 2022-10-01: the meetings decided by then are past, not coming");
    assertThat(later.past(LocalDate.of(2022, 9, 21))).isTrue();
    assertThat(later.past(LocalDate.of(2022, 11, 2))).isFalse();
  }

  @Test
  void getRateExpectations_noStrip_notFound() {
    storeReferenceData();

    assertThatThrownBy(this::expectations)
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no fed funds futures strip");
  }

  @Test
  void getRateExpectations_fredUpperBoundImported_rangeFromItWithTheInferredLowerBound() {
    // DFEDTARU 3.25% from 2022-09-22 only; on 2022-09-12 it was 2.50% since 2022-07-28
    storeReferenceData();
    storeStrip(
        Map.of(
            YearMonth.of(2022, 9),
            97.4475,
            YearMonth.of(2022, 10),
            96.94,
            YearMonth.of(2022, 11),
            96.43));
    repository.saveAll(
        List.of(
            new ParsedDataset(
                "dfedtaru",
                SETTLE,
                "FRED",
                new DatasetContent.SeriesSet(
                    List.of(
                        TimeSeries.of(
                            "dfedtaru:value",
                            "decimal",
                            List.of(
                                new Observation(LocalDate.of(2022, 7, 27), 0.0175),
                                new Observation(LocalDate.of(2022, 7, 28), 0.025),
                                new Observation(LocalDate.of(2022, 9, 12), 0.025))))))));

    RateExpectations r = expectations();

    assertThat(r.result().current().effectiveDate()).isEqualTo(LocalDate.of(2022, 7, 28));
    assertThat(r.result().current().lowerBound()).isCloseTo(0.0225, within(1e-12));
    assertThat(r.targetRangeDatasetId())
        .startsWith("dfedtaru@2022-09-12")
        .contains("upper - 25 bp");
  }
}
