package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.valuation.PublishedMetric;
import io.capshift.domain.valuation.PublishedMetric.Metric;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * S&amp;P DJI's record of how the S&amp;P 500's consensus EPS estimates moved: {@code observation}
 * (the date the estimates were published, "2026-01-30 (current)" on the last row), {@code
 * eps_<year>E} per estimated year (USD per index share), {@code index_price}. Each row is one
 * publication, stored as {@code sp500} figures dated by it: the index level, and each year's
 * estimate as the current year's ({@code EPS_ESTIMATE_CURRENT_YEAR}) or the next year's ({@code
 * EPS_ESTIMATE_NEXT_YEAR}) of that date; an estimate of another year is not stored (noted). The
 * quarterly estimate columns ({@code eps_Q4_2025E}) and the P/E columns (the level over those
 * estimates) are not stored. The as-of date is the user's, else the last observation.
 */
final class SpdjiEstimateSnapshotsReader implements FormatReader {
  private static final Pattern EPS_YEAR = Pattern.compile("eps_(\\d{4})e");

  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.SPDJI_EPS_ESTIMATE_SNAPSHOTS,
          Detection.byLine(
              l ->
                  l.has("observation", "index_price")
                      && l.cells().stream().anyMatch(c -> EPS_YEAR.matcher(c).matches())),
          false,
          SpdjiEstimateSnapshotsReader::new);

  static final String DEFAULT_TARGET = "spdji-eps-snapshots";
  static final String INDEX = "sp500";
  private static final List<String> COLUMNS = List.of("observation", "index_price");
  private static final Pattern OBSERVATION =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})( \\(current\\))?");

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.SPDJI_EPS_ESTIMATE_SNAPSHOTS);
    CsvRecord first = Records.requireHeader(csv, "observation, eps_<year>E..., index_price");
    Header header = Header.of(csv, first, COLUMNS);
    Map<String, Integer> years = new java.util.LinkedHashMap<>();
    for (String name : first.fields()) {
      Matcher m = EPS_YEAR.matcher(Header.key(name));
      if (m.matches()) {
        years.put(name, Integer.parseInt(m.group(1)));
      }
    }
    if (years.isEmpty()) {
      throw csv.malformed(first.line(), 1, "the header has no column eps_<year>E (e.g. eps_2025E)");
    }
    String src = "S&P DJI, S&P 500 consensus EPS estimates as published on the date";
    List<PublishedMetric> metrics = new ArrayList<>();
    Map<LocalDate, Long> seen = new HashMap<>();
    LocalDate last = null;
    int otherYears = 0;
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      LocalDate date = observation(row);
      Long earlier = seen.putIfAbsent(date, row.line());
      if (earlier != null) {
        throw row.error("observation", date + " is already given on line " + earlier);
      }
      int before = metrics.size();
      row.number("index_price", NumberStyle.PLAIN)
          .ifPresent(
              v -> metrics.add(new PublishedMetric(INDEX, date, Metric.INDEX_LEVEL, v, src)));
      for (var e : years.entrySet()) {
        OptionalDouble eps = row.number(e.getKey(), NumberStyle.PLAIN);
        if (eps.isEmpty()) {
          continue;
        }
        int year = e.getValue();
        Metric metric =
            year == date.getYear()
                ? Metric.EPS_ESTIMATE_CURRENT_YEAR
                : year == date.getYear() + 1 ? Metric.EPS_ESTIMATE_NEXT_YEAR : null;
        if (metric == null) {
          otherYears++;
          continue;
        }
        metrics.add(
            new PublishedMetric(INDEX, date, metric, eps.getAsDouble(), src + " (" + year + "E)"));
      }
      if (metrics.size() == before) {
        tally.skip(
            row.line(), date.toString(), "no index level or estimate of that year or the next");
        continue;
      }
      tally.stored();
      last = last == null || date.isAfter(last) ? date : last;
    }
    if (last == null) {
      throw csv.malformed(first.line(), 1, "no row with a figure");
    }
    tally.note(
        "stored "
            + metrics.size()
            + " figures of sp500, each dated by its publication; "
            + otherYears
            + " estimates of a year before the publication's not stored (they are the closing"
            + " year's, not a current or next year's); quarterly and P/E columns not stored");
    return Records.one(
        new ParsedDataset(
            target,
            tally.asOf(source, java.util.Optional.of(last)),
            "S&P Dow Jones Indices, S&P 500 EPS estimate snapshots, "
                + Targets.baseName(csv.fileName()),
            new DatasetContent.Metrics(metrics)),
        tally);
  }

  private static LocalDate observation(Row row) {
    String text = row.text("observation");
    Matcher m = OBSERVATION.matcher(text);
    if (!m.matches()) {
      throw row.error("observation", "expected a date YYYY-MM-DD, found " + Text.quote(text));
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeException e) {
      throw row.error("observation", m.group(1) + " is no date");
    }
  }
}
