package io.capshift.domain.earnings;

/** Which earnings per share a figure uses. */
public enum EpsBasis {
  /** Operating earnings (before unusual items), as index providers headline. */
  OPERATING,
  /** As-reported (GAAP) earnings. */
  AS_REPORTED
}
