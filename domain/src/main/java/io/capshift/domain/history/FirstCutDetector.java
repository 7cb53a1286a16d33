package io.capshift.domain.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the first cut of each easing cycle in a policy-rate history, by a {@link CycleRule}: a cut
 * is a first cut when no cut came in the {@code quietMonths} before it, or when the change before
 * it was a hike. Later cuts of the same cycle are not events. A cut within {@code quietMonths} of
 * the history's start counts only after a hike: the history cannot show the quiet months before it.
 * Each event is dated by its FOMC decision day where a calendar is given. Stateless; use {@link
 * #DEFAULT}.
 */
public final class FirstCutDetector {
  /** The shared instance. */
  public static final FirstCutDetector DEFAULT = new FirstCutDetector();

  /** Default quiet period: a year without cuts separates one easing cycle from the next. */
  public static final int DEFAULT_QUIET_MONTHS = 12;

  /**
   * Days by which a change of the rate may follow the decision it dates: the target took effect the
   * day after the decision from 2017 (and on some days before), and the series of the 1980s and
   * 1990s lag by a day or two around weekends.
   */
  public static final int DECISION_LAG_DAYS = 5;

  private FirstCutDetector() {}

  /**
   * The first cuts under {@link CycleRule#EVERY_FIRST_CUT}, dated by the change.
   *
   * @see #detect(TimeSeries, int, CycleRule, List)
   */
  public List<EasingEvent> detect(TimeSeries policyRate, int quietMonths) {
    return detect(policyRate, quietMonths, CycleRule.EVERY_FIRST_CUT, List.of());
  }

  /**
   * @param policyRate the policy rate at each date it was observed (daily or at each change),
   *     decimal; a change is a value different from the one before
   * @param quietMonths months without a cut that make the next cut a first cut, 1 to 120
   * @param decisions FOMC decision days, any order; a cut is dated by the latest of them on or up
   *     to {@link #DECISION_LAG_DAYS} days before its change, else by the change
   */
  public List<EasingEvent> detect(
      TimeSeries policyRate, int quietMonths, CycleRule rule, List<LocalDate> decisions) {
    if (quietMonths < 1 || quietMonths > 120) {
      throw new IllegalArgumentException("quietMonths must be 1 to 120: " + quietMonths);
    }
    // rates are stored to a basis point's precision at most; smaller differences are noise
    double minMove = rule == CycleRule.EVERY_FIRST_CUT ? 1e-7 : CycleRule.MIN_MOVE - 1e-9;
    TreeSet<LocalDate> calendar = new TreeSet<>(decisions);
    List<EasingEvent> events = new ArrayList<>();
    LocalDate lastCut = null;
    boolean lastChangeWasHike = false;
    for (int i = 1; i < policyRate.size(); i++) {
      double before = policyRate.value(i - 1);
      double after = policyRate.value(i);
      if (Math.abs(after - before) < minMove) {
        continue;
      }
      LocalDate date = policyRate.date(i);
      if (after < before) {
        LocalDate since = lastCut == null ? policyRate.date(0) : lastCut;
        boolean quiet = !since.plusMonths(quietMonths).isAfter(date);
        if ((quiet || lastChangeWasHike)
            && (rule != CycleRule.SINCE_1989 || !date.isBefore(CycleRule.Y1989))) {
          events.add(dated(new EasingEvent(date, before, after), calendar));
        }
        lastCut = date;
        lastChangeWasHike = false;
      } else {
        lastChangeWasHike = true;
      }
    }
    return events;
  }

  private static EasingEvent dated(EasingEvent e, TreeSet<LocalDate> calendar) {
    LocalDate decision = calendar.floor(e.effective());
    return decision != null && !decision.isBefore(e.effective().minusDays(DECISION_LAG_DAYS))
        ? e.decidedOn(decision)
        : e;
  }
}
