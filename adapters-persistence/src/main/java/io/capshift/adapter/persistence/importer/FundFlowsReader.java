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
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * capshift's fund flows CSV: '#' comment lines, then {@code date,fund,flow_usd}, one flow a row
 * (USD over the period ending on {@code date}, positive = money in). Each fund becomes a {@code
 * SERIES} dataset {@code <FUND>-flows} with the series {@code flow_usd}; a fund and date given
 * twice is an error.
 */
final class FundFlowsReader implements FormatReader {
  /** Its format, told by its header. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.CAPSHIFT_FUND_FLOWS,
          Detection.byColumns("date", "fund", "flow_usd"),
          true,
          FundFlowsReader::new);

  static final String SUFFIX = "-flows";
  private static final List<String> REQUIRED = List.of("date", "fund", "flow_usd");

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    if (source.targetId().isPresent()) {
      throw InvalidInputException.of(
          "target_id",
          "the file names each row's fund; each is"
              + " stored as <FUND>"
              + SUFFIX
              + "; import it without a target id");
    }
    ImportTally tally = new ImportTally(ImportFormat.CAPSHIFT_FUND_FLOWS);
    Header header =
        Header.exact(
            csv, Records.requireHeader(csv, REQUIRED.toString()), REQUIRED, Set.copyOf(REQUIRED));
    Map<String, TreeMap<LocalDate, Double>> byFund = new TreeMap<>();
    Map<String, Long> seen = new java.util.HashMap<>();
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      Row row = new Row(csv, header, r);
      String fund = row.text("fund");
      if (!Targets.ID.matcher(fund + SUFFIX).matches()) {
        throw row.error("fund", "expected a fund ticker, found " + Text.quote(fund));
      }
      LocalDate date = row.date("date");
      Long earlier = seen.putIfAbsent(fund + " " + date, row.line());
      if (earlier != null) {
        throw row.error("date", fund + " on " + date + " is already given on line " + earlier);
      }
      OptionalDouble flow = row.number("flow_usd", NumberStyle.PLAIN);
      if (flow.isEmpty()) {
        tally.skip(row.line(), fund, "no flow_usd");
        continue;
      }
      byFund.computeIfAbsent(fund, f -> new TreeMap<>()).put(date, flow.getAsDouble());
      tally.stored();
    }
    if (byFund.isEmpty()) {
      throw csv.malformed(0, 0, "the file has no flows");
    }
    List<ParsedDataset> datasets = new ArrayList<>();
    String sourceText = "capshift fund flows, " + Targets.baseName(csv.fileName());
    byFund.forEach(
        (fund, flows) ->
            datasets.add(
                new ParsedDataset(
                    fund + SUFFIX,
                    flows.lastKey(),
                    sourceText,
                    new DatasetContent.SeriesSet(
                        List.of(
                            TimeSeries.of(
                                fund + SUFFIX + ":flow_usd",
                                "USD over the period ending on the date, + = money in",
                                flows.entrySet().stream()
                                    .map(e -> new Observation(e.getKey(), e.getValue()))
                                    .toList()))))));
    return new ParseResult(datasets, tally.stats());
  }
}
