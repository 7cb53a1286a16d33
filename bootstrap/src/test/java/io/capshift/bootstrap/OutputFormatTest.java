package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.util.JsonFormat;
import io.capshift.api.v1.GetIndexValuationResponse;
import io.capshift.api.v1.GetRotationSignalResponse;
import io.capshift.api.v1.ListDatasetsResponse;
import io.capshift.api.v1.NegativeEarningsPolicy;
import io.capshift.api.v1.RunScenarioResponse;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format json|csv}: what {@code jq}, a spreadsheet or a JVM client reads. JSON is the gRPC
 * response in the proto3 JSON mapping (parsed back into the proto message here), CSV the response's
 * main table (read with Apache Commons CSV).
 *
 * <pre>
 * IDX (2025-10-01): A value 1e9 earnings 5e7, B value 2e9 earnings 1e8: P/E 3e9 / 1.5e8 = 20
 * strip zq (2025-10-02): contract prices 95.90 .. 96.20 (the built-in FOMC calendar and ranges)
 * </pre>
 */
class OutputFormatTest {
  @TempDir Path dir;
  private String store;

  @BeforeEach
  void importFixtures() throws Exception {
    store = dir.resolve("store").toString();
    Path idx = dir.resolve("idx.csv");
    Files.writeString(
        idx,
        "# id: sp500\n# as_of: 2025-10-01\nsymbol,value_usd,earnings_usd\nA,1e9,5e7\nB,2e9,1e8\n");
    Path zq = dir.resolve("zq.csv");
    Files.writeString(
        zq,
        "# id: zq\n# as_of: 2025-10-02\ncontract_month,price\n"
            + "2025-10,95.90\n2025-11,96.00\n2025-12,96.10\n2026-01,96.20\n2026-02,96.25\n");
    assertThat(Cli.run("import", idx.toString(), zq.toString(), "--data", store).code()).isZero();
  }

  @Test
  void valuation_json_isTheGrpcResponse_oneObjectPerPolicyAsked() throws Exception {
    Cli.Run one =
        Cli.run(
            "valuation",
            "--id",
            "sp500",
            "--negative-earnings",
            "include",
            "--format",
            "json",
            "--data",
            store);
    assertThat(one.code()).isZero();

    GetIndexValuationResponse.Builder r = GetIndexValuationResponse.newBuilder();
    JsonFormat.parser().merge(one.out(), r);
    assertThat(r.getValuation().getPriceEarnings().getValue()).isEqualTo(20.0);
    assertThat(r.getValuation().getNegativeEarningsPolicy())
        .isEqualTo(NegativeEarningsPolicy.NEGATIVE_EARNINGS_POLICY_INCLUDE);

    // every policy side by side: a JSON array, each element the same response
    Cli.Run all = Cli.run("valuation", "--id", "sp500", "--format", "json", "--data", store);
    JsonArray array = JsonParser.parseString(all.out()).getAsJsonArray();
    assertThat(array).hasSize(3);
    for (JsonElement e : array) {
      GetIndexValuationResponse.Builder each = GetIndexValuationResponse.newBuilder();
      JsonFormat.parser().merge(e.toString(), each);
      assertThat(each.getValuation().getPriceEarnings().getValue()).isEqualTo(20.0);
    }
  }

  @Test
  void report_json_everySectionAnAnswerOrWhyNot() throws Exception {
    Cli.Run r = Cli.run("report", "--as-of", "2025-10-02", "--format", "json", "--data", store);
    assertThat(r.code()).isZero();

    JsonObject report = JsonParser.parseString(r.out()).getAsJsonObject();
    assertThat(report.get("asOf").getAsString()).isEqualTo("2025-10-02");
    JsonArray sections = report.getAsJsonArray("sections");
    assertThat(sections).hasSize(8);
    Map<String, JsonObject> byTitle = new LinkedHashMap<>();
    sections.forEach(
        s -> byTitle.put(s.getAsJsonObject().get("title").getAsString(), (JsonObject) s));
    for (JsonObject s : byTitle.values()) {
      assertThat(s.has("answer") ^ s.has("lacksData")).as(s.toString()).isTrue();
    }
    // the call from the built-in target ranges alone: GetRotationSignal's response, 5 components
    GetRotationSignalResponse.Builder call = GetRotationSignalResponse.newBuilder();
    JsonFormat.parser().merge(byTitle.get("The rotation call").get("answer").toString(), call);
    assertThat(call.getComponentsList()).hasSize(5);
    // no flows stored: the section says why
    assertThat(byTitle.get("Flows into IWM").get("lacksData").getAsString())
        .startsWith("lacks data: no shares-outstanding history for fund 'IWM'");
    // the thesis needs no data: its answer is RunScenario's response
    RunScenarioResponse.Builder thesis = RunScenarioResponse.newBuilder();
    JsonFormat.parser()
        .merge(byTitle.get("The 2026 thesis as a scenario").get("answer").toString(), thesis);
    assertThat(thesis.getName()).isEqualTo("thesis-2026");
    assertThat(byTitle.get("What fed funds futures price").has("answer")).isTrue();
  }

  @Test
  void fedwatch_csv_oneRowPerMeetingAndRange_probabilitiesSumToOne() throws Exception {
    Cli.Run r = Cli.run("fedwatch", "--as-of", "2025-10-02", "--format", "csv", "--data", store);
    assertThat(r.code()).isZero();

    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(r.out()))
            .getRecords();
    assertThat(rows).isNotEmpty();
    assertThat(rows.get(0).isMapped("ranges.lower_bound_bps")).isTrue();
    Map<String, Double> sums = new LinkedHashMap<>();
    for (CSVRecord row : rows) {
      assertThat(row.get("ranges.label"))
          .isEqualTo(row.get("ranges.lower_bound_bps") + "-" + row.get("ranges.upper_bound_bps"));
      sums.merge(
          row.get("decision_date"), Double.parseDouble(row.get("ranges.probability")), Double::sum);
    }
    assertThat(sums).isNotEmpty();
    sums.values().forEach(p -> assertThat(p).isCloseTo(1.0, within(1e-9)));
  }

  @Test
  void datasets_json_isListDatasetsWithEveryPage() throws Exception {
    Cli.Run r = Cli.run("datasets", "--format", "json", "--data", store);
    assertThat(r.code()).isZero();

    ListDatasetsResponse.Builder list = ListDatasetsResponse.newBuilder();
    JsonFormat.parser().merge(r.out(), list);
    // the two files imported here and the built-in calendar and target ranges
    assertThat(list.getDatasetsList())
        .extracting(d -> d.getTargetId())
        .contains("sp500", "zq", "fomc-calendar", "fed-target-range");
    assertThat(list.getNextPageToken()).isEmpty();
    assertThat(list.getTotalSize()).isEqualTo(list.getDatasetsCount());
  }

  @Test
  void format_unknown_namesTheChoices() {
    Cli.Run r = Cli.run("valuation", "--id", "sp500", "--format", "xml", "--data", store);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'xml' is not a format; use text, json or csv");
  }
}
