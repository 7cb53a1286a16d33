package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SystemClockTest {

  @Test
  void tellsTheSystemTimeInTheDefaultZone() {
    Clock clock = new SystemClock();
    Instant before = Instant.now();
    Instant now = clock.instant();
    long millis = clock.millis();
    Instant after = Instant.now();

    assertThat(now).isBetween(before, after);
    assertThat(millis).isBetween(before.toEpochMilli(), after.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
    assertThat(LocalDate.now(clock))
        .isBetween(
            LocalDate.now(Clock.systemDefaultZone()).minusDays(1), LocalDate.now().plusDays(1));
  }

  @Test
  void inAnotherZone_isTheSystemClockThere() {
    Clock utc = new SystemClock().withZone(ZoneOffset.UTC);
    assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(utc).isEqualTo(Clock.systemUTC());
  }
}
