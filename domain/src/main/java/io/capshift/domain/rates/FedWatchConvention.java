package io.capshift.domain.rates;

/**
 * How a meeting month's start rate (before the decision) and end rate (after it) are tied to the
 * neighbouring contract months. Both use the day count asked for ({@link FedWatchDayCount}).
 */
public enum FedWatchConvention {
  /**
   * CME FedWatch, the default and the only convention that reproduces CME's published figures. A
   * month without a scheduled meeting is an anchor (start = end = its average). Each meeting month
   * is solved from its adjacent anchor: forward from the anchor before (start = that average) or
   * backward from the anchor after (end = that average). With anchors on both sides, the side
   * giving the larger day weight is used (forward when post ≥ pre, else backward), so a meeting in
   * the last days of a month takes its end rate from the next month. Where two meeting months sit
   * between anchors, each is solved from its own neighbouring anchor and the link residual (this
   * month's start − the previous month's end) is reported. A meeting month with no adjacent anchor
   * is chained forward from the previous meeting month's end, or from the current target range's
   * mid when the previous month is not in the strip.
   */
  CME_ADJACENT_ANCHOR,

  /**
   * Consecutive months: each meeting month's start is the previous month's end (an anchor's average
   * or the previous meeting month's solved end), chained forward from the first month; the current
   * target range's mid when the previous month is not in the strip. Never solves backward, so link
   * residuals are zero. Common in replications (e.g. finm32900's FedWatch homework); it amplifies
   * noise when a meeting falls late in its month.
   */
  CONSECUTIVE_MONTHS
}
