package io.capshift.adapter.grpc;

import io.capshift.application.dataset.DatasetInfo;
import io.capshift.application.dataset.DatasetKind;
import io.capshift.application.dataset.ImportStats;
import io.capshift.application.port.in.ImportResult;
import io.capshift.application.port.in.IndexValuationResult;
import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.Figure;
import io.capshift.domain.common.SkipCount;
import io.capshift.domain.valuation.Concentration;
import io.capshift.domain.valuation.IndexValuation;
import io.capshift.domain.valuation.NegativeEarners;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import io.capshift.domain.valuation.SnapshotType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Application and domain values for the adapter tests; the numbers are arbitrary but distinct. */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2026, 4, 10);
  static final Instant STORED_AT = Instant.parse("2026-04-11T08:30:15.123456789Z");

  private Fixtures() {}

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
            io.capshift.application.dataset.ImportFormat.ISHARES_HOLDINGS,
            3,
            2,
            1,
            List.of("line 4 (XYZ): no value"),
            List.of("as-of date from the header"));
    return new ImportResult(
        List.of(
            Fixtures.dataset(
                "IWM", io.capshift.application.dataset.DatasetKind.FUND_HOLDINGS, 2, 6)),
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
}
