package io.capshift.adapter.cli.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.in.ImportFormat;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourcesTest {
  /**
   * On 2026-12-07 three quarters of 2026 have ended: TTM needs CY2025 and the quarters 1-3 of 2026
   * and of 2025; balances the instants of 2026-09-30 and 2026-06-30. On 2026-02-10 no quarter of
   * 2026 has ended: the annual frame alone, and the instants of 2025-12-31 and 2025-09-30.
   */
  @Test
  void periods_whatTrailingTwelveMonthsNeed() {
    assertThat(Sources.periods(LocalDate.of(2026, 12, 7), false))
        .containsExactly(
            "CY2025", "CY2026Q1", "CY2025Q1", "CY2026Q2", "CY2025Q2", "CY2026Q3", "CY2025Q3");
    assertThat(Sources.periods(LocalDate.of(2026, 12, 7), true))
        .containsExactly("CY2026Q3I", "CY2026Q2I");
    assertThat(Sources.periods(LocalDate.of(2026, 2, 10), false)).containsExactly("CY2025");
    assertThat(Sources.periods(LocalDate.of(2026, 2, 10), true))
        .containsExactly("CY2025Q4I", "CY2025Q3I");
  }

  /** Month ends from --since up to today, then today's file, for each fund; a base is replaced. */
  @Test
  void ishares_monthEndsSinceThenToday_atTheGivenBase() {
    var d =
        new Sources(Map.of("ishares", "http://127.0.0.1:1/x/"))
            .downloads("ishares", LocalDate.of(2026, 3, 15), Optional.of(LocalDate.of(2026, 1, 5)));

    assertThat(d.subList(0, 3))
        .extracting(Sources.Download::fileName)
        .containsExactly(
            "IWM_holdings_2026-01-31.csv", "IWM_holdings_2026-02-28.csv", "IWM_holdings.csv");
    assertThat(d.get(1).uri().toString())
        .isEqualTo(
            "http://127.0.0.1:1/x/239710/ishares-russell-2000-etf/1467271812596.ajax?fileType=csv"
                + "&fileName=IWM_holdings&dataType=fund&asOfDate=20260228");
    assertThat(d).allMatch(x -> x.format() == ImportFormat.ISHARES_HOLDINGS);
  }
}
