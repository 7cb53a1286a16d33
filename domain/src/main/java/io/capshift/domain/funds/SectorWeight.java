package io.capshift.domain.funds;

/**
 * A sector's share of a fund.
 *
 * @param sector the sector label as the holdings file gives it
 * @param weight its holdings' share of the fund's value, decimal (0.18 = 18%)
 * @param holdings number of holdings in it
 */
public record SectorWeight(String sector, double weight, int holdings) {}
