package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Daily ETF overview snapshots (stockanalysis.com pages, scraped nightly): one row per fund and day
 * with {@code date_utc, ticker} and fund facts. Each fund becomes a {@code SERIES} dataset {@code
 * <TICKER>-facts}: {@code price, nav} (USD), {@code assets} (USD, from millions), {@code
 * expense_ratio, dividend_yield} (decimal, from percent), {@code pe}, {@code shares_outstanding}
 * (shares, from millions), {@code dividend_per_share} (USD), {@code volume}, {@code beta}, {@code
 * holdings}. An observation is dated {@code date_utc}, the day the scraper ran: its figures are the
 * pages' as of that day's run, at the earliest the previous close. A fund's as-of date is its last
 * row.
 */
final class EtfOverviewReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.ETF_OVERVIEW_SNAPSHOTS,
          Detection.byColumns("date_utc", "ticker", "nav"),
          false,
          EtfOverviewReader::new);

  static final String SUFFIX = "-facts";
  private static final List<Field> FIELDS =
      List.of(
          new Field("Price", "price", "USD per fund share", 1),
          new Field("NAV", "nav", "USD per fund share", 1),
          new Field("Assets", "assets", "USD (total net assets)", 1e6),
          new Field("Expense", "expense_ratio", "decimal a year (0.0019 = 0.19%)", 0.01),
          new Field("PE", "pe", "multiple (x), trailing, as the site shows it", 1),
          new Field("SharesOut", "shares_outstanding", "fund shares", 1e6),
          new Field("Div", "dividend_per_share", "USD per fund share a year", 1),
          new Field("DivYield", "dividend_yield", "decimal (0.0125 = 1.25%)", 0.01),
          new Field("Volume", "volume", "fund shares a day", 1),
          new Field("Beta", "beta", "5-year beta", 1),
          new Field("N_Hold", "holdings", "count", 1));

  /** A column and the series it feeds: value in the file × {@code scale} = stored value. */
  private record Field(String column, String name, String unit, double scale) {}

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    if (source.targetId().isPresent()) {
      throw InvalidInputException.of(
          "target_id",
          "this file holds many funds, each stored as"
              + " <TICKER>"
              + SUFFIX
              + "; import it without a target id");
    }
    ImportTally tally = new ImportTally(ImportFormat.ETF_OVERVIEW_SNAPSHOTS);
    Header header =
        Header.of(
            csv, Records.requireHeader(csv, "date_utc,ticker,..."), List.of("date_utc", "ticker"));
    Map<String, Map<String, TreeMap<LocalDate, Double>>> byFund = new TreeMap<>();
    Map<String, Long> seen = new HashMap<>();
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      String ticker = row.text("ticker");
      if (!Targets.ID.matcher(ticker + SUFFIX).matches()) {
        throw row.error("ticker", "expected a fund ticker, found " + Text.quote(ticker));
      }
      LocalDate date = row.date("date_utc");
      Long earlier = seen.putIfAbsent(ticker + " " + date, row.line());
      if (earlier != null) {
        throw row.error(
            "date_utc", ticker + " on " + date + " is already given on line " + earlier);
      }
      Map<String, TreeMap<LocalDate, Double>> fund =
          byFund.computeIfAbsent(ticker, t -> new HashMap<>());
      boolean any = false;
      for (Field f : FIELDS) {
        OptionalDouble v =
            header.has(f.column())
                ? row.number(f.column(), NumberStyle.PLAIN)
                : OptionalDouble.empty();
        if (v.isPresent()) {
          fund.computeIfAbsent(f.name(), n -> new TreeMap<>())
              .put(date, v.getAsDouble() * f.scale());
          any = true;
        }
      }
      if (any) {
        tally.stored();
      } else {
        tally.skip(row.line(), ticker, "no figure in any column");
      }
    }
    if (byFund.isEmpty()) {
      throw csv.malformed(0, 0, "the file has no fund rows");
    }
    List<ParsedDataset> datasets = new ArrayList<>();
    String sourceText =
        "ETF overview snapshots (stockanalysis.com), " + Targets.baseName(csv.fileName());
    byFund.forEach((ticker, fields) -> datasets.add(dataset(ticker, fields, sourceText, tally)));
    tally.note(
        "one dataset per fund, "
            + datasets.size()
            + " funds: "
            + String.join(", ", byFund.keySet())
            + "; assets and shares outstanding were given in"
            + " millions, expense ratios and yields in percent");
    return new ParseResult(datasets, tally.stats());
  }

  private static ParsedDataset dataset(
      String ticker,
      Map<String, TreeMap<LocalDate, Double>> fields,
      String source,
      ImportTally tally) {
    List<TimeSeries> series = new ArrayList<>();
    LocalDate last = LocalDate.MIN;
    for (Field f : FIELDS) {
      TreeMap<LocalDate, Double> points = fields.get(f.name());
      if (points == null) {
        continue;
      }
      List<Observation> obs =
          points.entrySet().stream().map(e -> new Observation(e.getKey(), e.getValue())).toList();
      series.add(TimeSeries.of(ticker + SUFFIX + ":" + f.name(), f.unit(), obs));
      last = points.lastKey().isAfter(last) ? points.lastKey() : last;
    }
    series.sort(Comparator.comparing(TimeSeries::id));
    return new ParsedDataset(ticker + SUFFIX, last, source, new DatasetContent.SeriesSet(series));
  }
}
