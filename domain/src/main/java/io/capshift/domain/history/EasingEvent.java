package io.capshift.domain.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The first cut of an easing cycle.
 *
 * @param date the FOMC decision day of the cut when the calendar has one on or a few days before
 *     the change ({@code byDecision}), else the day the lower rate took effect
 * @param rateBefore the policy rate before it, decimal (0.0525 = 5.25%)
 * @param rateAfter the policy rate after it, decimal
 * @param effective the day the lower rate took effect in the policy-rate series
 * @param byDecision whether {@code date} is an FOMC decision day
 */
public record EasingEvent(
    LocalDate date, double rateBefore, double rateAfter, LocalDate effective, boolean byDecision) {
  public EasingEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(effective, "effective");
  }

  /** A cut dated by the day it took effect. */
  public EasingEvent(LocalDate effective, double rateBefore, double rateAfter) {
    this(effective, rateBefore, rateAfter, effective, false);
  }

  /** The same cut dated by its FOMC decision day. */
  EasingEvent decidedOn(LocalDate decision) {
    return new EasingEvent(decision, rateBefore, rateAfter, effective, true);
  }
}
