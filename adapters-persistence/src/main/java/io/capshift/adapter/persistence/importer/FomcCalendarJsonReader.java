package io.capshift.adapter.persistence.importer;

import io.capshift.adapter.persistence.importer.JsonReader.Member;
import io.capshift.adapter.persistence.importer.JsonReader.Value;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.MalformedFileException;
import io.capshift.domain.rates.FomcMeeting;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An FOMC calendar in JSON, as xiaoxxcc/fomc-calendar publishes the Board's calendar page: {@code
 * {"meta": {...}, "meetings": [{"year", "start_date", "end_date", "is_sep"}, ...]}}, ISO dates.
 *
 * <p>Read strictly: the document may have only {@code meta} and {@code meetings}, and a meeting
 * only those four members ({@code year} optional, and then equal to the year of {@code end_date}).
 * {@code meta} is free-form, except that a {@code count} must equal the number of meetings. The
 * Board's calendar page lists the scheduled meetings, so each is stored with scheduled=true; {@code
 * is_sep} is the SEP flag. A second meeting with one end date is skipped.
 */
final class FomcCalendarJsonReader {
  /** Its format: the one JSON format, told by a document whose first member list has "meetings". */
  static final FileFormat FORMAT =
      new FileFormat(
          ImportFormat.FOMC_CALENDAR_JSON,
          Detection.byHead(
              head -> {
                String text = head.replace("\uFEFF", "").strip();
                // CME FedWatch page records also list "meetings", under a snapshot date
                return text.startsWith("{")
                    && text.contains("\"meetings\"")
                    && !text.contains("\"snapshot_date\"");
              }),
          false,
          (content, source, format) ->
              new FomcCalendarJsonReader(source.fileName()).read(content, source));

  static final String DEFAULT_TARGET = "fomc-calendar-json";
  private static final Set<String> DOCUMENT = Set.of("meta", "meetings");
  private static final Set<String> MEETING = Set.of("year", "start_date", "end_date", "is_sep");

  private final String fileName;

  FomcCalendarJsonReader(String fileName) {
    this.fileName = fileName;
  }

  ParseResult read(InputStream content, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.FOMC_CALENDAR_JSON);
    Value doc = JsonReader.read(content, fileName);
    requireObject(doc, "the document", DOCUMENT);
    Value list =
        doc.member("meetings")
            .orElseThrow(() -> error(doc, "the document has no 'meetings' member"))
            .value();
    if (!list.isArray()) {
      throw error(list, "expected 'meetings' to be an array");
    }
    doc.member("meta").ifPresent(meta -> checkMeta(meta.value(), list.elements().size()));
    MeetingCollector meetings = new MeetingCollector(tally);
    for (Value m : list.elements()) {
      tally.read();
      meetings.add(meeting(m), m.line());
    }
    tally.note(
        "every meeting stored as scheduled: the Board's calendar page lists scheduled meetings");
    return meetings.result(
        fileName, source, target, "FOMC calendar JSON, " + Targets.baseName(fileName));
  }

  private FomcMeeting meeting(Value m) {
    requireObject(m, "a meeting", MEETING);
    for (String name : List.of("start_date", "end_date", "is_sep")) {
      if (m.member(name).isEmpty()) {
        throw error(m, "the meeting has no '" + name + "' member (expected " + MEETING + ")");
      }
    }
    Value startValue = m.member("start_date").orElseThrow().value();
    LocalDate start = date(startValue, "start_date");
    LocalDate end = date(m.member("end_date").orElseThrow().value(), "end_date");
    Value sep = m.member("is_sep").orElseThrow().value();
    if (!(sep.value() instanceof Boolean)) {
      throw error(sep, "expected true or false in 'is_sep'");
    }
    m.member("year").ifPresent(year -> checkYear(year.value(), end));
    if (start.isAfter(end)) {
      throw error(startValue, "start_date " + start + " is after end_date " + end);
    }
    return new FomcMeeting(start, end, true, (Boolean) sep.value());
  }

  private void checkYear(Value year, LocalDate end) {
    if (!(year.value() instanceof BigDecimal n)
        || n.compareTo(BigDecimal.valueOf(end.getYear())) != 0) {
      throw error(year, "expected 'year' to be " + end.getYear() + ", the year of end_date");
    }
  }

  private void checkMeta(Value meta, int meetings) {
    requireObject(meta, "'meta'", Set.of());
    meta.member("count")
        .map(Member::value)
        .filter(count -> !isNumber(count, meetings))
        .ifPresent(
            count -> {
              throw error(count, "'count' does not equal the " + meetings + " meetings listed");
            });
  }

  private static boolean isNumber(Value v, int expected) {
    return v.value() instanceof BigDecimal n && n.compareTo(BigDecimal.valueOf(expected)) == 0;
  }

  private LocalDate date(Value v, String name) {
    if (v.value() instanceof String s) {
      try {
        return DateStyle.ISO.parse(s);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    String found = v.value() instanceof String s ? Text.quote(s) : "a non-string";
    throw error(
        v, "expected " + DateStyle.ISO.description() + " in '" + name + "', found " + found);
  }

  /** {@code v} must be an object with members from {@code known} only (any when empty). */
  private void requireObject(Value v, String what, Set<String> known) {
    if (!v.isObject()) {
      throw error(v, "expected " + what + " to be a JSON object");
    }
    if (known.isEmpty()) {
      return;
    }
    for (Member m : v.members()) {
      if (!known.contains(m.name())) {
        throw new MalformedFileException(
            fileName,
            m.line(),
            m.column(),
            "unknown member "
                + Text.quote(m.name())
                + " (known: "
                + new java.util.TreeSet<>(known)
                + ")");
      }
    }
  }

  private MalformedFileException error(Value at, String problem) {
    return new MalformedFileException(fileName, at.line(), at.column(), problem);
  }
}
