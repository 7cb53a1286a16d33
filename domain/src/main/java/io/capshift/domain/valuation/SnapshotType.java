package io.capshift.domain.valuation;

/** What a constituent snapshot describes. */
public enum SnapshotType {
  /** An index: values are company market capitalisations, USD. */
  INDEX,
  /** A fund: values are the market values of the fund's positions, USD. */
  FUND
}
