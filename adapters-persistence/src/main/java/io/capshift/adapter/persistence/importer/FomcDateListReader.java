package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.rates.FomcMeeting;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A headerless list of FOMC dates, one {@code YYYY-MM-DD} a line (Tollan/fomc, 1936–2021).
 *
 * <p>The Board's historical listings behind such files hold scheduled meetings, unscheduled
 * meetings and conference calls alike, and the file cannot tell them apart. Every date is stored as
 * a meeting on that decision date with scheduled=false, meaning "not known to be scheduled", and
 * sep=false; a note says so. Use it as a list of FOMC dates, not as the scheduled calendar.
 */
final class FomcDateListReader implements FormatReader {
  private static final java.util.regex.Pattern ISO_DATE =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Its format, told by its first lines. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.FOMC_DATE_LIST,
          Detection.byLine(l -> l.first() && ISO_DATE.matcher(l.text()).matches()),
          false,
          FomcDateListReader::new);

  static final String DEFAULT_TARGET = "fomc-tollan";

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.FOMC_DATE_LIST);
    MeetingCollector meetings = new MeetingCollector(tally);
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      if (r.size() != 1) {
        throw csv.malformed(
            r.lines()[1],
            r.columns()[1] - 1,
            "expected one date a line, found " + r.size() + " fields");
      }
      String text = Text.clean(r.get(0));
      LocalDate date;
      try {
        date = DateStyle.ISO.parse(text);
      } catch (DateTimeException e) {
        throw csv.malformed(
            r.lines()[0],
            r.columns()[0],
            "expected " + DateStyle.ISO.description() + ", found " + Text.quote(text));
      }
      meetings.add(new FomcMeeting(date, date, false, false), r.line());
    }
    tally.note(
        "the file does not tell scheduled meetings from unscheduled ones and conference calls:"
            + " every date stored with scheduled=false (unknown) and sep=false;"
            + " do not use it where the scheduled calendar is needed");
    return meetings.result(
        csv.fileName(), source, target, "FOMC date list, " + Targets.baseName(csv.fileName()));
  }
}
