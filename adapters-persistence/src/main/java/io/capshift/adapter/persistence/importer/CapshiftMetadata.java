package io.capshift.adapter.persistence.importer;

import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalDouble;

/** The {@code as_of}, {@code type} and {@code shares_outstanding} lines of a capshift CSV. */
final class CapshiftMetadata {
  private final CsvReader csv;
  private final CapshiftPreamble pre;

  CapshiftMetadata(CsvReader csv, CapshiftPreamble pre) {
    this.csv = csv;
    this.pre = pre;
  }

  Optional<LocalDate> asOf() {
    CapshiftPreamble.Value v = pre.values().get("as_of");
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.text()));
    } catch (DateTimeParseException e) {
      throw error(v, "'# as_of:' must be a date YYYY-MM-DD, found " + Text.quote(v.text()));
    }
  }

  /** {@code index} or {@code fund}; index, with a note, when the line is absent. */
  SnapshotType type(ImportTally tally) {
    CapshiftPreamble.Value v = pre.values().get("type");
    if (v == null) {
      tally.note("no '# type:' line; stored as an index");
      return SnapshotType.INDEX;
    }
    if (v.text().equalsIgnoreCase("index") || v.text().equalsIgnoreCase("fund")) {
      return v.text().equalsIgnoreCase("fund") ? SnapshotType.FUND : SnapshotType.INDEX;
    }
    throw error(v, "'# type:' must be index or fund, found " + Text.quote(v.text()));
  }

  FundFacts facts() {
    CapshiftPreamble.Value v = pre.values().get("shares_outstanding");
    if (v == null) {
      return FundFacts.NONE;
    }
    try {
      double shares = NumberStyle.PLAIN.parse(v.text());
      if (shares >= 0) {
        return new FundFacts(OptionalDouble.of(shares));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(v, "'# shares_outstanding:' must be a count >= 0, found " + Text.quote(v.text()));
  }

  private RuntimeException error(CapshiftPreamble.Value v, String problem) {
    return csv.malformed(v.line(), v.column(), problem);
  }
}
