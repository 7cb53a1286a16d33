package io.capshift.domain.signal;

import java.time.YearMonth;

/**
 * The position held in one month, decided at the end of the month before from data known then.
 *
 * @param month the month held
 * @param smallWeight share in small caps: 1, 0.5 (the blend) or 0
 * @param score the signal at the decision, standard deviations; 0 with no component
 * @param components components that had enough history at the decision
 */
public record Position(YearMonth month, double smallWeight, double score, int components) {}
