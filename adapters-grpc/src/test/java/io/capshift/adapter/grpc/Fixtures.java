package io.capshift.adapter.grpc;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.EarningsOutlook;
import io.capshift.application.port.in.GrowthComparison;
import io.capshift.application.port.in.ImportResult;
import io.capshift.application.port.in.ImportStats;
import io.capshift.application.port.in.IndexValuationResult;
import io.capshift.application.port.in.InputKind;
import io.capshift.application.port.in.ValuationComparison;
import io.capshift.application.port.in.ValuationHistory;
import io.capshift.application.port.in.ValuationSide;
import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.Figure;
import io.capshift.domain.common.SkipCount;
import io.capshift.domain.earnings.NtmEarnings;
import io.capshift.domain.history.HistoryStatistics;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.Window;
import io.capshift.domain.valuation.Concentration;
import io.capshift.domain.valuation.IndexValuation;
import io.capshift.domain.valuation.NegativeEarners;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import io.capshift.domain.valuation.SnapshotType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Application and domain values for the adapter tests; the numbers are arbitrary but distinct. */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2026, 4, 10);
  static final Instant STORED_AT = Instant.parse("2026-04-11T08:30:15.123456789Z");

  private Fixtures() {}

  /** The {@code google.type.Date} of a calendar day. */
  static com.google.type.Date date(int year, int month, int day) {
    return com.google.type.Date.newBuilder().setYear(year).setMonth(month).setDay(day).build();
  }

  static DatasetInfo dataset(String targetId, DatasetKind kind, int rows, long version) {
    return new DatasetInfo(
        DatasetInfo.idOf(targetId, AS_OF),
        kind,
        targetId,
        AS_OF,
        rows,
        "iShares, " + targetId + "_holdings.csv",
        version,
        STORED_AT);
  }

  static ImportResult importResult() {
    ImportStats stats =
        new ImportStats(
            io.capshift.application.port.in.ImportFormat.ISHARES_HOLDINGS,
            3,
            2,
            1,
            List.of("line 4 (XYZ): no value"),
            List.of("as-of date from the header"));
    return new ImportResult(
        List.of(
            Fixtures.dataset(
                "IWM", io.capshift.application.port.in.DatasetKind.FUND_HOLDINGS, 2, 6)),
        stats,
        6);
  }

  static IndexValuationResult valuationResult() {
    IndexValuation valuation =
        new IndexValuation(
            "IWM",
            AS_OF,
            SnapshotType.FUND,
            NegativeEarningsPolicy.EXCLUDE_NEGATIVE,
            1_000_000.0,
            Figure.of(18.3),
            Figure.of(0.0546),
            Figure.of(15.0),
            Figure.of(0.0125),
            Figure.undefined("no book data"),
            Figure.of(1.2),
            new NegativeEarners(2, 0.12),
            new Concentration(3, Figure.of(1.0), Figure.of(0.38), Figure.of(1 / 0.38)),
            new Coverage(3, 2, 0.9, List.of(new SkipCount("no earnings data", 1, 0.1))),
            new Coverage(3, 3, 1.0, List.of()),
            new Coverage(3, 0, 0.0, List.of(new SkipCount("no book data", 3, 1.0))),
            new Coverage(3, 3, 1.0, List.of()));
    return new IndexValuationResult(valuation, dataset("IWM", DatasetKind.FUND_HOLDINGS, 3, 5), 7);
  }

  /** The small side of a comparison, computed from constituents: carries the full valuation. */
  static ValuationSide constituentsSide() {
    return new ValuationSide(
        "IWM",
        InputKind.CONSTITUENTS,
        AS_OF,
        Figure.of(18.3),
        "trailing aggregate P/E, EXCLUDE_NEGATIVE",
        List.of("IWM@2026-04-10"),
        Optional.of(valuationResult().valuation()));
  }

  /** The large side of a comparison, a published figure: no valuation. */
  static ValuationSide publishedSide(Figure priceEarnings) {
    return new ValuationSide(
        "sp500",
        InputKind.PUBLISHED_METRICS,
        LocalDate.of(2026, 3, 31),
        priceEarnings,
        "published ESTIMATED_PE (S&P DJI, P/E on 2026E operating EPS)",
        List.of("spdji@2026-03-31", "sp500-metrics@2026-03-31"),
        Optional.empty());
  }

  /** A comparison without ratio history: 18.3 / 24.4 = 0.75, discount 0.25. */
  static ValuationComparison comparison(Optional<HistoryStatistics> ratioHistory) {
    return new ValuationComparison(
        constituentsSide(),
        publishedSide(Figure.of(24.4)),
        Figure.of(0.75),
        Figure.of(0.25),
        ratioHistory,
        List.of("the sides use different measures"),
        11);
  }

  /** CAPE at 38.5 over the last 10 years: mean 30.1, sd 4.2, z 2.0, 97th percentile. */
  static HistoryStatistics capeStatistics() {
    return new HistoryStatistics(
        "shiller:cape",
        "multiple (x)",
        AS_OF,
        LocalDate.of(2026, 4, 1),
        38.5,
        Window.lastYears(10),
        LocalDate.of(2016, 5, 1),
        120,
        30.1,
        Figure.of(4.2),
        Figure.of(2.0),
        0.97);
  }

  /** The first statistics a series can have: one observation, no dispersion. */
  static HistoryStatistics singleObservationStatistics() {
    LocalDate first = LocalDate.of(1871, 1, 1);
    return new HistoryStatistics(
        "shiller:pe",
        "multiple (x)",
        first,
        first,
        11.1,
        Window.FULL,
        first,
        1,
        11.1,
        Figure.undefined("fewer than two observations"),
        Figure.undefined("fewer than two observations"),
        1.0);
  }

  static ValuationHistory valuationHistory(HistoryStatistics statistics, String nextPageToken) {
    return new ValuationHistory(
        statistics,
        List.of(
            new Observation(LocalDate.of(2016, 5, 1), 25.9),
            new Observation(LocalDate.of(2016, 6, 1), 26.1)),
        nextPageToken,
        "CAPE as published by Shiller",
        List.of("shiller@2026-04-01"),
        13);
  }

  /**
   * The S&amp;P 500 at 5,600 with trailing EPS 240 and NTM EPS 270.5 (blend weight 0.75): trailing
   * P/E 23.3, forward P/E 20.7, growth 0.127, PEG 1.63, forward yield 0.0483, 10-year 0.0425, ERP
   * 0.0058.
   */
  static EarningsOutlook outlook(String indexId, NtmEarnings.Method method) {
    return new EarningsOutlook(
        indexId,
        LocalDate.of(2026, 3, 31),
        InputKind.QUARTERLY_EPS,
        Figure.of(5600.0),
        Figure.of(240.0),
        Optional.of(
            new NtmEarnings(
                LocalDate.of(2026, 3, 31),
                270.5,
                method,
                0.75,
                "275/365 x CY2026 262.00 + 90/365 x CY2027 296.00")),
        Figure.of(23.3),
        Figure.of(20.7),
        Figure.of(0.127),
        Figure.of(1.63),
        Figure.of(0.0483),
        Figure.of(0.0425),
        Figure.of(0.0058),
        List.of(indexId + "@2026-03-31", "dgs10@2026-03-31"),
        List.of("operating EPS"),
        17);
  }

  /** An outlook from published figures with no forward estimate: the forward figures undefined. */
  static EarningsOutlook outlookWithoutForward(String indexId) {
    Figure noForward = Figure.undefined("no forward EPS estimate stored");
    return new EarningsOutlook(
        indexId,
        LocalDate.of(2026, 3, 31),
        InputKind.PUBLISHED_METRICS,
        Figure.of(1300.0),
        Figure.undefined("no trailing EPS stored"),
        Optional.empty(),
        Figure.undefined("no trailing EPS stored"),
        noForward,
        Figure.of(0.212),
        noForward,
        noForward,
        Figure.undefined("no 10-year yield stored"),
        Figure.undefined("no 10-year yield stored"),
        List.of(indexId + "-metrics@2026-03-31"),
        List.of("growth is S&P DJI's projected 2026 growth"),
        17);
  }

  static GrowthComparison growthComparison() {
    return new GrowthComparison(
        outlookWithoutForward("sp600"),
        outlook("sp500", NtmEarnings.Method.FACTSET_CALENDAR_DAYS),
        Figure.of(0.085),
        List.of("the two growth figures cover different horizons"),
        17);
  }
}
