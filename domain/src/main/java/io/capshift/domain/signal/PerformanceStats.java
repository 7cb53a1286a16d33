package io.capshift.domain.signal;

import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * How one strategy did over a period of monthly returns.
 *
 * @param name the strategy
 * @param from first month
 * @param to last month
 * @param months number of months
 * @param cagr compound annual growth, decimal
 * @param volatility annualised standard deviation of monthly returns, decimal
 * @param sharpe annualised mean excess return over the risk-free rate divided by its standard
 *     deviation, over the months that have a risk-free rate; empty with fewer than 24 of them
 * @param maxDrawdown largest fall from a peak of the growth of 1, decimal (0.5 = −50%)
 * @param switchesPerYear changes of position a year (0 for buy-and-hold)
 * @param timeInSmall average share held in small caps, decimal
 * @param hitRate share of the months away from the blend in which the strategy beat the 50/50
 *     blend; empty for buy-and-hold or when never away from the blend
 */
public record PerformanceStats(
    String name,
    YearMonth from,
    YearMonth to,
    int months,
    double cagr,
    double volatility,
    OptionalDouble sharpe,
    double maxDrawdown,
    double switchesPerYear,
    double timeInSmall,
    OptionalDouble hitRate) {}
