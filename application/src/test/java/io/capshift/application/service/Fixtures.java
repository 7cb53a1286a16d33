package io.capshift.application.service;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/** Small snapshots with hand-checkable figures. */
final class Fixtures {
  private Fixtures() {}

  /** Two names: value 40,000 earning 3,000 and value 2,000 earning e2 → P/E 42,000/(3,000+e2). */
  static ParsedDataset twoNames(String id, LocalDate asOf, double e2) {
    List<Constituent> rows =
        List.of(withEarnings("ABC", 40_000, 3_000), withEarnings("XYZ", 2_000, e2));
    return new ParsedDataset(
        id,
        asOf,
        "test fixture",
        new DatasetContent.Constituents(
            ConstituentSnapshot.of(id, asOf, SnapshotType.INDEX, FundFacts.NONE, rows)));
  }

  static Constituent withEarnings(String symbol, double value, double earnings) {
    return new Constituent(
        symbol,
        symbol,
        "",
        value,
        OptionalDouble.of(earnings),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }
}
