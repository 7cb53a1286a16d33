package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.rates.FomcMeeting;
import java.time.LocalDate;
import java.util.List;

/**
 * An FOMC calendar with flags, as QubitLogic/fd publishes it (1980–2023): {@code
 * date,unscheduled,forecast,confcall}, ISO dates and True/False flags. {@code date} is the decision
 * (last) day; the file gives no first day, so the start is the decision date.
 *
 * <p>Every row is stored. A row is a scheduled meeting when it is neither {@code unscheduled} nor a
 * {@code confcall}; unscheduled meetings and conference calls are kept with scheduled=false, as
 * they matter for the target-range history. {@code forecast} is the SEP flag. A second row with one
 * decision date is skipped.
 */
final class FomcCalendarFlagsReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.FOMC_CALENDAR_FLAGS,
          Detection.byColumns("date", "unscheduled", "confcall"),
          false,
          FomcCalendarFlagsReader::new);

  static final String DEFAULT_TARGET = "fomc-qubitlogic";
  static final List<String> COLUMNS = List.of("date", "unscheduled", "forecast", "confcall");

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.FOMC_CALENDAR_FLAGS);
    Header header = Header.of(csv, Records.requireHeader(csv, COLUMNS.toString()), COLUMNS);
    MeetingCollector meetings = new MeetingCollector(tally);
    int calls = 0;
    int unscheduled = 0;
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      LocalDate date = row.date("date");
      boolean isUnscheduled = row.bool("unscheduled");
      boolean sep = row.bool("forecast");
      boolean call = row.bool("confcall");
      calls += call ? 1 : 0;
      unscheduled += isUnscheduled ? 1 : 0;
      meetings.add(new FomcMeeting(date, date, !isUnscheduled && !call, sep), row.line());
    }
    tally.note(
        calls
            + " conference calls and "
            + unscheduled
            + " unscheduled meetings read, kept with scheduled=false;"
            + " the file gives no first day, so each start is its decision date");
    return meetings.result(
        csv.fileName(),
        source,
        target,
        "FOMC calendar with flags, " + Targets.baseName(csv.fileName()));
  }
}
