package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.rates.TargetRange;
import io.capshift.domain.rates.TargetRangeHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * capshift's federal funds target-range CSV: '#' comment lines, then {@code effective_date,
 * lower_percent,upper_percent}, bounds in percent (4.25) stored as decimal rates (0.0425). The
 * as-of date is the latest effective date unless the user gives one.
 */
final class TargetRangesReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.CAPSHIFT_TARGET_RANGES,
          Detection.byColumns("effective_date", "upper_percent"),
          true,
          TargetRangesReader::new);

  static final String DEFAULT_TARGET = "fed-target-range";
  static final List<String> COLUMNS = List.of("effective_date", "lower_percent", "upper_percent");

  /** Bounds outside ±100% are typos (425 for 4.25), not rates. */
  private static final double MAX_PERCENT = 100;

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.CAPSHIFT_TARGET_RANGES);
    Header header = Header.of(csv, Records.requireHeader(csv, COLUMNS.toString()), COLUMNS);
    List<TargetRange> ranges = new ArrayList<>();
    Map<LocalDate, Long> seen = new HashMap<>();
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      ranges.add(range(new Row(csv, header, r), seen));
      tally.stored();
    }
    if (ranges.isEmpty()) {
      throw csv.malformed(0, 0, "the file lists no target ranges");
    }
    TargetRangeHistory history = new TargetRangeHistory(ranges);
    LocalDate last = history.changes().get(history.changes().size() - 1).effectiveDate();
    LocalDate asOf = tally.asOf(source, Optional.of(last));
    String sourceText = "capshift target ranges, " + Targets.baseName(csv.fileName());
    ParsedDataset dataset =
        new ParsedDataset(target, asOf, sourceText, new DatasetContent.TargetRanges(history));
    return new ParseResult(List.of(dataset), tally.stats());
  }

  /** The range of {@code row}; {@code seen} maps effective dates read so far to their line. */
  private static TargetRange range(Row row, Map<LocalDate, Long> seen) {
    LocalDate date = row.date("effective_date");
    double lower = percent(row, "lower_percent");
    double upper = percent(row, "upper_percent");
    if (lower > upper) {
      throw row.error("lower_percent", "lower_percent is above upper_percent");
    }
    Long earlier = seen.putIfAbsent(date, row.line());
    if (earlier != null) {
      throw row.error(
          "effective_date", "effective date " + date + " is already given on line " + earlier);
    }
    return new TargetRange(date, lower, upper);
  }

  /** The decimal rate of a percent cell: 4.25 gives 0.0425. */
  private static double percent(Row row, String column) {
    String text = row.text(column);
    try {
      double pct = NumberStyle.PLAIN.parse(text);
      if (Math.abs(pct) <= MAX_PERCENT) {
        return NumberStyle.PLAIN.parsePercent(text);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw row.error(
        column,
        "expected a percent between -100 and 100 in column '"
            + column
            + "', found "
            + Text.quote(text));
  }
}
