package io.capshift.adapter.persistence.importer;

import static io.capshift.adapter.persistence.importer.Sources.assertMalformedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.earnings.QuarterlyEarnings;
import io.capshift.domain.earnings.QuarterlyEarnings.Status;
import io.capshift.domain.valuation.PublishedMetric;
import io.capshift.domain.valuation.PublishedMetric.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** SPDJI_QUARTERLY_EPS, SPDJI_INDEX_PE_TABLE and CAPSHIFT_INDEX_METRICS on hand-made files. */
class PublishedFiguresReadersTest {
  private static final double TOL = 1e-9;
  private static final String EPS_HEADER =
      "quarter_end,status,index_price,operating_eps_qtr,as_reported_eps_qtr,operating_pe_ttm,"
          + "as_reported_pe_ttm,operating_eps_ttm,as_reported_eps_ttm,note\n";
  // Newest first, as in the workbook.
  private static final String EPS =
      EPS_HEADER
          + "2026-03-31,estimate,,69.65,65.54,,,,,\n"
          + "2025-12-31,estimate_partial,6845.50,71.87,70.10,,,,,\"partial: 46.5% reported\"\n"
          + "2025-09-30,actual,6688.46,72.03,63.52,,,254.76,,\n"
          + "2025-06-30,actual,6204.95,64.01,58.96,,,,,\n"
          + "2025-03-31,actual,5611.85,57.51,53.89,,,,,\n"
          + "2024-12-31,actual,5881.63,61.21,57.69,,,,,\n";
  private static final String PE_TABLE_NAME =
      "sp_500_400_600_sector_oper_pe_2025E_growth_asof_2026-01-30.csv";
  private static final String PE_TABLE =
      "index,sector,oper_pe_2025E,proj_annual_growth_5yr_pct,peg\n"
          + "S&P 500,Index total,25.79,17.3104324423118,1.49\n"
          + "S&P MidCap 400,Index total,20.27,15.1232107678358,1.34\n"
          + "S&P SmallCap 600,Index total,22,13.0288043783294,1.69\n"
          + "S&P 500,Energy,16.74,9.44723601682382,1.77\n";
  private static final String METRICS =
      "# capshift-index-metrics v1\n"
          + "# id: published\n"
          + "index_id,date,metric,value,source\n"
          + "russell2000,2026-03-31,forward_pe,24.6,FTSE Russell\n"
          + "russell2000,2026-03-31,EARNINGS_GROWTH,0.212,FTSE Russell\n"
          + "# a comment between rows\n"
          + "sp500,2026-04-10,Trailing_PE,27.1,\n"
          + ",2026-04-10,TRAILING_PE,1,x\n"
          + "sp500,2026-04-10,DIVIDEND_YIELD,,x\n";

  @Test
  void quarterlyEps_newestFirst_isStoredAscendingWithStatusesAndAbsentPrice() {
    ParseResult r = Sources.parse("eps.csv", ImportFormat.SPDJI_QUARTERLY_EPS, EPS);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("sp500-eps");
    assertThat(r.datasets().get(0).kind()).isEqualTo(DatasetKind.QUARTERLY_EARNINGS);
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    List<QuarterlyEarnings> q = Sources.quarters(r);
    assertThat(q).extracting(QuarterlyEarnings::quarterEnd).isSorted().hasSize(6);
    assertThat(q.get(5))
        .isEqualTo(
            new QuarterlyEarnings(
                LocalDate.of(2026, 3, 31),
                Status.ESTIMATE,
                OptionalDouble.empty(),
                OptionalDouble.of(69.65),
                OptionalDouble.of(65.54)));
    assertThat(q.get(4).status()).isEqualTo(Status.PARTIAL);
    assertThat(q.get(3).status()).isEqualTo(Status.ACTUAL);
    // Operating TTM to 2025-09-30 = 61.21 + 57.51 + 64.01 + 72.03 = 254.76, the sheet's figure.
    double ttm = q.subList(0, 4).stream().mapToDouble(e -> e.operatingEps().getAsDouble()).sum();
    assertThat(ttm).isCloseTo(254.76, within(TOL));
    assertThat(r.stats().notes())
        .contains(
            "latest actual quarter 2025-09-30",
            "quarter 2025-12-31 is partly reported (PARTIAL)",
            "as-of date: the latest quarter with an index price")
        .anyMatch(
            n -> n.startsWith("stored 6 quarters 2024-12-31..2026-03-31 (actual 4, partial 1,"));
  }

  @Test
  void quarterlyEps_badStatusDateOrRepeat_isMalformedAtTheCell() {
    assertMalformedAt(
        2,
        12,
        "expected actual, estimate or estimate_partial in column 'status', found 'reported'",
        () -> eps("2025-09-30,reported,1,1,1,,,,,\n"));
    assertMalformedAt(
        2,
        1,
        "quarter_end 2025-09-29 is not the last day of a quarter",
        () -> eps("2025-09-29,actual,1,1,1,,,,,\n"));
    assertMalformedAt(
        3,
        1,
        "quarter 2025-09-30 is already given on line 2",
        () -> eps("2025-09-30,actual,1,1,1,,,,,\n2025-09-30,actual,1,1,1,,,,,\n"));
    ParseResult r = eps("2025-09-30,actual,1,,,,,,,\n2025-06-30,actual,,2,,,,,,\n");
    assertThat(r.stats().firstSkipReasons())
        .containsExactly("line 2 (2025-09-30): no operating or as-reported EPS");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(Sources.IMPORT_DATE);
  }

  @Test
  void peTable_indexTotals_becomeEstimatedPeAndDecimalGrowth_datedFromTheFileName() {
    ParseResult r = Sources.parse(PE_TABLE_NAME, ImportFormat.SPDJI_INDEX_PE_TABLE, PE_TABLE);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("spdji-index-pe");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 1, 30));
    LocalDate d = LocalDate.of(2026, 1, 30);
    String pe = "S&P DJI, P/E on 2025E operating EPS, sheet as of 2026-01-30";
    String growth = "S&P DJI, projected 5-year annual EPS growth, sheet as of 2026-01-30";
    // growth: 17.3104324423118% -> 0.173104324423118, exactly (decimal shift).
    assertThat(Sources.metrics(r))
        .containsExactly(
            new PublishedMetric("sp500", d, Metric.ESTIMATED_PE, 25.79, pe),
            new PublishedMetric("sp500", d, Metric.EARNINGS_GROWTH, 0.173104324423118, growth),
            new PublishedMetric("sp400", d, Metric.ESTIMATED_PE, 20.27, pe),
            new PublishedMetric("sp400", d, Metric.EARNINGS_GROWTH, 0.151232107678358, growth),
            new PublishedMetric("sp600", d, Metric.ESTIMATED_PE, 22, pe),
            new PublishedMetric("sp600", d, Metric.EARNINGS_GROWTH, 0.130288043783294, growth));
    assertThat(r.stats().firstSkipReasons())
        .containsExactly("line 5 (S&P 500 / Energy): sector row; only index totals are stored");
    assertThat(r.stats().notes()).contains("as-of date 2026-01-30 taken from the file name");
  }

  @Test
  void peTable_asOf_userFirstThenFileNameThenImportDate() {
    var user =
        Sources.withAsOf(
            Sources.of(PE_TABLE_NAME, ImportFormat.SPDJI_INDEX_PE_TABLE, PE_TABLE),
            LocalDate.of(2026, 2, 2));
    assertThat(Sources.PARSER.parse(user).datasets().get(0).asOf())
        .isEqualTo(LocalDate.of(2026, 2, 2));
    ParseResult unnamed = Sources.parse("pe.csv", ImportFormat.SPDJI_INDEX_PE_TABLE, PE_TABLE);
    assertThat(unnamed.datasets().get(0).asOf()).isEqualTo(Sources.IMPORT_DATE);
    assertThat(unnamed.stats().notes())
        .anyMatch(
            n ->
                n.startsWith(
                    "as-of date not in file: stored as undated, under the import date 2026-11-24"));
    assertThat(Sources.metrics(unnamed).get(0).source())
        .isEqualTo("S&P DJI, P/E on 2025E operating EPS, sheet as of 2026-11-24");
    assertThat(SpdjiIndexPeTableReader.dateInName("x_asof_2026-02-30.csv")).isEmpty();
  }

  @Test
  void peTable_withoutPeColumnOrWithUnknownIndex_isMalformedOrSkipped() {
    assertMalformedAt(
        1,
        1,
        "the header has no column 'oper_pe_<year>E'",
        () ->
            Sources.parse(
                "pe.csv",
                ImportFormat.SPDJI_INDEX_PE_TABLE,
                "index,sector,proj_annual_growth_5yr_pct\nS&P 500,Index total,17\n"));
    ParseResult r =
        Sources.parse(
            "pe.csv",
            ImportFormat.SPDJI_INDEX_PE_TABLE,
            "index,sector,oper_pe_2026E,proj_annual_growth_5yr_pct\n"
                + "Russell 2000,Index total,30,20\nS&P 500,Index total,22.5,\n");
    assertThat(r.stats().firstSkipReasons())
        .containsExactly(
            "line 2 (Russell 2000 / Index total): unknown index (known: S&P 500, S&P MidCap"
                + " 400, S&P SmallCap 600)");
    assertThat(Sources.metrics(r))
        .singleElement()
        .satisfies(m -> assertThat(m.source()).startsWith("S&P DJI, P/E on 2026E operating EPS"));
  }

  @Test
  void metrics_capshiftFile_readsIdMetricNamesAnyCaseAndSkipsGaps() {
    ParseResult r = Sources.parse("m.csv", ImportFormat.CAPSHIFT_INDEX_METRICS, METRICS);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("published");
    assertThat(r.datasets().get(0).kind()).isEqualTo(DatasetKind.PUBLISHED_METRICS);
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(Sources.metrics(r))
        .containsExactly(
            new PublishedMetric(
                "russell2000", LocalDate.of(2026, 3, 31), Metric.FORWARD_PE, 24.6, "FTSE Russell"),
            new PublishedMetric(
                "russell2000",
                LocalDate.of(2026, 3, 31),
                Metric.EARNINGS_GROWTH,
                0.212,
                "FTSE Russell"),
            new PublishedMetric(
                "sp500",
                LocalDate.of(2026, 4, 10),
                Metric.TRAILING_PE,
                27.1,
                "capshift index metrics, m.csv"));
    assertThat(r.stats().firstSkipReasons())
        .containsExactly("line 8 (?): no index_id", "line 9 (sp500): no value");
    assertThat(r.stats().notes()).contains("1 rows without a source name the file as their source");
  }

  @Test
  void metrics_defaultTargetPercentWarningAndErrors() {
    ParseResult r =
        Sources.parse(
            "m.csv",
            ImportFormat.CAPSHIFT_INDEX_METRICS,
            "index_id,date,metric,value\nsp500,2026-01-30,earnings_growth,17.3\n");
    assertThat(r.datasets().get(0).targetId()).isEqualTo("metrics");
    assertThat(r.stats().notes())
        .contains("no target id and no '# id:' line: stored under metrics")
        .anyMatch(n -> n.startsWith("1 EARNINGS_GROWTH or DIVIDEND_YIELD values are 1 or more"));
    // "sp500,2026-01-30," is 17 characters: the metric starts at column 18.
    assertMalformedAt(
        2,
        18,
        "unknown metric 'PEG'",
        () ->
            Sources.parse(
                "m.csv",
                ImportFormat.CAPSHIFT_INDEX_METRICS,
                "index_id,date,metric,value\nsp500,2026-01-30,PEG,1.5\n"));
    assertMalformedAt(
        1,
        28,
        "unknown column 'sources'",
        () ->
            Sources.parse(
                "m.csv",
                ImportFormat.CAPSHIFT_INDEX_METRICS,
                "index_id,date,metric,value,sources\n"));
    assertMalformedAt(
        3,
        18,
        "SP500 TRAILING_PE on 2026-01-30 is already given on line 2",
        () ->
            Sources.parse(
                "m.csv",
                ImportFormat.CAPSHIFT_INDEX_METRICS,
                "index_id,date,metric,value\nsp500,2026-01-30,trailing_pe,1\n"
                    + "SP500,2026-01-30,TRAILING_PE,2\n"));
    assertMalformedAt(
        2,
        1,
        "index_id must be 1-64 letters",
        () ->
            Sources.parse(
                "m.csv",
                ImportFormat.CAPSHIFT_INDEX_METRICS,
                "index_id,date,metric,value\nS&P 500,2026-01-30,trailing_pe,1\n"));
  }

  private static ParseResult eps(String rows) {
    return Sources.parse("eps.csv", ImportFormat.SPDJI_QUARTERLY_EPS, EPS_HEADER + rows);
  }

  /**
   * Estimate snapshots: each row is a publication. 2024-09-30 gives 2025E as next year's;
   * 2025-06-30 gives 2025E as the current and 2026E as the next; 2026-01-30 "(current)" gives 2026E
   * as the current year's and its 2025E is the closing year's, not stored.
   */
  @Test
  void estimateSnapshots_eachRowAPublication_yearsNamedFromItsDate() {
    ParseResult r =
        Sources.parse(
            "snapshots.csv",
            ImportFormat.AUTO,
            "observation,eps_2025E,eps_Q4_2025E,eps_2026E,index_price,pe_on_2025E,pe_on_2026E\n"
                + "2024-09-30,274.73,72.52,,5762.48,20.97,\n"
                + "2025-06-30,255.29,69.08,295.32,6204.95,24.31,21.01\n"
                + "2026-01-30 (current),265.41,71.87,310.24,6939.03,26.14,22.37\n");

    assertThat(r.stats().format()).isEqualTo(ImportFormat.SPDJI_EPS_ESTIMATE_SNAPSHOTS);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("spdji-eps-snapshots");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 1, 30));
    assertThat(Sources.metrics(r))
        .extracting(PublishedMetric::date, PublishedMetric::metric, PublishedMetric::value)
        .containsExactly(
            tuple(LocalDate.of(2024, 9, 30), Metric.INDEX_LEVEL, 5762.48),
            tuple(LocalDate.of(2024, 9, 30), Metric.EPS_ESTIMATE_NEXT_YEAR, 274.73),
            tuple(LocalDate.of(2025, 6, 30), Metric.INDEX_LEVEL, 6204.95),
            tuple(LocalDate.of(2025, 6, 30), Metric.EPS_ESTIMATE_CURRENT_YEAR, 255.29),
            tuple(LocalDate.of(2025, 6, 30), Metric.EPS_ESTIMATE_NEXT_YEAR, 295.32),
            tuple(LocalDate.of(2026, 1, 30), Metric.INDEX_LEVEL, 6939.03),
            tuple(LocalDate.of(2026, 1, 30), Metric.EPS_ESTIMATE_CURRENT_YEAR, 310.24));
    assertThat(r.stats().notes().get(0)).contains("1 estimates of a year before the publication's");
    Sources.assertMalformedAt(
        2,
        1,
        "expected a date YYYY-MM-DD, found 'Q3 2024'",
        () ->
            Sources.parse(
                "s.csv",
                ImportFormat.SPDJI_EPS_ESTIMATE_SNAPSHOTS,
                "observation,eps_2025E,index_price\nQ3 2024,274.73,5762.48\n"));
  }
}
