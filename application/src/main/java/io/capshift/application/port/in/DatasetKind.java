package io.capshift.application.port.in;

/** What a stored dataset holds. */
public enum DatasetKind {
  /** Members of an index at a date, with market caps and fundamentals. */
  INDEX_CONSTITUENTS,
  /** A fund's holdings at a date, with fund-level facts. */
  FUND_HOLDINGS,
  /** FOMC meeting dates. */
  FOMC_CALENDAR,
  /** Changes of the federal funds target range. */
  TARGET_RANGES,
  /** Named dated series (prices, earnings, yields, CAPE…) from one source. */
  SERIES,
  /** An index's quarterly earnings per share, reported and estimated. */
  QUARTERLY_EARNINGS,
  /** Figures providers published for indexes (P/E, growth…), loaded as given. */
  PUBLISHED_METRICS,
  /** 30-day fed funds futures prices by contract month at one date. */
  FUTURES_STRIP,
  /**
   * Company fundamentals at a date (market cap, trailing earnings, forward EPS…), a ticker-to-CIK
   * map, or one SEC XBRL frame.
   */
  COMPANY_FUNDAMENTALS
}
