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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * S&amp;P DJI's table of the S&amp;P 500, MidCap 400 and SmallCap 600 by sector: {@code index},
 * {@code sector}, {@code oper_pe_<year>E} (P/E on that year's estimated operating EPS, x) and
 * {@code proj_annual_growth_5yr_pct} (projected 5-year annual EPS growth, %). Only the {@code Index
 * total} rows are stored, as {@code ESTIMATED_PE} and {@code EARNINGS_GROWTH} (decimal) of {@code
 * sp500}, {@code sp400} and {@code sp600}; sector rows are skipped. The sheet states no date: the
 * as-of date is the user's, else {@code asof_YYYY-MM-DD} in the file name, else the import date.
 */
final class SpdjiIndexPeTableReader implements FormatReader {
  /** Its format, told by its first lines. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.SPDJI_INDEX_PE_TABLE,
          Detection.byLine(
              l ->
                  l.has("index", "sector")
                      && l.cells().stream().anyMatch(c -> c.startsWith("oper_pe_"))),
          false,
          SpdjiIndexPeTableReader::new);

  static final String DEFAULT_TARGET = "spdji-index-pe";
  static final String GROWTH = "proj_annual_growth_5yr_pct";
  static final List<String> COLUMNS = List.of("index", "sector", GROWTH);
  private static final Pattern PE_COLUMN = Pattern.compile("oper_pe_(\\d{4})e");
  private static final Pattern AS_OF_IN_NAME =
      Pattern.compile(".*asof[_-]?(\\d{4})-(\\d{2})-(\\d{2}).*", Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> INDEX_IDS =
      Map.of(
          "s&p500", "sp500",
          "s&pmidcap400", "sp400",
          "s&p400", "sp400",
          "s&psmallcap600", "sp600",
          "s&p600", "sp600");

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.SPDJI_INDEX_PE_TABLE);
    CsvRecord first = Records.requireHeader(csv, COLUMNS + " and oper_pe_<year>E");
    Header header = Header.of(csv, first, COLUMNS);
    Matcher pe = peColumn(csv, first);
    LocalDate asOf = asOf(source, csv.fileName(), tally);
    String peSource = "S&P DJI, P/E on " + pe.group(1) + "E operating EPS, sheet as of " + asOf;
    String growthSource = "S&P DJI, projected 5-year annual EPS growth, sheet as of " + asOf;
    List<PublishedMetric> metrics = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      String id = indexOf(row, tally);
      if (id == null) {
        continue;
      }
      Long earlier = seen.putIfAbsent(id, row.line());
      if (earlier != null) {
        throw row.error("index", "the total of " + id + " is already given on line " + earlier);
      }
      OptionalDouble ratio = row.number(pe.group(0), NumberStyle.PLAIN);
      OptionalDouble growth = row.percent(GROWTH);
      if (ratio.isEmpty() && growth.isEmpty()) {
        tally.skip(row.line(), label(row), "no P/E or growth");
        continue;
      }
      ratio.ifPresent(
          v -> metrics.add(new PublishedMetric(id, asOf, Metric.ESTIMATED_PE, v, peSource)));
      growth.ifPresent(
          v -> metrics.add(new PublishedMetric(id, asOf, Metric.EARNINGS_GROWTH, v, growthSource)));
      tally.stored();
    }
    if (metrics.isEmpty()) {
      throw csv.malformed(0, 0, "no usable row: the file has no index total with figures");
    }
    tally.note("stored " + metrics.size() + " metrics of index totals: " + describe(metrics));
    tally.note(
        "growth is in percent in the file: stored as a decimal; the peg column is not stored");
    ParsedDataset dataset =
        new ParsedDataset(
            target,
            asOf,
            "S&P Dow Jones Indices, S&P 500/400/600 P/E and growth, "
                + Targets.baseName(csv.fileName()),
            new DatasetContent.Metrics(metrics));
    return Records.one(dataset, tally);
  }

  /** The index id of a total row, or null when the row is skipped (counted in {@code tally}). */
  private static String indexOf(Row row, ImportTally tally) {
    if (!row.text("sector").equalsIgnoreCase("Index total")) {
      tally.skip(row.line(), label(row), "sector row; only index totals are stored");
      return null;
    }
    String key = row.text("index").replaceAll("\\s", "").toLowerCase(Locale.US);
    String id = INDEX_IDS.get(key);
    if (id == null) {
      tally.skip(
          row.line(),
          label(row),
          "unknown index (known: S&P 500, S&P MidCap 400, S&P SmallCap 600)");
    }
    return id;
  }

  private static String describe(List<PublishedMetric> metrics) {
    return metrics.stream()
        .map(m -> m.indexId() + " " + m.metric() + " " + m.value())
        .collect(Collectors.joining(", "));
  }

  private static String label(Row row) {
    return row.text("index") + " / " + row.text("sector");
  }

  /** The {@code oper_pe_<year>E} column; group 0 is its name in lower case, group 1 the year. */
  private static Matcher peColumn(CsvReader csv, CsvRecord header) {
    for (String name : header.fields()) {
      Matcher m = PE_COLUMN.matcher(Header.key(name));
      if (m.matches()) {
        return m;
      }
    }
    throw csv.malformed(
        header.line(), 1, "the header has no column 'oper_pe_<year>E' (e.g. oper_pe_2025E)");
  }

  private static LocalDate asOf(ImportSource source, String fileName, ImportTally tally) {
    Optional<LocalDate> inName = dateInName(Targets.baseName(fileName));
    if (source.asOf().isEmpty() && inName.isPresent()) {
      tally.note("as-of date " + inName.get() + " taken from the file name");
    }
    return tally.asOf(source, inName);
  }

  /** The date of {@code asof_YYYY-MM-DD} in a file name, if it is a valid date. */
  static Optional<LocalDate> dateInName(String baseName) {
    Matcher m = AS_OF_IN_NAME.matcher(baseName);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
