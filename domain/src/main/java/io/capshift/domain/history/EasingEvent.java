package io.capshift.domain.history;

import java.time.LocalDate;

/**
 * The first cut of an easing cycle.
 *
 * @param date the day the lower rate took effect
 * @param rateBefore the policy rate before it, decimal (0.0525 = 5.25%)
 * @param rateAfter the policy rate from {@code date}, decimal
 */
public record EasingEvent(LocalDate date, double rateBefore, double rateAfter) {}
