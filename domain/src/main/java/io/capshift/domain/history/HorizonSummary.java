package io.capshift.domain.history;

/**
 * Small minus large over one horizon: after first cuts, and over every start month (the
 * unconditional baseline the events are judged against).
 *
 * @param months the horizon
 * @param events outcomes after the events
 * @param baseline outcomes from every month with a full horizon of data
 */
public record HorizonSummary(int months, OutcomeStats events, OutcomeStats baseline) {}
