package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Daily records of CME FedWatch's page (docs/data-formats.md): header {@code
 * snapshot_date,meeting_date,rate_range,prob_now,…}, one row per day, meeting and range, {@code
 * rate_range} as {@code 350-375} (with " (Current)" on the range in force), {@code prob_now} the
 * percent CME showed that day. Summary rows ({@code NO CHANGE}, {@code HIKE}, {@code EASE}) are
 * skipped. A day recorded more than once keeps its last row, as the latest reading of that day. An
 * optional {@code current_target_rate} column (the range in force, {@code 350-375}) is stored as
 * the series {@code current_upper}, the upper bound, decimal. Stored like CME's downloads ({@link
 * CmeFedWatchReader}): {@code cme-fedwatch:m2026-09-16_375_400}.
 */
final class CmeFedWatchPagesReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.CME_FEDWATCH_PAGES,
          Detection.byColumns("snapshot_date", "meeting_date", "rate_range", "prob_now"),
          false,
          CmeFedWatchPagesReader::new);

  private static final List<String> COLUMNS =
      List.of("snapshot_date", "meeting_date", "rate_range", "prob_now");
  private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)( \\(current\\))?");

  /** The series of the upper bound of the range in force each day. */
  static final String CURRENT_UPPER = "current_upper";

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    ImportTally tally = new ImportTally(ImportFormat.CME_FEDWATCH_PAGES);
    CsvRecord first = Records.requireHeader(csv, String.join(",", COLUMNS) + ",...");
    Header header = Header.of(csv, first, COLUMNS);
    String target = Targets.fromSource(source).orElse(CmeFedWatchReader.TARGET + "-pages");
    Map<String, TreeMap<LocalDate, Double>> points = new TreeMap<>();
    TreeMap<LocalDate, Double> current = new TreeMap<>();
    LocalDate last = null;
    int replaced = 0;
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      LocalDate day = row.date("snapshot_date", DateStyle.ISO);
      LocalDate meeting = row.date("meeting_date", DateStyle.ISO);
      String range = row.text("rate_range");
      Matcher m = RANGE.matcher(range.toLowerCase(java.util.Locale.US));
      if (!m.matches()) {
        tally.skip(r.line(), range, "a summary row, not a range");
        continue;
      }
      int lo = Integer.parseInt(m.group(1));
      int hi = Integer.parseInt(m.group(2));
      if (hi - lo != 25) {
        throw row.error("rate_range", "a range must be 25 bp wide, found " + range);
      }
      double pct =
          row.percent("prob_now")
              .orElseThrow(
                  () -> row.error("prob_now", "expected the percent CME showed, found nothing"));
      if (pct < 0) {
        throw row.error(
            "prob_now", "a probability cannot be negative, found " + row.text("prob_now"));
      }
      if (!meeting.isAfter(day)) {
        tally.skip(r.line(), range, "the meeting of " + meeting + " was decided by " + day);
        continue;
      }
      if (m.group(3) != null) {
        current.put(day, hi / 10_000.0);
      }
      String name = "m" + meeting + "_" + lo + "_" + hi;
      Double before = points.computeIfAbsent(name, k -> new TreeMap<>()).put(day, pct);
      if (before != null) {
        replaced++;
      }
      tally.stored();
      last = last == null || day.isAfter(last) ? day : last;
    }
    if (last == null) {
      throw csv.malformed(first.line(), 1, "no range with a probability in the file");
    }
    List<TimeSeries> series = new ArrayList<>();
    points.forEach(
        (name, byDay) -> {
          List<Observation> obs = new ArrayList<>();
          byDay.forEach(
              (d, p) -> {
                if (p > 0) {
                  obs.add(new Observation(d, p));
                }
              });
          if (!obs.isEmpty()) {
            series.add(
                TimeSeries.of(
                    target + ":" + name,
                    "probability (0 to 1) CME FedWatch published that day",
                    obs));
          }
        });
    if (!current.isEmpty()) {
      List<Observation> obs = new ArrayList<>();
      current.forEach((d, upper) -> obs.add(new Observation(d, upper)));
      series.add(
          TimeSeries.of(
              target + ":" + CURRENT_UPPER,
              "decimal rate, upper bound of the target range in force, as the page showed it",
              obs));
    }
    tally.note(
        "stored "
            + series.size()
            + " series: one per meeting and range, and the range in force each day; "
            + replaced
            + " rows repeat a day, meeting and range and replace the earlier reading");
    return Records.one(
        new ParsedDataset(
            target,
            tally.asOf(source, Optional.of(last)),
            "CME FedWatch page records, " + Targets.baseName(csv.fileName()),
            new DatasetContent.SeriesSet(series)),
        tally);
  }
}
