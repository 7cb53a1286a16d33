package io.capshift.domain.rates;

/** Where a meeting month's start or end rate came from (see {@link FedWatchConvention}). */
public enum MeetingMonthSolve {
  /** Start = the previous month's end (an anchor's average, or a solved meeting month's end). */
  FORWARD_FROM_PREVIOUS_MONTH,
  /** End = the next month's average (a no-meeting anchor); start solved from the day count. */
  BACKWARD_FROM_NEXT_ANCHOR,
  /** Start = mid of the current target range: the previous month is not usable. */
  FORWARD_FROM_CURRENT_RANGE
}
