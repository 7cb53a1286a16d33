package io.capshift.domain.signal;

/**
 * An implied annual return and its parts, decimals a year. Price return compounds growth, the rate
 * effect and the multiple change: {@code (1 + g)(1 + r)(1 + m) − 1}; {@code interaction} is that
 * product minus the sum of the three, so that the parts add up to {@code total}.
 *
 * @param dividendYield the dividend yield
 * @param earningsGrowth earnings growth a year
 * @param rateEffect the rate path's effect on earnings, per year over the horizon
 * @param multipleChange the P/E's change, per year over the horizon
 * @param interaction the cross terms of compounding the three
 * @param total dividend yield plus price return
 * @param targetPe the P/E used at the horizon, multiple
 */
public record ReturnParts(
    double dividendYield,
    double earningsGrowth,
    double rateEffect,
    double multipleChange,
    double interaction,
    double total,
    double targetPe) {}
