package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.earnings.QuarterlyEarnings;
import io.capshift.domain.earnings.QuarterlyEarnings.Status;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * S&amp;P DJI's quarterly S&amp;P 500 EPS table (sheet ESTIMATES&amp;PEs of {@code
 * sp-500-eps-est.xlsx}): {@code quarter_end}, {@code status} (actual, estimate, estimate_partial),
 * {@code index_price} (blank for future quarters) and one quarter's operating and as-reported EPS
 * (USD per index share). The trailing and P/E columns are not stored: they follow from the
 * quarters. Rows may come in any order (the sheet lists the newest first); they are stored in
 * quarter order. The as-of date is the latest quarter with an index price.
 */
final class SpdjiQuarterlyEpsReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.SPDJI_QUARTERLY_EPS,
          Detection.byColumns("quarter_end", "operating_eps_qtr"),
          false,
          SpdjiQuarterlyEpsReader::new);

  static final String DEFAULT_TARGET = "sp500-eps";
  static final List<String> COLUMNS =
      List.of("quarter_end", "status", "index_price", "operating_eps_qtr", "as_reported_eps_qtr");
  private static final Map<String, Status> STATUSES =
      Map.of(
          "actual", Status.ACTUAL,
          "estimate", Status.ESTIMATE,
          "estimate_partial", Status.PARTIAL,
          "partial", Status.PARTIAL);

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.SPDJI_QUARTERLY_EPS);
    Header header = Header.of(csv, Records.requireHeader(csv, COLUMNS.toString()), COLUMNS);
    List<QuarterlyEarnings> quarters = new ArrayList<>();
    Map<LocalDate, Long> seen = new HashMap<>();
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      QuarterlyEarnings q = quarter(new Row(csv, header, r), seen, tally);
      if (q != null) {
        quarters.add(q);
        tally.stored();
      }
    }
    if (quarters.isEmpty()) {
      throw csv.malformed(0, 0, "no usable row: every data row was skipped or there were none");
    }
    quarters.sort(Comparator.comparing(QuarterlyEarnings::quarterEnd));
    Optional<LocalDate> lastPriced =
        quarters.stream()
            .filter(q -> q.indexPrice().isPresent())
            .map(QuarterlyEarnings::quarterEnd)
            .reduce((a, b) -> b);
    note(quarters, tally);
    if (source.asOf().isEmpty()) {
      lastPriced.ifPresent(d -> tally.note("as-of date: the latest quarter with an index price"));
    }
    String sourceText =
        "S&P Dow Jones Indices, S&P 500 earnings and estimates, "
            + Targets.baseName(csv.fileName());
    ParsedDataset dataset =
        new ParsedDataset(
            target,
            tally.asOf(source, lastPriced),
            sourceText,
            new DatasetContent.QuarterlyEps(quarters));
    return Records.one(dataset, tally);
  }

  private static QuarterlyEarnings quarter(Row row, Map<LocalDate, Long> seen, ImportTally tally) {
    LocalDate end = row.date("quarter_end");
    if (end.getMonthValue() % 3 != 0 || !end.equals(end.with(TemporalAdjusters.lastDayOfMonth()))) {
      throw row.error("quarter_end", "quarter_end " + end + " is not the last day of a quarter");
    }
    Long earlier = seen.putIfAbsent(end, row.line());
    if (earlier != null) {
      throw row.error("quarter_end", "quarter " + end + " is already given on line " + earlier);
    }
    Status status = STATUSES.get(row.text("status").toLowerCase(Locale.US));
    if (status == null) {
      throw row.error(
          "status",
          "expected actual, estimate or estimate_partial in column 'status', found "
              + Text.quote(row.text("status")));
    }
    OptionalDouble price = row.number("index_price", NumberStyle.PLAIN);
    OptionalDouble operating = row.number("operating_eps_qtr", NumberStyle.PLAIN);
    OptionalDouble reported = row.number("as_reported_eps_qtr", NumberStyle.PLAIN);
    if (operating.isEmpty() && reported.isEmpty()) {
      tally.skip(row.line(), end.toString(), "no operating or as-reported EPS");
      return null;
    }
    if (price.isPresent() && price.getAsDouble() <= 0) {
      throw row.error("index_price", "index_price must be above 0, found " + price.getAsDouble());
    }
    return new QuarterlyEarnings(end, status, price, operating, reported);
  }

  private static void note(List<QuarterlyEarnings> quarters, ImportTally tally) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    quarters.forEach(q -> counts.merge(q.status(), 1, Integer::sum));
    tally.note(
        "stored "
            + quarters.size()
            + " quarters "
            + quarters.get(0).quarterEnd()
            + ".."
            + quarters.get(quarters.size() - 1).quarterEnd()
            + " (actual "
            + counts.getOrDefault(Status.ACTUAL, 0)
            + ", partial "
            + counts.getOrDefault(Status.PARTIAL, 0)
            + ", estimate "
            + counts.getOrDefault(Status.ESTIMATE, 0)
            + "): quarterly operating and as-reported EPS, index price at quarter end");
    quarters.stream()
        .filter(q -> q.status() == Status.ACTUAL)
        .reduce((a, b) -> b)
        .ifPresent(q -> tally.note("latest actual quarter " + q.quarterEnd()));
    quarters.stream()
        .filter(q -> q.status() == Status.PARTIAL)
        .forEach(q -> tally.note("quarter " + q.quarterEnd() + " is partly reported (PARTIAL)"));
    tally.note(
        "trailing-12-month EPS and P/E columns are not stored: they follow from the quarters");
  }
}
