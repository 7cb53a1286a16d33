package io.capshift.adapter.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.domain.fundamentals.JoinReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookThroughTextTest {
  private static final LocalDate HOLDINGS = LocalDate.of(2021, 3, 10);
  private static final LocalDate AT = LocalDate.of(2025, 11, 6);

  /**
   * Company figures 1,623 days after the holdings are flagged; a ticker map as far away is not (its
   * identities age slowly), nor figures within a year of the holdings.
   */
  @Test
  void join_figuresMoreThanAYearFromTheHoldings_flaggedAsAWideGap() {
    String text =
        LookThroughText.join(
            "",
            report(
                source("finviz@2025-08-19", LocalDate.of(2025, 8, 19), 79, 1623, "company figures"),
                source(
                    "sec-tickers@2025-08-24",
                    LocalDate.of(2025, 8, 24),
                    74,
                    1628,
                    "identities only (ticker to CIK)"),
                source(
                    "mine@2021-06-30", LocalDate.of(2021, 6, 30), 1590, 112, "company figures")));

    assertThat(text)
        .contains(
            "  used finviz@2025-08-19: company figures, 79 days old at 2025-11-06, 1623 days after"
                + " the holdings of 2021-03-10\n"
                + "    WIDE GAP: the holdings of 2021-03-10 are valued at the figures of 2025-08-19"
                + " (1,623 days apart)");
    assertThat(text.split("WIDE GAP", -1)).hasSize(2); // once: not for the map, not within a year
  }

  private static JoinReport.SourceUse source(
      String id, LocalDate asOf, long age, long gap, String note) {
    return new JoinReport.SourceUse(
        id, "test", asOf, false, age, gap, true, note.startsWith("company"), note);
  }

  private static JoinReport report(JoinReport.SourceUse... sources) {
    return new JoinReport(
        HOLDINGS, AT, 2, 100, 2, 1.0, 0, List.of(), List.of(), 0, 2, 0, List.of(sources));
  }
}
