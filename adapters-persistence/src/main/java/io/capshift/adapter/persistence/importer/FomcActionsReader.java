package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.rates.FomcMeeting;
import java.time.LocalDate;
import java.util.List;

/**
 * FOMC communication events with 0/1 flags, as in the replication of Bauer, Lakdawala and Mueller
 * (1990–2020): {@code Date} (M/D/YYYY), {@code Type}, then {@code Press Conference}, {@code
 * Scheduled FOMC}, {@code Unscheduled FOMC}, {@code SEP}, … .
 *
 * <p>The file lists minutes, reports and other announcements besides meetings. A row is a meeting
 * when its {@code Type} is {@code FOMC Statement} (any case) and exactly one of {@code Scheduled
 * FOMC} and {@code Unscheduled FOMC} is 1; unscheduled ones are stored with scheduled=false. Any
 * other row is skipped with its reason; a statement with both flags is an error. {@code SEP} is the
 * SEP flag. The start is the decision date (the file gives no first day).
 */
final class FomcActionsReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.FOMC_ACTIONS,
          Detection.byColumns("date", "type", "scheduledfomc", "unscheduledfomc"),
          false,
          FomcActionsReader::new);

  static final String DEFAULT_TARGET = "fomc-actions";
  static final String STATEMENT = "FOMC Statement";
  static final List<String> COLUMNS =
      List.of("Date", "Type", "Scheduled FOMC", "Unscheduled FOMC", "SEP");

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.FOMC_ACTIONS);
    Header header = Header.of(csv, Records.requireHeader(csv, COLUMNS.toString()), COLUMNS);
    MeetingCollector meetings = new MeetingCollector(tally);
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      LocalDate date = row.date("Date", DateStyle.US);
      boolean scheduled = flag(row, "Scheduled FOMC");
      boolean unscheduled = flag(row, "Unscheduled FOMC");
      boolean sep = flag(row, "SEP");
      String type = row.text("Type");
      if (!type.equalsIgnoreCase(STATEMENT)) {
        tally.skip(row.line(), date.toString(), "Type " + Text.quote(type) + " is not a meeting");
        continue;
      }
      if (scheduled && unscheduled) {
        throw row.error(
            "Unscheduled FOMC", "a statement flagged both Scheduled FOMC and Unscheduled FOMC");
      }
      if (!scheduled && !unscheduled) {
        tally.skip(
            row.line(), date.toString(), "statement flagged neither scheduled nor unscheduled");
        continue;
      }
      meetings.add(new FomcMeeting(date, date, scheduled, sep), row.line());
    }
    tally.note(
        "kept rows of Type '"
            + STATEMENT
            + "' flagged Scheduled FOMC or Unscheduled FOMC (the latter with scheduled=false);"
            + " each start is its decision date");
    return meetings.result(
        csv.fileName(), source, target, "FOMC actions, " + Targets.baseName(csv.fileName()));
  }

  /** A 0/1 flag in column {@code name}. */
  private static boolean flag(Row row, String name) {
    String text = row.text(name);
    if (text.equals("0") || text.equals("1")) {
      return text.equals("1");
    }
    throw row.error(name, "expected 0 or 1 in column '" + name + "', found " + Text.quote(text));
  }
}
