package io.capshift.application.port.in;

import java.time.LocalDate;

/**
 * A fund-level fact as its publisher states it.
 *
 * @param name e.g. {@code nav}, {@code pe}, {@code expense_ratio}
 * @param value the figure, in {@code unit}
 * @param unit e.g. "USD per fund share", "decimal a year (0.0019 = 0.19%)"
 * @param date the date of the observation used: the latest on or before the date asked
 * @param gapDays days between {@code date} and the date asked (0 when none was asked)
 * @param source the dataset it came from and its publisher
 */
public record FundFact(
    String name, double value, String unit, LocalDate date, long gapDays, String source) {}
