package io.capshift.domain.flows;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A run of business days on which a fund's shares outstanding did not change: the publisher did not
 * update them, so the flows of those days are unknown, not zero.
 *
 * @param from the first business day without a change
 * @param to the last one
 * @param businessDays how many business days the run spans
 */
public record FlatRun(LocalDate from, LocalDate to, int businessDays) {
  public FlatRun {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
