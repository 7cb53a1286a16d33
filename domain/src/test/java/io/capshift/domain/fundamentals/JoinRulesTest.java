package io.capshift.domain.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JoinRulesTest {
  private static final LocalDate HELD = LocalDate.of(2025, 1, 2);

  @Test
  void holdingsCurrent_datedAndAtMostMaxAgeDaysOld() {
    JoinRules year = JoinRules.DEFAULT; // 365 days
    assertThat(year.holdingsCurrent(false, HELD, HELD)).isTrue();
    assertThat(year.holdingsCurrent(false, HELD, LocalDate.of(2026, 1, 2))).as("365 days").isTrue();
    assertThat(year.holdingsCurrent(false, HELD, LocalDate.of(2026, 1, 3))).as("366").isFalse();
    assertThat(year.holdingsCurrent(true, HELD, HELD)).as("undated").isFalse();
    assertThat(new JoinRules(30, 0.5).holdingsCurrent(false, HELD, LocalDate.of(2025, 2, 2)))
        .as("31 days at a 30-day limit")
        .isFalse();
  }

  @Test
  void writtenOutMethods_areTheRecordsOwn() {
    assertThat(new JoinRules(365, 0.5))
        .isEqualTo(JoinRules.DEFAULT)
        .hasSameHashCodeAs(JoinRules.DEFAULT);
    assertThat(new JoinRules(365, 0.25)).isNotEqualTo(JoinRules.DEFAULT);
    assertThat(new JoinRules(30, 0.5)).isNotEqualTo(JoinRules.DEFAULT);
    assertThat(JoinRules.DEFAULT).hasToString("JoinRules[maxAgeDays=365, capTolerance=0.5]");
  }
}
