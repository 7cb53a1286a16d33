package io.capshift.domain.earnings;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One quarter of an index's earnings per share, reported or estimated.
 *
 * @param quarterEnd last day of the quarter
 * @param status reported, estimated, or partly reported
 * @param indexPrice index level at quarter end, points; empty for future quarters
 * @param operatingEps operating EPS for the quarter, USD per index share
 * @param asReportedEps as-reported (GAAP) EPS for the quarter, USD per index share
 */
public record QuarterlyEarnings(
    LocalDate quarterEnd,
    Status status,
    OptionalDouble indexPrice,
    OptionalDouble operatingEps,
    OptionalDouble asReportedEps) {

  /** Whether a quarter's figures are reported. */
  public enum Status {
    ACTUAL,
    ESTIMATE,
    /** Some constituents have reported; the rest are estimates. */
    PARTIAL
  }

  public QuarterlyEarnings {
    Objects.requireNonNull(quarterEnd, "quarterEnd");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(indexPrice, "indexPrice");
    Objects.requireNonNull(operatingEps, "operatingEps");
    Objects.requireNonNull(asReportedEps, "asReportedEps");
  }
}
