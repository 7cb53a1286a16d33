package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CME FedWatch's downloadable probability history (docs/data-formats.md): for each FOMC meeting,
 * the probability CME published each business day that the target range after the meeting is each
 * 25 bp range. Two layouts:
 *
 * <ul>
 *   <li>{@link #MEETING}: {@code FedMeeting_YYYYMMDD.csv}, one meeting, named by the file (its
 *       decision day); header {@code Date,(0-25),(25-50),…}; dates {@code YYYY/M/D}; cells are
 *       fractions 0 to 1.
 *   <li>{@link #HISTORY}: {@code FedMeetingHistory_*.csv}, every meeting side by side: a first row
 *       of block titles ("History for 17 Sep 2025 Fed meeting"), then the same header and rows.
 * </ul>
 *
 * Stored under {@value #TARGET} as one series per meeting and range, {@code m2025-09-17_350_375},
 * with the days that range had a probability above zero (a blank cell is a range CME did not show,
 * a zero one it showed at 0%; neither is stored). The as-of date is the last publication day in the
 * file: each row is what CME published that day and is never revised.
 */
final class CmeFedWatchReader implements FormatReader {
  /** One meeting's file. */
  static final FileFormat MEETING =
      FileFormat.csv(
          ImportFormat.CME_FEDWATCH_MEETING,
          Detection.byLine(
              l ->
                  l.cells().size() > 1
                      && l.cells().get(0).equals("date")
                      && l.cells().get(1).matches("\\(\\d+-\\d+\\)")),
          false,
          () -> new CmeFedWatchReader(false));

  /** The consolidated file of every meeting. */
  static final FileFormat HISTORY =
      FileFormat.csv(
          ImportFormat.CME_FEDWATCH_HISTORY,
          Detection.byLine(
              l -> l.first() && l.text().contains("historyfor") && l.text().contains("fedmeeting")),
          false,
          () -> new CmeFedWatchReader(true));

  /**
   * The target of the consolidated download, and the start of every CME FedWatch target: a
   * meeting's file is stored as {@code cme-fedwatch-20250917} and page records as {@code
   * cme-fedwatch-pages}, so that files of one day do not replace each other.
   */
  static final String TARGET = "cme-fedwatch";

  private static final Pattern FILE_MEETING = Pattern.compile("(?i)FedMeeting_(\\d{8})");

  /** "(350-375)"; a download of some locales writes "(975-1.000)". */
  private static final Pattern RANGE = Pattern.compile("\\((\\d[\\d.,]*)-(\\d[\\d.,]*)\\)");

  private static final Pattern TITLE =
      Pattern.compile("History for (\\d{1,2} \\w{3} \\d{4}) Fed meeting");
  private static final DateTimeFormatter TITLE_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final double MAX_PROBABILITY = 1 + 1e-6;

  private final boolean consolidated;

  private CmeFedWatchReader(boolean consolidated) {
    this.consolidated = consolidated;
  }

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    ImportTally tally =
        new ImportTally(
            consolidated ? ImportFormat.CME_FEDWATCH_HISTORY : ImportFormat.CME_FEDWATCH_MEETING);
    CsvRecord first = Records.nextContent(csv);
    if (first == null) {
      throw csv.malformed(0, 0, "the file is empty");
    }
    CsvRecord header = consolidated ? Records.nextContent(csv) : first;
    if (header == null) {
      throw csv.malformed(first.line(), 1, "the block titles are not followed by a header");
    }
    LocalDate[] meetingOf = meetings(csv, consolidated ? first : null, header);
    String target =
        Targets.fromSource(source)
            .orElse(
                consolidated
                    ? TARGET
                    : TARGET + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(meetingOf[1]));
    int[][] rangeOf = ranges(csv, header);
    // series name -> date -> probability
    Map<String, TreeMap<LocalDate, Double>> points = new TreeMap<>();
    LocalDate last = null;
    int zeros = 0;
    int blanks = 0;
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      LocalDate day = date(csv, r);
      if (r.size() > header.size()) {
        throw csv.malformed(
            r.line(), r.columns()[header.size()], "more cells than the header's " + header.size());
      }
      boolean any = false;
      for (int c = 1; c < r.size(); c++) {
        String cell = Text.clean(r.get(c));
        if (cell.isEmpty()) {
          blanks++;
          continue;
        }
        double p = probability(csv, r, c, cell);
        any = true;
        if (p == 0) {
          zeros++;
          continue;
        }
        String name = "m" + meetingOf[c] + "_" + rangeOf[c][0] + "_" + rangeOf[c][1];
        points.computeIfAbsent(name, k -> new TreeMap<>()).put(day, p);
      }
      if (!any) {
        tally.skip(r.line(), day.toString(), "no probability on the row");
        continue;
      }
      tally.stored();
      last = last == null || day.isAfter(last) ? day : last;
    }
    if (points.isEmpty() || last == null) {
      throw csv.malformed(header.line(), 1, "no probability above zero in the file");
    }
    List<TimeSeries> series = new ArrayList<>();
    points.forEach(
        (name, byDay) -> {
          List<Observation> obs = new ArrayList<>();
          byDay.forEach((d, p) -> obs.add(new Observation(d, p)));
          series.add(
              TimeSeries.of(
                  target + ":" + name,
                  "probability (0 to 1) CME FedWatch published that day",
                  obs));
        });
    tally.note(
        "stored "
            + series.size()
            + " meeting-and-range series; "
            + zeros
            + " cells at 0 and "
            + blanks
            + " blank cells (a range CME did not show) not stored");
    return Records.one(
        new ParsedDataset(
            target,
            tally.asOf(source, Optional.of(last)),
            "CME FedWatch history, " + Targets.baseName(csv.fileName()),
            new DatasetContent.SeriesSet(series)),
        tally);
  }

  /** The meeting of each column: the file's, or the block title above it. */
  private LocalDate[] meetings(CsvReader csv, CsvRecord titles, CsvRecord header) {
    LocalDate[] out = new LocalDate[header.size()];
    if (titles == null) {
      Matcher m = FILE_MEETING.matcher(csv.fileName());
      if (!m.find()) {
        throw csv.malformed(
            header.line(),
            1,
            "the meeting is named by the file, FedMeeting_YYYYMMDD.csv (its decision day), as CME"
                + " downloads it; rename the file");
      }
      LocalDate meeting;
      try {
        meeting = LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE);
      } catch (DateTimeParseException e) {
        throw csv.malformed(header.line(), 1, "the file name's date " + m.group(1) + " is no date");
      }
      java.util.Arrays.fill(out, meeting);
      return out;
    }
    LocalDate current = null;
    for (int c = 1; c < header.size(); c++) {
      if (c < titles.size()) {
        Matcher m = TITLE.matcher(Text.clean(titles.get(c)));
        if (m.find()) {
          try {
            current = LocalDate.parse(m.group(1), TITLE_DATE);
          } catch (DateTimeParseException e) {
            throw csv.malformed(
                titles.line(),
                titles.columns()[c],
                "the title's date " + m.group(1) + " is no date");
          }
        }
      }
      if (current == null) {
        throw csv.malformed(
            titles.line(),
            titles.columns()[Math.min(c, titles.size() - 1)],
            "expected a title 'History for D Mon YYYY Fed meeting' above the first range");
      }
      out[c] = current;
    }
    return out;
  }

  /** The range of each column in basis points, from "(350-375)". */
  private static int[][] ranges(CsvReader csv, CsvRecord header) {
    if (!Text.clean(header.get(0)).equalsIgnoreCase("Date")) {
      throw csv.malformed(header.line(), 1, "expected the first column to be Date");
    }
    int[][] out = new int[header.size()][];
    for (int c = 1; c < header.size(); c++) {
      Matcher m = RANGE.matcher(Text.clean(header.get(c)));
      if (!m.matches()) {
        throw csv.malformed(
            header.line(),
            header.columns()[c],
            "expected a range in basis points such as (350-375), found "
                + Text.quote(header.get(c)));
      }
      int lo = Integer.parseInt(m.group(1).replaceAll("[.,]", ""));
      int hi = Integer.parseInt(m.group(2).replaceAll("[.,]", ""));
      if (hi - lo != 25) {
        throw csv.malformed(
            header.line(),
            header.columns()[c],
            "a range must be 25 bp wide, found " + header.get(c));
      }
      out[c] = new int[] {lo, hi};
    }
    return out;
  }

  private static LocalDate date(CsvReader csv, CsvRecord r) {
    try {
      return DateStyle.YMD_SLASH.parse(Text.clean(r.get(0)));
    } catch (DateTimeException e) {
      throw csv.malformed(
          r.line(), r.columns()[0], "expected a date YYYY/M/D, found " + Text.quote(r.get(0)));
    }
  }

  private static double probability(CsvReader csv, CsvRecord r, int c, String cell) {
    double p;
    try {
      p = Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw csv.malformed(
          r.line(), r.columns()[c], "expected a probability 0 to 1, found " + Text.quote(cell));
    }
    if (!(p >= 0 && p <= MAX_PROBABILITY)) {
      throw csv.malformed(r.line(), r.columns()[c], "a probability must be 0 to 1, found " + cell);
    }
    return Math.min(p, 1);
  }
}
