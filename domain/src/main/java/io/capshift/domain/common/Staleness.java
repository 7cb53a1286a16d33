package io.capshift.domain.common;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How old data may be at a date and still count, in days from its last observation to the date. The
 * defaults ({@link #DEFAULT}): 45 days for monthly data (a month's value is known at its end, and a
 * library publishes it within about two weeks) and 10 days for daily data (a long weekend and a
 * holiday with room to spare). A futures strip counts until its next meeting has been decided,
 * whatever its age; that rule needs the strip's meetings and lives with the strip.
 *
 * @param monthlyDays limit for monthly series, days, 0 to 36,500
 * @param dailyDays limit for daily series and dated snapshots, days, 0 to 36,500
 */
public record Staleness(int monthlyDays, int dailyDays) {
  /** 45 days for monthly data, 10 for daily. */
  public static final Staleness DEFAULT = new Staleness(45, 10);

  /** How often a series is observed, which sets its limit. */
  public enum Frequency {
    MONTHLY,
    DAILY
  }

  public Staleness {
    if (monthlyDays < 0 || monthlyDays > 36_500 || dailyDays < 0 || dailyDays > 36_500) {
      throw new IllegalArgumentException(
          "staleness limits must be 0 to 36500 days: monthly "
              + monthlyDays
              + ", daily "
              + dailyDays);
    }
  }

  /** The limit for data of {@code frequency}, days. */
  public int limit(Frequency frequency) {
    return frequency == Frequency.MONTHLY ? monthlyDays : dailyDays;
  }

  /** Days from {@code last} to {@code asOf}; negative when {@code last} is later. */
  public static long ageDays(LocalDate last, LocalDate asOf) {
    return ChronoUnit.DAYS.between(last, asOf);
  }

  /**
   * Why data last observed on {@code last} is too old at {@code asOf}, or empty when it is not.
   *
   * @return e.g. "its last observation, 2026-02-28, is 278 days before 2026-12-03, over the 45-day
   *     limit for monthly data"
   */
  public Optional<String> tooOld(Frequency frequency, LocalDate last, LocalDate asOf) {
    long age = ageDays(last, asOf);
    int limit = limit(frequency);
    if (age <= limit) {
      return Optional.empty();
    }
    return Optional.of(
        "its last observation, "
            + last
            + ", is "
            + age
            + " days before "
            + asOf
            + ", over the "
            + limit
            + "-day limit for "
            + (frequency == Frequency.MONTHLY ? "monthly" : "daily")
            + " data");
  }

  /** The limits in words, e.g. "45 days for monthly data, 10 for daily". */
  public String describe() {
    return monthlyDays + " days for monthly data, " + dailyDays + " for daily";
  }
}
