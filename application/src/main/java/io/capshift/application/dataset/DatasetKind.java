package io.capshift.application.dataset;

/** What a stored dataset holds. */
public enum DatasetKind {
  /** Members of an index at a date, with market caps and fundamentals. */
  INDEX_CONSTITUENTS,
  /** A fund's holdings at a date, with fund-level facts. */
  FUND_HOLDINGS,
  /** FOMC meeting dates. */
  FOMC_CALENDAR,
  /** Changes of the federal funds target range. */
  TARGET_RANGES
}
