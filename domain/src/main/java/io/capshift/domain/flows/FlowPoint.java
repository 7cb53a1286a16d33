package io.capshift.domain.flows;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Money into (+) or out of (−) a fund over the period ending at {@code date}.
 *
 * @param date end of the period
 * @param flowUsd the flow, USD
 * @param basis how it was measured
 */
public record FlowPoint(LocalDate date, double flowUsd, Basis basis) {
  /** How a flow was measured. */
  public enum Basis {
    /** Change in shares outstanding × NAV per share at the period's end. */
    SHARES_X_NAV,
    /** Change in shares outstanding × market price, where no NAV was available. */
    SHARES_X_PRICE,
    /** Change in shares outstanding × the fund's holdings value per share (a holdings file). */
    SHARES_X_HOLDINGS_VALUE,
    /** A flow given as such by the source. */
    GIVEN
  }

  public FlowPoint {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basis, "basis");
    if (!Double.isFinite(flowUsd)) {
      throw new IllegalArgumentException("flowUsd must be finite on " + date + ": " + flowUsd);
    }
  }
}
