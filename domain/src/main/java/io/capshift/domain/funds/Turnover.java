package io.capshift.domain.funds;

import java.time.LocalDate;

/**
 * How much of a fund changed between two holdings snapshots.
 *
 * @param from the earlier snapshot's date
 * @param to the later snapshot's date
 * @param oneWay one-way turnover by weight, {@code ½ Σ |w_to − w_from|} over every name in either,
 *     decimal (0.05 = 5% of the fund changed hands)
 * @param added names held only at {@code to}
 * @param removed names held only at {@code from}
 * @param kept names held at both
 */
public record Turnover(
    LocalDate from, LocalDate to, double oneWay, int added, int removed, int kept) {}
