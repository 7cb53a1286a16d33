package io.capshift.domain.rates;

/**
 * The earnings effect of a policy-rate change.
 *
 * @param rateChange the change, decimal (−0.005 = a 50 bp cut)
 * @param rateChangeSource where the change came from: a user scenario, or the path the futures
 *     price
 * @param assumptions what the figure rests on, each with its source
 * @param earningsChange change in earnings as a share of earnings, decimal (+0.04 = +4%)
 * @param earningsChangePer25bpCut the same for one 25 bp cut, to set beside the rule of thumb
 * @param formula the arithmetic with the inputs, for people
 */
public record RateSensitivity(
    double rateChange,
    String rateChangeSource,
    SensitivityAssumptions assumptions,
    double earningsChange,
    double earningsChangePer25bpCut,
    String formula) {}
