package io.capshift.domain.flows;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * The sum of the last {@code window} flows at one date.
 *
 * @param date the last flow's date
 * @param sumUsd Σ of the window's flows, USD
 * @param shareOfAssets {@code sumUsd} / the fund's assets on that date, decimal; empty without
 *     assets data
 * @param zScore {@code sumUsd} against the rolling sums up to and including this date (mean and
 *     sample standard deviation of that history only: no look-ahead); empty with fewer than two
 *     sums or no dispersion
 */
public record RollingFlow(
    LocalDate date, double sumUsd, OptionalDouble shareOfAssets, OptionalDouble zScore) {}
