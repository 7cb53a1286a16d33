package io.capshift.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.domain.common.Staleness.Frequency;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StalenessTest {
  private static final LocalDate LAST = LocalDate.of(2026, 2, 28);

  @Test
  void tooOld_atTheLimitFresh_oneDayOverStale() {
    Staleness d = Staleness.DEFAULT;

    assertThat(d.tooOld(Frequency.MONTHLY, LAST, LAST.plusDays(45))).isEmpty();
    assertThat(d.tooOld(Frequency.MONTHLY, LAST, LAST.plusDays(46)))
        .hasValue(
            "its last observation, 2026-02-28, is 46 days before 2026-04-15, over the 45-day"
                + " limit for monthly data");
    assertThat(d.tooOld(Frequency.DAILY, LAST, LAST.plusDays(10))).isEmpty();
    assertThat(d.tooOld(Frequency.DAILY, LAST, LAST.plusDays(11))).isPresent();
    // a later observation than the date is not old
    assertThat(d.tooOld(Frequency.DAILY, LAST, LAST.minusDays(3))).isEmpty();
  }

  @Test
  void limits_outOfRange_refused_andDescribed() {
    assertThatThrownBy(() -> new Staleness(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Staleness(45, 36_501))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Staleness(60, 5).describe()).isEqualTo("60 days for monthly data, 5 for daily");
  }
}
