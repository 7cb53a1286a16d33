package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.valuation.PublishedMetric;
import io.capshift.domain.valuation.PublishedMetric.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * capshift's published-metrics CSV (docs/data-formats.md): '#' comment lines (with an optional
 * {@code # id:}), then {@code index_id,date,metric,value[,source]}, one figure a row. {@code
 * metric} names a {@link Metric} (any case); {@code value} is in that metric's unit (multiples, USD
 * per index share, decimals for growth and yields, points). Unknown or repeated columns are errors.
 * The as-of date is the latest date in the file unless the user gives one.
 */
final class CapshiftIndexMetricsReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.CAPSHIFT_INDEX_METRICS,
          Detection.byColumns("index_id", "metric", "value"),
          true,
          CapshiftIndexMetricsReader::new);

  static final String DEFAULT_TARGET = "metrics";
  static final List<String> REQUIRED = List.of("index_id", "date", "metric", "value");
  static final Set<String> KNOWN = Set.of("index_id", "date", "metric", "value", "source");
  private static final Set<Metric> DECIMAL_METRICS =
      Set.of(Metric.EARNINGS_GROWTH, Metric.DIVIDEND_YIELD);

  private int percentLike;
  private int unsourced;

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    ImportTally tally = new ImportTally(ImportFormat.CAPSHIFT_INDEX_METRICS);
    CapshiftPreamble pre = CapshiftPreamble.read(csv, Set.of("id"));
    if (pre.header() == null) {
      throw csv.malformed(0, 0, "the file has no header (expected " + REQUIRED + ", source)");
    }
    Header header = Header.exact(csv, pre.header(), REQUIRED, KNOWN);
    Optional<String> given = Targets.fromSource(source).or(() -> Targets.fromPreamble(csv, pre));
    if (given.isEmpty()) {
      tally.note("no target id and no '# id:' line: stored under " + DEFAULT_TARGET);
    }
    String target = given.orElse(DEFAULT_TARGET);
    String sourceText = "capshift index metrics, " + Targets.baseName(csv.fileName());
    List<PublishedMetric> metrics = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      PublishedMetric m = metric(new Row(csv, header, r), seen, sourceText, tally);
      if (m != null) {
        metrics.add(m);
        tally.stored();
      }
    }
    if (metrics.isEmpty()) {
      throw csv.malformed(0, 0, "no usable row: every data row was skipped or there were none");
    }
    note(metrics, tally);
    Optional<LocalDate> latest =
        metrics.stream().map(PublishedMetric::date).max(Comparator.naturalOrder());
    ParsedDataset dataset =
        new ParsedDataset(
            target, tally.asOf(source, latest), sourceText, new DatasetContent.Metrics(metrics));
    return Records.one(dataset, tally);
  }

  private PublishedMetric metric(
      Row row, Map<String, Long> seen, String fileSource, ImportTally tally) {
    String indexId = row.text("index_id");
    if (indexId.isEmpty()) {
      tally.skip(row.line(), "?", "no index_id");
      return null;
    }
    if (!Targets.ID.matcher(indexId).matches()) {
      throw row.error(
          "index_id",
          "index_id must be 1-64 letters, digits, '.', '_' or '-', found " + Text.quote(indexId));
    }
    LocalDate date = row.date("date");
    Metric metric = metricOf(row);
    OptionalDouble value = row.number("value", NumberStyle.PLAIN);
    if (value.isEmpty()) {
      tally.skip(row.line(), indexId, "no value");
      return null;
    }
    String key = indexId.toLowerCase(Locale.US) + "|" + date + "|" + metric;
    Long earlier = seen.putIfAbsent(key, row.line());
    if (earlier != null) {
      throw row.error(
          "metric",
          indexId + " " + metric + " on " + date + " is already given on line " + earlier);
    }
    if (DECIMAL_METRICS.contains(metric) && Math.abs(value.getAsDouble()) >= 1) {
      percentLike++;
    }
    String said = row.text("source");
    unsourced += said.isEmpty() ? 1 : 0;
    return new PublishedMetric(
        indexId, date, metric, value.getAsDouble(), said.isEmpty() ? fileSource : said);
  }

  private static Metric metricOf(Row row) {
    String text = row.text("metric");
    try {
      return Metric.valueOf(text.toUpperCase(Locale.US));
    } catch (IllegalArgumentException e) {
      throw row.error(
          "metric",
          "unknown metric "
              + Text.quote(text)
              + " (known: "
              + Arrays.toString(Metric.values())
              + ")");
    }
  }

  private void note(List<PublishedMetric> metrics, ImportTally tally) {
    Set<String> indexes = new TreeSet<>();
    metrics.forEach(m -> indexes.add(m.indexId()));
    tally.note(
        "stored " + metrics.size() + " metrics of " + indexes.size() + " indexes " + indexes);
    if (unsourced > 0) {
      tally.note(unsourced + " rows without a source name the file as their source");
    }
    if (percentLike > 0) {
      tally.note(
          percentLike
              + " EARNINGS_GROWTH or DIVIDEND_YIELD values are 1 or more: these metrics are"
              + " decimals (0.212 = 21.2%); check the file does not give percent");
    }
  }
}
