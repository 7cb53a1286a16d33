package io.capshift.adapter.persistence.importer;

import static io.capshift.adapter.persistence.importer.Sources.series;
import static io.capshift.adapter.persistence.importer.Sources.valueOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.history.TimeSeries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** CME FedWatch's files in ../shared/data/cme-fedwatch-history, read as published. */
class RealCmeFedWatchTest {
  private static final String DIR = "cme-fedwatch-history/";

  /** The check SOURCE.md gives: the 10 Dec 2025 meeting as published on 2025-08-20. */
  @Test
  void december2025Meeting_onAugust20_asPublished() {
    ParseResult r = SharedData.parse(DIR + "FedMeeting_20251210.csv", ImportFormat.AUTO);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.CME_FEDWATCH_MEETING);
    assertThat(r.stats().rowsStored()).isEqualTo(195);
    String p = "cme-fedwatch-20251210:m2025-12-10_";
    assertThat(valueOn(series(r, p + "350_375"), "2025-08-20")).isCloseTo(0.365, within(0.0005));
    assertThat(valueOn(series(r, p + "375_400"), "2025-08-20")).isCloseTo(0.463, within(0.0005));
    assertThat(valueOn(series(r, p + "400_425"), "2025-08-20")).isCloseTo(0.156, within(0.0005));
    assertThat(valueOn(series(r, p + "425_450"), "2025-08-20")).isCloseTo(0.016, within(0.0005));
  }

  /** The consolidated download and the meeting's own file agree on every day both cover. */
  @Test
  void consolidatedFile_agreesWithTheMeetingsOwnFile() {
    ParseResult all = SharedData.parse(DIR + "FedMeetingHistory_20250821.csv", ImportFormat.AUTO);
    ParseResult one = SharedData.parse(DIR + "FedMeeting_20251029.csv", ImportFormat.AUTO);

    assertThat(all.stats().format()).isEqualTo(ImportFormat.CME_FEDWATCH_HISTORY);
    int compared = 0;
    for (TimeSeries s : Sources.series(one)) {
      String name = s.id().substring(s.id().indexOf(':') + 1);
      TimeSeries same = series(all, "cme-fedwatch:" + name);
      for (int i = 0; i < s.size(); i++) {
        assertThat(valueOn(same, s.date(i).toString()))
            .as("%s on %s", name, s.date(i))
            .isEqualTo(s.value(i));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(1_000);
  }

  /** The page records of 2026-07-13: the July meeting 61/39 between hold and a hike. */
  @Test
  void pageRecords_july2026() {
    ParseResult r =
        SharedData.parse(DIR + "daily-page-scrapes-2026/fedwatch_history.csv", ImportFormat.AUTO);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.CME_FEDWATCH_PAGES);
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 8, 22));
    assertThat(valueOn(series(r, "cme-fedwatch-pages:m2026-07-29_350_375"), "2026-07-13"))
        .isCloseTo(0.61, within(1e-12));
    assertThat(valueOn(series(r, "cme-fedwatch-pages:m2026-07-29_375_400"), "2026-07-13"))
        .isCloseTo(0.39, within(1e-12));
    assertThat(valueOn(series(r, "cme-fedwatch-pages:current_upper"), "2026-07-13"))
        .isEqualTo(0.0375);
  }
}
