package io.capshift.domain.earnings;

/**
 * How next-twelve-months (NTM) earnings are blended from two calendar-year estimates: {@code NTM =
 * w·CY1 + (1 − w)·CY2} with {@code w} the share of the current year still ahead.
 */
public enum BlendRule {
  /**
   * FactSet's rule, the default: {@code w} = calendar days remaining after the as-of date / days in
   * the year. Reproduces FactSet's published index forward EPS.
   */
  FACTSET_CALENDAR_DAYS,
  /** Yardeni's rule: {@code w} = whole weeks remaining after the as-of date / 52. */
  YARDENI_WEEKS
}
