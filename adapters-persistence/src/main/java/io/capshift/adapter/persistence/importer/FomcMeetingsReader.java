package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.rates.FomcMeeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * capshift's FOMC meetings CSV: '#' comment lines, then {@code start_date,decision_date,
 * scheduled,sep} with ISO dates and true/false flags. The as-of date is the latest decision date in
 * the file unless the user gives one.
 */
final class FomcMeetingsReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.CAPSHIFT_FOMC_MEETINGS,
          Detection.byColumns("start_date", "decision_date"),
          true,
          FomcMeetingsReader::new);

  static final String DEFAULT_TARGET = "fomc-calendar";
  static final List<String> COLUMNS = List.of("start_date", "decision_date", "scheduled", "sep");

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.CAPSHIFT_FOMC_MEETINGS);
    Header header = Header.of(csv, Records.requireHeader(csv, COLUMNS.toString()), COLUMNS);
    List<FomcMeeting> meetings = new ArrayList<>();
    Map<LocalDate, Long> seen = new HashMap<>();
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      meetings.add(meeting(new Row(csv, header, r), seen));
      tally.stored();
    }
    if (meetings.isEmpty()) {
      throw csv.malformed(0, 0, "the file lists no meetings");
    }
    FomcCalendar calendar = new FomcCalendar(meetings);
    List<FomcMeeting> sorted = calendar.meetings();
    LocalDate last = sorted.get(sorted.size() - 1).decisionDate();
    LocalDate asOf = tally.asOf(source, Optional.of(last));
    String sourceText = "capshift FOMC meetings, " + Targets.baseName(csv.fileName());
    ParsedDataset dataset =
        new ParsedDataset(target, asOf, sourceText, new DatasetContent.Meetings(calendar));
    return new ParseResult(List.of(dataset), tally.stats());
  }

  /** The meeting of {@code row}; {@code seen} maps decision dates read so far to their line. */
  private static FomcMeeting meeting(Row row, Map<LocalDate, Long> seen) {
    LocalDate start = row.date("start_date");
    LocalDate decision = row.date("decision_date");
    if (start.isAfter(decision)) {
      throw row.error("start_date", "start_date " + start + " is after decision_date " + decision);
    }
    Long earlier = seen.putIfAbsent(decision, row.line());
    if (earlier != null) {
      throw row.error(
          "decision_date", "decision date " + decision + " is already given on line " + earlier);
    }
    return new FomcMeeting(start, decision, row.bool("scheduled"), row.bool("sep"));
  }
}
