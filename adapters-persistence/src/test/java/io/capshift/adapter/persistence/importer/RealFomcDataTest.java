package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.rates.FomcMeeting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The FOMC importers on the publishers' files in shared/data/fomc-meetings, named and detected.
 * Expected figures were counted with awk over the same files (and Python's json module for the JSON
 * file) and agree with SOURCE.md.
 */
class RealFomcDataTest {
  static final String DIR = "fomc-meetings/";
  static final String QUBITLOGIC = DIR + "fomc_calendar_1980-2023_QubitLogic.csv";
  static final String EVENT_DATES = DIR + "fomc_dates_2024-2026.csv";
  static final String JSON = DIR + "fomc_calendar_2026-2027.json";
  static final String BLM = DIR + "fomc_actions_1990-2020_BLM.csv";
  static final String TOLLAN = DIR + "fomc_dates_1936-2021_Tollan.csv";

  static List<FomcMeeting> meetings(ParseResult r) {
    return ((DatasetContent.Meetings) r.datasets().get(0).content()).calendar().meetings();
  }

  /**
   * Rows read, stored and skipped; meetings scheduled and with an SEP; first and last decision.
   * QubitLogic: 454 rows, 5 unscheduled + 106 confcall (never both) leave 343 scheduled, 27
   * forecast. BLM: 551 rows, 252 "FOMC Statement" (213 Scheduled FOMC, 39 Unscheduled FOMC, 52 SEP,
   * all on scheduled ones); the 299 other rows are skipped. Tollan: 806 dates, none known to be
   * scheduled.
   */
  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
    "fomc-meetings/fomc_calendar_1980-2023_QubitLogic.csv, FOMC_CALENDAR_FLAGS, fomc-qubitlogic,"
        + " 454, 454, 0, 343, 27, 1980-01-09, 2023-12-13",
    "fomc-meetings/fomc_calendar_1980-2023_QubitLogic.csv, AUTO, fomc-qubitlogic,"
        + " 454, 454, 0, 343, 27, 1980-01-09, 2023-12-13",
    "fomc-meetings/fomc_dates_2024-2026.csv, FOMC_EVENT_DATES, fomc-dates,"
        + " 18, 18, 0, 18, 0, 2024-01-31, 2026-03-18",
    "fomc-meetings/fomc_dates_2024-2026.csv, AUTO, fomc-dates,"
        + " 18, 18, 0, 18, 0, 2024-01-31, 2026-03-18",
    "fomc-meetings/fomc_calendar_2026-2027.json, FOMC_CALENDAR_JSON, fomc-calendar-json,"
        + " 16, 16, 0, 16, 8, 2026-01-28, 2027-12-08",
    "fomc-meetings/fomc_calendar_2026-2027.json, AUTO, fomc-calendar-json,"
        + " 16, 16, 0, 16, 8, 2026-01-28, 2027-12-08",
    "fomc-meetings/fomc_actions_1990-2020_BLM.csv, FOMC_ACTIONS, fomc-actions,"
        + " 551, 252, 299, 213, 52, 1994-02-04, 2020-09-16",
    "fomc-meetings/fomc_actions_1990-2020_BLM.csv, AUTO, fomc-actions,"
        + " 551, 252, 299, 213, 52, 1994-02-04, 2020-09-16",
    "fomc-meetings/fomc_dates_1936-2021_Tollan.csv, FOMC_DATE_LIST, fomc-tollan,"
        + " 806, 806, 0, 0, 0, 1936-03-19, 2021-12-15",
    "fomc-meetings/fomc_dates_1936-2021_Tollan.csv, AUTO, fomc-tollan,"
        + " 806, 806, 0, 0, 0, 1936-03-19, 2021-12-15"
  })
  void eachFile_countsAndRange(
      String file,
      ImportFormat format,
      String target,
      long read,
      long stored,
      long skipped,
      long scheduled,
      long sep,
      LocalDate first,
      LocalDate last) {
    ParseResult r = SharedData.parse(file, format);
    assertThat(r.stats().format()).isNotEqualTo(ImportFormat.AUTO);
    assertThat(new long[] {r.stats().rowsRead(), r.stats().rowsStored(), r.stats().rowsSkipped()})
        .containsExactly(read, stored, skipped);
    List<FomcMeeting> m = meetings(r);
    assertThat(m).hasSize((int) stored);
    assertThat(m.stream().filter(FomcMeeting::scheduled).count()).isEqualTo(scheduled);
    assertThat(m.stream().filter(FomcMeeting::summaryOfEconomicProjections).count()).isEqualTo(sep);
    assertThat(m.get(0).decisionDate()).isEqualTo(first);
    assertThat(m.get(m.size() - 1).decisionDate()).isEqualTo(last);
    assertThat(r.datasets().get(0).targetId()).isEqualTo(target);
    assertThat(r.datasets().get(0).asOf()).isEqualTo(last);
  }
}
