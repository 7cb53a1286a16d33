package io.capshift.application.port.in;

/** What kind of stored data an answer's side was computed from. */
public enum InputKind {
  /** Constituent-level data (holdings or index members), aggregated by capshift. */
  CONSTITUENTS,
  /** Figures a provider published and a user loaded, used as given. */
  PUBLISHED_METRICS,
  /** An index's quarterly EPS sheet with estimates. */
  QUARTERLY_EPS
}
