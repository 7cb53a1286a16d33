package io.capshift.bootstrap;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the default time zone, looked up when a date first needs it: finding the zone
 * reads the JDK's time-zone database, ~15 ms in a fresh process, and a command given its date never
 * needs it.
 */
final class SystemClock extends Clock {
  private volatile ZoneId zone;

  @Override
  public ZoneId getZone() {
    ZoneId z = zone;
    if (z == null) {
      z = ZoneId.systemDefault();
      zone = z;
    }
    return z;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.system(zone);
  }

  @Override
  public Instant instant() {
    return Instant.now();
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }

  /** Every one tells the same time in the same zone. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SystemClock;
  }

  @Override
  public int hashCode() {
    return SystemClock.class.hashCode();
  }

  @Override
  public String toString() {
    return "SystemClock[" + getZone() + "]";
  }
}
