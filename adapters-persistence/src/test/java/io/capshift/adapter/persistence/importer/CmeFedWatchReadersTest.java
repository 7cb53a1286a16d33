package io.capshift.adapter.persistence.importer;

import static io.capshift.adapter.persistence.importer.Sources.assertMalformedAt;
import static io.capshift.adapter.persistence.importer.Sources.series;
import static io.capshift.adapter.persistence.importer.Sources.valueOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.history.TimeSeries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** CME FedWatch's history downloads and page records on small hand-made files. */
class CmeFedWatchReadersTest {
  private static final String MEETING =
      "Date,(325-350),(350-375),(375-400)\n"
          + "2025/8/19,0.000000,0.600000,0.400000\n"
          + "2025/8/20,0.010000,0.639000,0.351000\n";

  @Test
  void meetingFile_namedByTheFile_nonZeroCellsStored_asOfTheLastRow() {
    ParseResult r = Sources.parse("FedMeeting_20250917.csv", ImportFormat.AUTO, MEETING);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.CME_FEDWATCH_MEETING);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("cme-fedwatch-20250917");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2025, 8, 20));
    TimeSeries hold = series(r, "cme-fedwatch-20250917:m2025-09-17_350_375");
    assertThat(valueOn(hold, "2025-08-19")).isEqualTo(0.6);
    assertThat(valueOn(hold, "2025-08-20")).isEqualTo(0.639);
    // the 0 of 2025-08-19 is not stored: one point
    assertThat(series(r, "cme-fedwatch-20250917:m2025-09-17_325_350").size()).isEqualTo(1);
    assertThat(r.stats().notes())
        .contains(
            "stored 3 meeting-and-range series; 1 cells at 0 and 0 blank cells (a range CME did"
                + " not show) not stored");
  }

  /** Two blocks: 17 Sep 2025 over two ranges, 29 Oct 2025 over two; one blank cell. */
  @Test
  void consolidatedFile_eachColumnUnderItsBlockTitle() {
    String file =
        ",History for 17 Sep 2025 Fed meeting,,History for 29 Oct 2025 Fed meeting,\n"
            + "Date,(400-425),(425-450),(375-400),(400-425)\n"
            + "2025/8/20,0.9,0.1,0.5,0.5\n"
            + "2025/8/21,1.0,0.0,,1.0\n";

    ParseResult r = Sources.parse("FedMeetingHistory_20250821.csv", ImportFormat.AUTO, file);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.CME_FEDWATCH_HISTORY);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("cme-fedwatch");
    assertThat(valueOn(series(r, "cme-fedwatch:m2025-09-17_400_425"), "2025-08-21")).isEqualTo(1);
    assertThat(valueOn(series(r, "cme-fedwatch:m2025-10-29_375_400"), "2025-08-20")).isEqualTo(0.5);
    assertThat(series(r, "cme-fedwatch:m2025-10-29_375_400").size()).isEqualTo(1);
    assertThat(r.stats().notes().get(0)).contains("1 cells at 0 and 1 blank cells");
  }

  @Test
  void badCells_refusedWithTheirPlace() {
    assertMalformedAt(
        1,
        1,
        "the meeting is named by the file, FedMeeting_YYYYMMDD.csv",
        () -> Sources.parse("probabilities.csv", ImportFormat.CME_FEDWATCH_MEETING, MEETING));
    assertMalformedAt(
        1,
        26,
        "a range must be 25 bp wide, found (375-450)",
        () ->
            Sources.parse(
                "FedMeeting_20250917.csv",
                ImportFormat.CME_FEDWATCH_MEETING,
                "Date,(325-350),(350-375),(375-450)\n2025/8/19,0.1,0.2,0.7\n"));
    assertMalformedAt(
        2,
        1,
        "expected a date YYYY/M/D, found '19.08.2025'",
        () ->
            Sources.parse(
                "FedMeeting_20250917.csv",
                ImportFormat.CME_FEDWATCH_MEETING,
                "Date,(325-350)\n19.08.2025,0.1\n"));
    assertMalformedAt(
        2,
        11,
        "a probability must be 0 to 1, found 36.5",
        () ->
            Sources.parse(
                "FedMeeting_20250917.csv",
                ImportFormat.CME_FEDWATCH_MEETING,
                "Date,(325-350)\n2025/8/19,36.5\n"));
  }

  /** A thousands separator in a range, as one locale's download writes it. */
  @Test
  void meetingFile_rangeWithAThousandsSeparator_read() {
    ParseResult r =
        Sources.parse(
            "FedMeeting_20250618.csv",
            ImportFormat.CME_FEDWATCH_MEETING,
            "Date,(975-1.000),(1.000-1.025)\n2025/6/17,0.25,0.75\n");

    assertThat(series(r, "cme-fedwatch-20250618:m2025-06-18_975_1000").value(0)).isEqualTo(0.25);
    assertThat(series(r, "cme-fedwatch-20250618:m2025-06-18_1000_1025").value(0)).isEqualTo(0.75);
  }

  /**
   * Page records: percent, " (Current)" marks the range in force, summary rows skipped, a day read
   * twice keeps its last reading, a meeting decided by the day skipped.
   */
  @Test
  void pages_percentCurrentRangeAndRepeatedReadings() {
    String file =
        "snapshot_date,meeting_date,rate_range,prob_now,prob_1d,prob_1w,prob_1m,is_most_likely,"
            + "contract,mid_price,current_target_rate\n"
            + "2026-07-13,2026-07-29,NO CHANGE,61.0,,,,True,,,\n"
            + "2026-07-13,2026-07-29,350-375 (Current),61.0,65.8,74.3,89.3,1,ZQN6,96.3688,"
            + "350-37563\n"
            + "2026-07-13,2026-07-29,375-400,39.0,34.2,25.7,8.3,0,ZQN6,96.3688,350-3750\n"
            + "2026-07-13,2026-07-29,350-375 (Current),60.0,65.8,74.3,89.3,1,ZQN6,96.3700,"
            + "350-37563\n"
            + "2026-07-13,2026-07-29,375-400,40.0,34.2,25.7,8.3,0,ZQN6,96.3700,350-3750\n"
            + "2026-07-29,2026-07-29,350-375 (Current),100.0,0,0,0,1,ZQN6,96.37,350-375\n";

    ParseResult r = Sources.parse("fedwatch_history.csv", ImportFormat.AUTO, file);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.CME_FEDWATCH_PAGES);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("cme-fedwatch-pages");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 7, 13));
    assertThat(valueOn(series(r, "cme-fedwatch-pages:m2026-07-29_350_375"), "2026-07-13"))
        .isEqualTo(0.6);
    assertThat(valueOn(series(r, "cme-fedwatch-pages:m2026-07-29_375_400"), "2026-07-13"))
        .isEqualTo(0.4);
    assertThat(valueOn(series(r, "cme-fedwatch-pages:current_upper"), "2026-07-13"))
        .isEqualTo(0.0375);
    assertThat(r.stats().rowsSkipped()).isEqualTo(2);
    assertThat(r.stats().firstSkipReasons())
        .containsExactly(
            "line 2 (NO CHANGE): a summary row, not a range",
            "line 7 (350-375 (Current)): the meeting of 2026-07-29 was decided by 2026-07-29");
    assertThat(r.stats().notes().get(0)).contains("2 rows repeat a day, meeting and range");
  }
}
