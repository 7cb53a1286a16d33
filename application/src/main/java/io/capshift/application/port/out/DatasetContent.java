package io.capshift.application.port.out;

import io.capshift.application.port.in.DatasetKind;
import io.capshift.domain.earnings.QuarterlyEarnings;
import io.capshift.domain.fundamentals.FundamentalsTable;
import io.capshift.domain.fundamentals.XbrlFrame;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.rates.FuturesStrip;
import io.capshift.domain.rates.TargetRangeHistory;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.PublishedMetric;
import io.capshift.domain.valuation.SnapshotType;
import java.util.List;
import java.util.Objects;

/** The payload of a dataset: one of the domain values capshift stores. */
public sealed interface DatasetContent {

  /** The kind of dataset this content is stored as. */
  DatasetKind kind();

  /** Number of rows (constituents, meetings, range changes). */
  int rows();

  /** An index's constituents or a fund's holdings. */
  record Constituents(ConstituentSnapshot snapshot) implements DatasetContent {
    public Constituents {
      Objects.requireNonNull(snapshot, "snapshot");
    }

    @Override
    public DatasetKind kind() {
      return snapshot.type() == SnapshotType.FUND
          ? DatasetKind.FUND_HOLDINGS
          : DatasetKind.INDEX_CONSTITUENTS;
    }

    @Override
    public int rows() {
      return snapshot.size();
    }
  }

  /** FOMC meeting dates. */
  record Meetings(FomcCalendar calendar) implements DatasetContent {
    public Meetings {
      Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public DatasetKind kind() {
      return DatasetKind.FOMC_CALENDAR;
    }

    @Override
    public int rows() {
      return calendar.meetings().size();
    }
  }

  /** Target-range changes. */
  record TargetRanges(TargetRangeHistory history) implements DatasetContent {
    public TargetRanges {
      Objects.requireNonNull(history, "history");
    }

    @Override
    public DatasetKind kind() {
      return DatasetKind.TARGET_RANGES;
    }

    @Override
    public int rows() {
      return history.changes().size();
    }
  }

  /**
   * Named series from one source. Each series id is {@code <targetId>:<name>}, e.g. {@code
   * shiller:earnings}; names are unique within the set.
   */
  record SeriesSet(List<TimeSeries> series) implements DatasetContent {
    public SeriesSet {
      series = List.copyOf(series);
    }

    @Override
    public DatasetKind kind() {
      return DatasetKind.SERIES;
    }

    @Override
    public int rows() {
      return series.stream().mapToInt(TimeSeries::size).sum();
    }
  }

  /** An index's quarterly EPS, in quarter order. */
  record QuarterlyEps(List<QuarterlyEarnings> quarters) implements DatasetContent {
    public QuarterlyEps {
      quarters = List.copyOf(quarters);
    }

    @Override
    public DatasetKind kind() {
      return DatasetKind.QUARTERLY_EARNINGS;
    }

    @Override
    public int rows() {
      return quarters.size();
    }
  }

  /** Published figures for one or more indexes. */
  record Metrics(List<PublishedMetric> metrics) implements DatasetContent {
    public Metrics {
      metrics = List.copyOf(metrics);
    }

    @Override
    public DatasetKind kind() {
      return DatasetKind.PUBLISHED_METRICS;
    }

    @Override
    public int rows() {
      return metrics.size();
    }
  }

  /** A fed funds futures strip at one date. */
  record Futures(FuturesStrip strip) implements DatasetContent {
    public Futures {
      Objects.requireNonNull(strip, "strip");
    }

    @Override
    public DatasetKind kind() {
      return DatasetKind.FUTURES_STRIP;
    }

    @Override
    public int rows() {
      return strip.prices().size();
    }
  }

  /** Companies' fundamentals, or a ticker map, from one source at one date. */
  record Fundamentals(FundamentalsTable table) implements DatasetContent {
    public Fundamentals {
      Objects.requireNonNull(table, "table");
    }

    @Override
    public DatasetKind kind() {
      return DatasetKind.COMPANY_FUNDAMENTALS;
    }

    @Override
    public int rows() {
      return table.size();
    }
  }

  /** One SEC XBRL frame: a concept in a unit over a period, a value per company. */
  record Frame(XbrlFrame frame) implements DatasetContent {
    public Frame {
      Objects.requireNonNull(frame, "frame");
    }

    @Override
    public DatasetKind kind() {
      return DatasetKind.COMPANY_FUNDAMENTALS;
    }

    @Override
    public int rows() {
      return frame.facts().size();
    }
  }
}
