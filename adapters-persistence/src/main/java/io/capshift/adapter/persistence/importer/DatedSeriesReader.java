package io.capshift.adapter.persistence.importer;

import io.capshift.adapter.persistence.importer.SeriesTable.Cell;
import io.capshift.adapter.persistence.importer.SeriesTable.Column;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.history.TimeSeries;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One dated series: a date column ({@code observation_date}, {@code DATE} or {@code Date}; dates
 * YYYY-MM-DD or M/D/YYYY) and one value column, as FRED downloads and datahub's {@code Date,Rate}
 * files are laid out. "." or a blank cell is an absent point and its row is skipped.
 *
 * <p>The series is stored as {@code <target>:value}. The target defaults to the value column's name
 * in lower case ({@code DGS10} → {@code dgs10}); datahub's {@code Rate} is the 10-year Treasury
 * yield, {@code us10y}. Monthly averages of a daily FRED series ({@code DGS10} with one value a
 * month) go to {@code <name>-monthly}, so that two frequencies of one series never shadow each
 * other. Columns known to be percent rates ({@link #PERCENT_SERIES}) are stored as decimal rates;
 * any other column is stored as published. The as-of date is the last observation's.
 */
final class DatedSeriesReader implements FormatReader {
  /** Its format, told by its first lines. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.DATED_SERIES,
          Detection.byLine(
              l ->
                  l.cells().size() == 2
                      && DatedSeriesReader.DATE_COLUMNS.contains(l.cells().get(0))
                      && !l.cells().get(1).isEmpty()),
          false,
          DatedSeriesReader::new);

  static final Set<String> DATE_COLUMNS = Set.of("observation_date", "date");

  /** FRED series published daily, whose monthly averages are stored under their own id. */
  static final Pattern DAILY_SERIES = Pattern.compile("DGS\\w+|DFF|DFEDTAR[UL]?|DTB3|DEXUSEU");

  /** Suffix of the target of monthly averages of a daily series: {@code dgs10-monthly}. */
  static final String MONTHLY_SUFFIX = "-monthly";

  static final String SERIES_NAME = "value";

  /**
   * FRED series published in percent, and datahub's {@code Rate}: Treasury constant maturities
   * (daily DGS*, monthly GS*), the effective federal funds rate (DFF, FEDFUNDS), the target and its
   * range (DFEDTAR, DFEDTARU, DFEDTARL) and the 3-month bill (DTB3, TB3MS).
   */
  static final Pattern PERCENT_SERIES =
      Pattern.compile(
          "DGS(1MO|3MO|6MO|1|2|3|5|7|10|20|30)|GS(1M|3M|6M|1|2|3|5|7|10|20|30)"
              + "|DFF|FEDFUNDS|DFEDTAR[UL]?|DTB3|TB3MS|RATE");

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    ImportTally tally = new ImportTally(ImportFormat.DATED_SERIES);
    CsvRecord first = Records.requireHeader(csv, "a date column and one value column");
    checkShape(csv, first);
    String valueColumn = Text.clean(first.get(1));
    Header header = Header.of(csv, first, List.of(first.get(0), valueColumn));
    String target = Targets.fromSource(source).orElseGet(() -> targetOf(valueColumn, tally));
    boolean percent = PERCENT_SERIES.matcher(valueColumn.toUpperCase(Locale.US)).matches();
    SeriesTable.Spec spec =
        new SeriesTable.Spec(
            Text.clean(first.get(0)),
            List.of(DateStyle.ISO, DateStyle.US),
            List.of(
                new Column(
                    valueColumn,
                    SERIES_NAME,
                    percent ? Units.DECIMAL_RATE : Units.AS_PUBLISHED,
                    percent ? Cell.PERCENT : Cell.PLAIN)),
            List.of(),
            List.of("."),
            false);
    SeriesTable table = SeriesTable.read(csv, header, spec, target, tally);
    String stored = target;
    if (Targets.fromSource(source).isEmpty()
        && DAILY_SERIES.matcher(valueColumn.toUpperCase(Locale.US)).matches()
        && monthly(table.series())) {
      // monthly averages of a daily FRED series must not hide the daily history of the same name
      stored = target + MONTHLY_SUFFIX;
      table.retarget(stored);
      tally.note(
          valueColumn
              + " is a daily series but the file holds one value a month: stored as "
              + stored
              + " so that it does not hide the daily "
              + target);
    }
    table.note(tally);
    tally.note(
        percent
            ? valueColumn + " is a percent rate: stored as decimal rates"
            : valueColumn + " is not a known percent series: values stored as published");
    return Records.series(
        stored,
        tally.asOf(source, table.lastDate(SERIES_NAME)),
        "dated series " + valueColumn + ", " + Targets.baseName(csv.fileName()),
        table,
        tally);
  }

  /** One observation a month at most, and at least two: 25 days or more between any two. */
  private static boolean monthly(List<TimeSeries> series) {
    for (TimeSeries s : series) {
      if (s.size() < 2) {
        return false;
      }
      for (int i = 1; i < s.size(); i++) {
        if (s.date(i - 1).plusDays(25).isAfter(s.date(i))) {
          return false;
        }
      }
    }
    return !series.isEmpty();
  }

  /** A date column and one value column, named differently; anything else is refused. */
  private static void checkShape(CsvReader csv, CsvRecord header) {
    String names = String.join(",", header.fields());
    if (header.size() != 2) {
      throw csv.malformed(
          header.line(),
          1,
          "expected a date column and one value column, found "
              + header.size()
              + " columns ("
              + Text.quote(names)
              + "); a Yahoo Finance price download (Date,Open,High,Low,Close,...) is the"
              + " format YAHOO_DAILY_PRICES");
    }
    if (!DATE_COLUMNS.contains(Header.key(header.get(0)))) {
      throw csv.malformed(
          header.line(),
          header.columns()[0],
          "expected the first column to be observation_date or DATE, found "
              + Text.quote(header.get(0)));
    }
    String value = Header.key(header.get(1));
    if (value.isEmpty() || DATE_COLUMNS.contains(value)) {
      throw csv.malformed(
          header.line(),
          header.columns()[1],
          "expected the second column to name the series, found " + Text.quote(header.get(1)));
    }
  }

  private static String targetOf(String valueColumn, ImportTally tally) {
    if (valueColumn.equalsIgnoreCase("Rate")) {
      tally.note(
          "target us10y: datahub's Date,Rate file is the 10-year Treasury yield;"
              + " pass a target id for another rate");
      return "us10y";
    }
    String id = valueColumn.toLowerCase(Locale.US);
    if (id.equals("sp500")) {
      tally.note(
          "target sp500-price: FRED's SP500 is the index level; 'sp500' is the index's"
              + " constituents");
      return "sp500-price";
    }
    if (!Targets.ID.matcher(id).matches()) {
      throw InvalidInputException.of(
          "target_id",
          "the column name "
              + Text.quote(valueColumn)
              + " is not a usable target id: give one (--id on the command line)");
    }
    return id;
  }
}
