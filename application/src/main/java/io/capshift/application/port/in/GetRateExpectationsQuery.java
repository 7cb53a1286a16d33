package io.capshift.application.port.in;

import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.rates.FedWatchDayCount;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the fed funds futures priced for each coming FOMC meeting.
 *
 * @param asOf use the latest futures strip dated on or before this date; empty for the latest
 * @param stripId the target id of a stored strip; empty for any stored strip
 * @param convention how meeting months are tied to their neighbours (CME's by default)
 * @param dayCount which rate the decision day counts at (the old rate by default)
 */
public record GetRateExpectationsQuery(
    Optional<LocalDate> asOf,
    Optional<String> stripId,
    FedWatchConvention convention,
    FedWatchDayCount dayCount) {

  /** The default day count, {@link FedWatchDayCount#DECISION_DAY_AT_OLD_RATE}. */
  public GetRateExpectationsQuery(
      Optional<LocalDate> asOf, Optional<String> stripId, FedWatchConvention convention) {
    this(asOf, stripId, convention, FedWatchDayCount.DECISION_DAY_AT_OLD_RATE);
  }

  public GetRateExpectationsQuery {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(dayCount, "dayCount");
    stripId =
        Objects.requireNonNull(stripId, "stripId").map(String::strip).filter(s -> !s.isEmpty());
  }
}
