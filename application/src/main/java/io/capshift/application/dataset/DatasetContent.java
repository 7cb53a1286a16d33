package io.capshift.application.dataset;

import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.rates.TargetRangeHistory;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.SnapshotType;
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
}
