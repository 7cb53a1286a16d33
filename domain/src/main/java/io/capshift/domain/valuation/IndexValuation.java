package io.capshift.domain.valuation;

import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.Figure;
import java.time.LocalDate;

/**
 * Valuation of an index or fund at one date under one negative-earnings policy.
 *
 * @param id index or fund id
 * @param asOf date of the snapshot the figures come from
 * @param type index or fund
 * @param policy how negative earners entered the P/E
 * @param totalValue Σ value of all constituents, USD
 * @param priceEarnings aggregate trailing P/E under {@code policy}, multiple (x)
 * @param earningsYield Σ E / Σ value under {@code policy}, decimal
 * @param weightedMedianPriceEarnings value-weighted median P/E over positive earners, multiple
 * @param dividendYield Σ D / Σ value over names with dividend data, decimal
 * @param priceBook Σ value / Σ book over names with book data, multiple
 * @param priceSales Σ value / Σ sales over names with sales data, multiple
 * @param negativeEarners count and value weight of names with negative earnings
 * @param concentration top-10 weight, Herfindahl, effective number of names
 * @param earningsCoverage which names entered the P/E and which did not, and why
 * @param dividendCoverage which names entered the dividend yield
 * @param bookCoverage which names entered P/B
 * @param salesCoverage which names entered P/S
 */
public record IndexValuation(
    String id,
    LocalDate asOf,
    SnapshotType type,
    NegativeEarningsPolicy policy,
    double totalValue,
    Figure priceEarnings,
    Figure earningsYield,
    Figure weightedMedianPriceEarnings,
    Figure dividendYield,
    Figure priceBook,
    Figure priceSales,
    NegativeEarners negativeEarners,
    Concentration concentration,
    Coverage earningsCoverage,
    Coverage dividendCoverage,
    Coverage bookCoverage,
    Coverage salesCoverage) {}
