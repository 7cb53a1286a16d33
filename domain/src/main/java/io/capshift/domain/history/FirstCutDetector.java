package io.capshift.domain.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the first cut of each easing cycle in a policy-rate history: a cut is a first cut when no
 * cut came in the {@code quietMonths} before it, or when the change before it was a hike. Later
 * cuts of the same cycle are not events. A cut within {@code quietMonths} of the history's start
 * counts only after a hike: the history cannot show the quiet months before it. Stateless; use
 * {@link #DEFAULT}.
 */
public final class FirstCutDetector {
  /** The shared instance. */
  public static final FirstCutDetector DEFAULT = new FirstCutDetector();

  /** Default quiet period: a year without cuts separates one easing cycle from the next. */
  public static final int DEFAULT_QUIET_MONTHS = 12;

  private FirstCutDetector() {}

  /**
   * @param policyRate the policy rate at each date it was observed (daily or at each change),
   *     decimal; a change is a value different from the one before
   * @param quietMonths months without a cut that make the next cut a first cut, 1 to 120
   */
  public List<EasingEvent> detect(TimeSeries policyRate, int quietMonths) {
    if (quietMonths < 1 || quietMonths > 120) {
      throw new IllegalArgumentException("quietMonths must be 1 to 120: " + quietMonths);
    }
    List<EasingEvent> events = new ArrayList<>();
    LocalDate lastCut = null;
    boolean lastChangeWasHike = false;
    for (int i = 1; i < policyRate.size(); i++) {
      double before = policyRate.value(i - 1);
      double after = policyRate.value(i);
      // rates are stored to a basis point's precision at most; smaller differences are noise
      if (Math.abs(after - before) < 1e-7) {
        continue;
      }
      LocalDate date = policyRate.date(i);
      if (after < before) {
        LocalDate since = lastCut == null ? policyRate.date(0) : lastCut;
        boolean quiet = !since.plusMonths(quietMonths).isAfter(date);
        if (quiet || lastChangeWasHike) {
          events.add(new EasingEvent(date, before, after));
        }
        lastCut = date;
        lastChangeWasHike = false;
      } else {
        lastChangeWasHike = true;
      }
    }
    return events;
  }
}
