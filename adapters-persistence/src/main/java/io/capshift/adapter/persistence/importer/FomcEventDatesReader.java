package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.rates.FomcMeeting;
import java.time.LocalDate;
import java.util.List;

/**
 * FOMC statement days as an event list ({@code fomc_dates.csv} of fed-cut-monitor): {@code
 * event_date,event_name,event_type}, ISO dates. Rows of {@code event_type} {@code fomc} (any case)
 * are the Board's scheduled meetings and are stored with scheduled=true; other event types are
 * skipped. The file gives neither a first day nor SEP releases: the start is the decision date and
 * SEP is stored as false, and a note says so.
 */
final class FomcEventDatesReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.FOMC_EVENT_DATES,
          Detection.byColumns("event_date", "event_type"),
          false,
          FomcEventDatesReader::new);

  static final String DEFAULT_TARGET = "fomc-dates";
  static final List<String> COLUMNS = List.of("event_date", "event_name", "event_type");

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.FOMC_EVENT_DATES);
    Header header = Header.of(csv, Records.requireHeader(csv, COLUMNS.toString()), COLUMNS);
    MeetingCollector meetings = new MeetingCollector(tally);
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      LocalDate date = row.date("event_date");
      String type = row.text("event_type");
      if (!type.equalsIgnoreCase("fomc")) {
        tally.skip(row.line(), date.toString(), "event_type " + Text.quote(type) + " is not fomc");
        continue;
      }
      meetings.add(new FomcMeeting(date, date, true, false), row.line());
    }
    tally.note(
        "every fomc event stored as a scheduled meeting; the file gives no first day and no SEP"
            + " releases: each start is its decision date and sep is false");
    return meetings.result(
        csv.fileName(), source, target, "FOMC event dates, " + Targets.baseName(csv.fileName()));
  }
}
