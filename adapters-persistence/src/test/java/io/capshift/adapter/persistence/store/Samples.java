package io.capshift.adapter.persistence.store;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.earnings.QuarterlyEarnings;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.rates.FomcMeeting;
import io.capshift.domain.rates.TargetRange;
import io.capshift.domain.rates.TargetRangeHistory;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.PublishedMetric;
import io.capshift.domain.valuation.SnapshotType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;

/** Datasets for store tests. */
final class Samples {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  private Samples() {}

  /** A clock that moves only when told to. */
  static final class MutableClock extends Clock {
    private Instant now = CLOCK.instant();

    void advance(java.time.Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  static ParsedDataset index(String id, String date, double... values) {
    return constituents(id, date, SnapshotType.INDEX, FundFacts.NONE, values);
  }

  static ParsedDataset fund(String id, String date, double shares, double... values) {
    return constituents(
        id, date, SnapshotType.FUND, new FundFacts(OptionalDouble.of(shares)), values);
  }

  private static ParsedDataset constituents(
      String id, String date, SnapshotType type, FundFacts facts, double... values) {
    LocalDate asOf = LocalDate.parse(date);
    Constituent full =
        new Constituent(
            "AAA",
            "Alpha Inc., \"the A\"",
            "Tech – ünïcode",
            values[0],
            OptionalDouble.of(-1.5e9),
            OptionalDouble.of(2e8),
            OptionalDouble.of(-3e9),
            OptionalDouble.of(7e10));
    List<Constituent> rows = new java.util.ArrayList<>(List.of(full));
    for (int i = 1; i < values.length; i++) {
      rows.add(Constituent.valueOnly("S" + i, "", "", values[i]));
    }
    ConstituentSnapshot s = ConstituentSnapshot.of(id, asOf, type, facts, rows);
    return new ParsedDataset(id, asOf, "test " + id, new DatasetContent.Constituents(s));
  }

  static ParsedDataset meetings(String id, String date) {
    FomcCalendar cal =
        new FomcCalendar(
            List.of(
                new FomcMeeting(LocalDate.of(2026, 1, 27), LocalDate.of(2026, 1, 28), true, false),
                new FomcMeeting(LocalDate.of(2020, 3, 15), LocalDate.of(2020, 3, 15), false, false),
                new FomcMeeting(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 18), true, true)));
    return new ParsedDataset(
        id, LocalDate.parse(date), "test meetings", new DatasetContent.Meetings(cal));
  }

  static ParsedDataset ranges(String id, String date) {
    TargetRangeHistory h =
        new TargetRangeHistory(
            List.of(
                new TargetRange(LocalDate.of(2008, 12, 16), 0.0, 0.0025),
                new TargetRange(LocalDate.of(2025, 12, 11), 0.035, 0.0375)));
    return new ParsedDataset(
        id, LocalDate.parse(date), "test ranges", new DatasetContent.TargetRanges(h));
  }

  /** Two series, one of them empty, with a unicode unit and extreme but finite values. */
  static ParsedDataset series(String id, String date) {
    TimeSeries price =
        TimeSeries.of(
            id + ":price",
            "index points – ünïcode",
            List.of(
                new Observation(LocalDate.of(1871, 1, 1), 4.44),
                new Observation(LocalDate.of(2025, 9, 1), 6584.018095238095),
                new Observation(LocalDate.of(2026, 1, 1), -Double.MAX_VALUE)));
    TimeSeries empty = TimeSeries.of(id + ":gs10", "decimal rate (0.0425 = 4.25%)", List.of());
    return new ParsedDataset(
        id,
        LocalDate.parse(date),
        "test series",
        new DatasetContent.SeriesSet(List.of(price, empty)));
  }

  /** Three quarters, one of each status, with absent figures. */
  static ParsedDataset quarters(String id, String date) {
    List<QuarterlyEarnings> q =
        List.of(
            new QuarterlyEarnings(
                LocalDate.of(2025, 9, 30),
                QuarterlyEarnings.Status.ACTUAL,
                OptionalDouble.of(6688.45903689016),
                OptionalDouble.of(72.03),
                OptionalDouble.of(63.52)),
            new QuarterlyEarnings(
                LocalDate.of(2025, 12, 31),
                QuarterlyEarnings.Status.PARTIAL,
                OptionalDouble.of(6845.50470615758),
                OptionalDouble.of(71.87),
                OptionalDouble.empty()),
            new QuarterlyEarnings(
                LocalDate.of(2026, 3, 31),
                QuarterlyEarnings.Status.ESTIMATE,
                OptionalDouble.empty(),
                OptionalDouble.of(69.65),
                OptionalDouble.of(-0.09)));
    return new ParsedDataset(
        id, LocalDate.parse(date), "test quarters", new DatasetContent.QuarterlyEps(q));
  }

  /** One metric of every kind. */
  static ParsedDataset metrics(String id, String date) {
    LocalDate d = LocalDate.parse(date);
    List<PublishedMetric> m = new java.util.ArrayList<>();
    double v = 0.5;
    for (PublishedMetric.Metric metric : PublishedMetric.Metric.values()) {
      m.add(new PublishedMetric("sp" + (int) (v * 2), d, metric, v, "source “" + metric + "”"));
      v += 1.25;
    }
    return new ParsedDataset(id, d, "test metrics", new DatasetContent.Metrics(m));
  }

  /** A three-month strip, 2025-11 … 2026-03, with a gap (no 2026-02). */
  static ParsedDataset futures(String id, String date) {
    LocalDate d = LocalDate.parse(date);
    java.util.Map<java.time.YearMonth, Double> prices =
        java.util.Map.of(
            java.time.YearMonth.of(2025, 11), 96.1175,
            java.time.YearMonth.of(2026, 1), 96.30,
            java.time.YearMonth.of(2026, 3), 96.41);
    return new ParsedDataset(
        id,
        d,
        "test futures",
        new DatasetContent.Futures(io.capshift.domain.rates.FuturesStrip.of(d, prices)));
  }

  /** Two companies: one with every figure (negative earnings), one known by its CIK alone. */
  static ParsedDataset fundamentals(String id, String date) {
    var full =
        io.capshift.domain.fundamentals.CompanyFundamentals.builder("MOG-A")
            .cik(67887)
            .name("Moog Inc. “A”")
            .sector("Industrials")
            .country("USA")
            .marketCap(OptionalDouble.of(7.1e9))
            .netIncome(OptionalDouble.of(-2.075e8))
            .eps(OptionalDouble.of(-6.5))
            .forwardEps(OptionalDouble.of(9.25))
            .price(OptionalDouble.of(221.4))
            .shares(OptionalDouble.of(3.2e7))
            .bookEquity(OptionalDouble.of(2.2e9))
            .totalDebt(OptionalDouble.of(0))
            .dividendPerShare(OptionalDouble.of(1.16))
            .build();
    var bare = io.capshift.domain.fundamentals.CompanyFundamentals.identity("", 320193, "");
    return new ParsedDataset(
        id,
        LocalDate.parse(date),
        "test fundamentals",
        new DatasetContent.Fundamentals(
            io.capshift.domain.fundamentals.FundamentalsTable.of(List.of(full, bare))));
  }

  /** A quarter's net income frame of two companies, one with an empty accession. */
  static ParsedDataset frame(String id, String date) {
    var f =
        new io.capshift.domain.fundamentals.XbrlFrame(
            "us-gaap",
            "NetIncomeLoss",
            "USD",
            io.capshift.domain.fundamentals.FramePeriod.parse("CY2025Q2"),
            List.of(
                new io.capshift.domain.fundamentals.FrameFact(
                    320193,
                    "Apple Inc.",
                    LocalDate.of(2025, 6, 28),
                    2.3434e10,
                    "0000320193-25-000073"),
                new io.capshift.domain.fundamentals.FrameFact(
                    1, "Ünïcode Corp", LocalDate.of(2025, 6, 30), -1.5, "")));
    return new ParsedDataset(id, LocalDate.parse(date), "test frame", new DatasetContent.Frame(f));
  }
}
