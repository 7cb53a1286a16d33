package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fund's daily holding weights in a wide table: an unnamed date column ({@code M/D/YYYY}), one
 * column per ticker (weight in percent, 0 or blank when not held) and {@code SUM}. Each date
 * becomes a {@code FUND_HOLDINGS} snapshot whose values are the weights in percent; a table of the
 * top holdings covers only part of the fund, which the notes state. A date given again, or a row
 * with the same weights as the row kept before it (a scraper that did not refresh), is skipped with
 * its reason. The fund is {@code --id}, else the ticker leading the file name.
 */
final class WideWeightsReader implements FormatReader {
  /** Its format, told by its first lines. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.WISDOMTREE_WEIGHTS_WIDE,
          Detection.byLine(
              l ->
                  l.cells().size() > 2
                      && l.cells().get(0).isEmpty()
                      && l.cells().get(l.cells().size() - 1).equals("sum")),
          false,
          WideWeightsReader::new);

  private static final Pattern FILE = Pattern.compile("([A-Za-z]{1,10})_.*");
  private static final String SUM = "SUM";

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String fund = Targets.fromSource(source).orElseGet(() -> fundOf(csv.fileName()));
    ImportTally tally = new ImportTally(ImportFormat.WISDOMTREE_WEIGHTS_WIDE);
    CsvRecord headerRecord = Records.requireHeader(csv, ",TICKER,...,SUM");
    if (headerRecord.size() < 3) {
      throw csv.malformed(
          headerRecord.line(),
          1,
          "expected a header of a date column, tickers"
              + " and SUM, found "
              + headerRecord.size()
              + " column(s)");
    }
    List<String> tickers =
        headerRecord.fields().subList(1, headerRecord.size() - 1).stream()
            .map(Text::clean)
            .toList();
    java.util.Set<String> distinct = new java.util.HashSet<>();
    for (int i = 0; i < tickers.size(); i++) {
      if (tickers.get(i).isEmpty() || !distinct.add(tickers.get(i))) {
        throw csv.malformed(
            headerRecord.line(),
            headerRecord.columns()[i + 1],
            tickers.get(i).isEmpty()
                ? "a ticker column without a ticker"
                : "ticker " + Text.quote(tickers.get(i)) + " is given twice in the header");
      }
    }
    Header header = Header.of(csv, headerRecord, List.of(SUM));
    String dateColumn = headerRecord.get(0);
    List<ParsedDataset> datasets = new ArrayList<>();
    Map<LocalDate, Long> seen = new HashMap<>();
    double[] previous = null;
    long previousLine = 0;
    double lastCovered = 0;
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      LocalDate date = row.date(dateColumn, DateStyle.US);
      double[] weights = weights(row, tickers);
      Long earlier = seen.putIfAbsent(date, row.line());
      if (earlier != null) {
        tally.skip(row.line(), date.toString(), "date given again (first on line " + earlier + ")");
      } else if (Arrays.equals(weights, previous)) {
        tally.skip(
            row.line(),
            date.toString(),
            "the same weights as line " + previousLine + " (a repeated scrape)");
      } else {
        datasets.add(snapshot(fund, date, tickers, weights, csv.fileName()));
        lastCovered = Arrays.stream(weights).sum();
        previous = weights;
        previousLine = row.line();
        tally.stored();
      }
    }
    if (datasets.isEmpty()) {
      throw csv.malformed(0, 0, "the file has no dated rows of weights");
    }
    tally.note(
        String.format(
            Locale.US,
            "%d daily snapshots of %s; each holding's value is its weight in percent of the fund;"
                + " the table lists only the top holdings (%.1f%% of the fund on %s)",
            datasets.size(),
            fund,
            lastCovered,
            datasets.get(datasets.size() - 1).asOf()));
    return new ParseResult(datasets, tally.stats());
  }

  private static double[] weights(Row row, List<String> tickers) {
    double[] w = new double[tickers.size()];
    for (int i = 0; i < w.length; i++) {
      OptionalDouble v = row.number(tickers.get(i), NumberStyle.PLAIN);
      if (v.isPresent() && !(v.getAsDouble() >= 0 && v.getAsDouble() <= 100)) {
        throw row.error(
            tickers.get(i), "a weight is a percent in [0, 100], found " + v.getAsDouble());
      }
      w[i] = v.orElse(0);
    }
    return w;
  }

  private static ParsedDataset snapshot(
      String fund, LocalDate date, List<String> tickers, double[] weights, String fileName) {
    List<Constituent> holdings = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] > 0) {
        holdings.add(Constituent.valueOnly(tickers.get(i), "", "", weights[i]));
      }
    }
    // the weights are percents of the whole fund: their sum is the share the table lists
    double listed = Arrays.stream(weights).sum() / 100;
    ConstituentSnapshot s =
        ConstituentSnapshot.of(
            fund,
            date,
            SnapshotType.FUND,
            new FundFacts(OptionalDouble.empty(), OptionalDouble.of(Math.min(listed, 1.5))),
            holdings);
    return new ParsedDataset(
        fund,
        date,
        "top-holdings weights, " + Targets.baseName(fileName),
        new DatasetContent.Constituents(s));
  }

  private static String fundOf(String fileName) {
    Matcher m = FILE.matcher(Targets.baseName(fileName));
    if (!m.matches()) {
      throw InvalidInputException.of(
          "target_id",
          "cannot tell the fund from the file name "
              + Text.quote(Targets.baseName(fileName))
              + ": give its ticker (--id DES)");
    }
    return m.group(1).toUpperCase(Locale.US);
  }
}
