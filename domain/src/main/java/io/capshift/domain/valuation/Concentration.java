package io.capshift.domain.valuation;

import io.capshift.domain.common.Figure;

/**
 * How concentrated a snapshot is, from value weights {@code w_i = value_i / Σ value}.
 *
 * @param constituents number of names with a value
 * @param top10Weight summed weight of the ten largest names, decimal
 * @param herfindahl {@code Σ w_i²}, in (0, 1]
 * @param effectiveNumber {@code 1 / herfindahl}, count of equally weighted names with the same
 *     concentration
 */
public record Concentration(
    int constituents, Figure top10Weight, Figure herfindahl, Figure effectiveNumber) {}
