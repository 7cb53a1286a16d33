package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.MalformedFileException;
import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.rates.FomcMeeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The meetings of a publisher's FOMC calendar, one per decision date: a later row with a decision
 * date already read is skipped and counted, and the first is kept. Builds the one {@code
 * FOMC_CALENDAR} dataset the FOMC readers return, as of the latest decision date.
 */
final class MeetingCollector {
  private final ImportTally tally;
  private final Map<LocalDate, Long> seen = new HashMap<>();
  private final List<FomcMeeting> meetings = new ArrayList<>();
  private int scheduled;
  private int sep;

  MeetingCollector(ImportTally tally) {
    this.tally = tally;
  }

  /** Keeps {@code meeting}, read on {@code line}, unless its decision date is already kept. */
  void add(FomcMeeting meeting, long line) {
    Long earlier = seen.putIfAbsent(meeting.decisionDate(), line);
    if (earlier != null) {
      tally.skip(
          line,
          meeting.decisionDate().toString(),
          "decision date already given on line " + earlier + "; the first is kept");
      return;
    }
    meetings.add(meeting);
    scheduled += meeting.scheduled() ? 1 : 0;
    sep += meeting.summaryOfEconomicProjections() ? 1 : 0;
    tally.stored();
  }

  /**
   * The calendar dataset, with a note counting scheduled, unscheduled and SEP meetings.
   *
   * @throws MalformedFileException if no meeting was kept
   */
  ParseResult result(String fileName, ImportSource source, String target, String sourceText) {
    if (meetings.isEmpty()) {
      throw new MalformedFileException(fileName, 0, 0, "the file lists no meetings");
    }
    FomcCalendar calendar = new FomcCalendar(meetings);
    List<FomcMeeting> sorted = calendar.meetings();
    LocalDate first = sorted.get(0).decisionDate();
    LocalDate last = sorted.get(sorted.size() - 1).decisionDate();
    tally.note(
        meetings.size()
            + " meetings "
            + first
            + " … "
            + last
            + ": "
            + scheduled
            + " scheduled, "
            + (meetings.size() - scheduled)
            + " with scheduled=false, "
            + sep
            + " with a Summary of Economic Projections");
    LocalDate asOf = tally.asOf(source, Optional.of(last));
    ParsedDataset dataset =
        new ParsedDataset(target, asOf, sourceText, new DatasetContent.Meetings(calendar));
    return new ParseResult(List.of(dataset), tally.stats());
  }
}
