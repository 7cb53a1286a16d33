package io.capshift.adapter.persistence.importer;

import static io.capshift.adapter.persistence.importer.Sources.series;
import static io.capshift.adapter.persistence.importer.Sources.valueOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.earnings.QuarterlyEarnings;
import io.capshift.domain.earnings.QuarterlyEarnings.Status;
import io.capshift.domain.error.MalformedFileException;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.valuation.PublishedMetric;
import io.capshift.domain.valuation.PublishedMetric.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The series, EPS and metrics importers on the publishers' own files in shared/data. Expected
 * figures were read off the files with awk and Python's csv module, and agree with each folder's
 * SOURCE.md.
 */
class RealSeriesDataTest {
  private static final double TOL = 1e-9;
  private static final String SHILLER = "shiller-sp500-monthly/shiller_ie_data_1871-01_2026-01.csv";
  private static final String DATAHUB = "shiller-sp500-monthly/datahub_s-and-p-500_data.csv";
  private static final String GOYAL_WELCH = "goyal-welch-predictors/PredictorData2024.csv";
  private static final String EPS =
      "sp-dji-eps-estimates/sp500_quarterly_eps_pe_1988Q1-2026Q4E.csv";
  private static final String PE_TABLE =
      "sp-dji-eps-estimates/sp_500_400_600_sector_oper_pe_2025E_growth_asof_2026-01-30.csv";

  @ParameterizedTest
  @EnumSource(names = {"SHILLER_MONTHLY", "AUTO"})
  void shiller_1861Months_withSourceMdFiguresFor2025_09(ImportFormat format) {
    ParseResult r = SharedData.parse(SHILLER, format);
    assertThat(r.stats().format()).isEqualTo(ImportFormat.SHILLER_MONTHLY);
    assertThat(new long[] {r.stats().rowsRead(), r.stats().rowsStored(), r.stats().rowsSkipped()})
        .containsExactly(1861, 1861, 0);
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 1, 1));
    // Non-blank cells per column (awk): D blank in 2026-01, E blank 2025-10..2026-01, CAPE blank
    // for 1871-1880 (120 months).
    assertThat(Sources.series(r))
        .extracting(TimeSeries::id, TimeSeries::size)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("shiller:price", 1861),
            org.assertj.core.groups.Tuple.tuple("shiller:dividend", 1860),
            org.assertj.core.groups.Tuple.tuple("shiller:earnings", 1857),
            org.assertj.core.groups.Tuple.tuple("shiller:cpi", 1861),
            org.assertj.core.groups.Tuple.tuple("shiller:gs10", 1861),
            org.assertj.core.groups.Tuple.tuple("shiller:cape", 1741));
    // SOURCE.md: 2025-09 P = 6584.02, E = 235.25, CAPE = 38.58.
    assertThat(valueOn(series(r, "shiller:price"), "2025-09-01")).isCloseTo(6584.02, within(0.005));
    assertThat(valueOn(series(r, "shiller:earnings"), "2025-09-01")).isEqualTo(235.25);
    assertThat(valueOn(series(r, "shiller:cape"), "2025-09-01")).isCloseTo(38.58, within(0.005));
    assertThat(valueOn(series(r, "shiller:gs10"), "2025-09-01")).isEqualTo(0.0412); // 4.12%
    assertThat(last(series(r, "shiller:earnings"))).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(last(series(r, "shiller:dividend"))).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(series(r, "shiller:cape").date(0)).isEqualTo(LocalDate.of(1881, 1, 1));
    assertThat(series(r, "shiller:price").value(0)).isEqualTo(4.44);
  }

  @Test
  void datahub_zerosFrom2023_07AndPe10Before1881_areNotStored() {
    ParseResult r = SharedData.parse(DATAHUB, ImportFormat.AUTO);
    assertThat(r.stats().format()).isEqualTo(ImportFormat.SHILLER_DATAHUB);
    assertThat(r.stats().rowsRead()).isEqualTo(1866);
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 6, 1));
    List<TimeSeries> all = Sources.series(r);
    assertThat(all)
        .extracting(TimeSeries::size)
        .containsExactly(1866, 1830, 1830, 1833, 1833, 1713);
    for (TimeSeries s : all) {
      assertThat(s.observations()).noneMatch(o -> o.value() == 0);
    }
    // Zero cells (awk): Dividend and Earnings 36 (2023-07..2026-06), CPI and Long Interest Rate
    // 33 (2023-10..), PE10 153 (120 months of 1871-1880 and 33 from 2023-10).
    assertThat(r.stats().notes())
        .contains(
            "291 zero-filled points read as missing, not stored (dividend 36, earnings 36,"
                + " cpi 33, gs10 33, cape 153)");
    TimeSeries earnings = series(r, "shiller-datahub:earnings");
    assertThat(last(earnings)).isEqualTo(LocalDate.of(2023, 6, 1));
    assertThat(valueOn(earnings, "2023-06-01")).isEqualTo(181.17);
    assertThat(last(series(r, "shiller-datahub:dividend"))).isEqualTo(LocalDate.of(2023, 6, 1));
    assertThat(last(series(r, "shiller-datahub:cape"))).isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(series(r, "shiller-datahub:cape").date(0)).isEqualTo(LocalDate.of(1881, 1, 1));
    assertThat(valueOn(series(r, "shiller-datahub:price"), "2026-06-01")).isEqualTo(7450.03);
  }

  @Test
  void goyalWelch_1848Months_through2024_12() {
    ParseResult r = SharedData.parse(GOYAL_WELCH, ImportFormat.AUTO);
    assertThat(r.stats().format()).isEqualTo(ImportFormat.GOYAL_WELCH_MONTHLY);
    assertThat(new long[] {r.stats().rowsRead(), r.stats().rowsStored()})
        .containsExactly(1848, 1848);
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(Sources.series(r)).hasSize(17);
    TimeSeries price = series(r, "goyal-welch:price");
    assertThat(price.size()).isEqualTo(1848);
    assertThat(valueOn(price, "2024-12-01")).isEqualTo(5881.63); // "5,881.63"
    assertThat(valueOn(price, "1998-02-01")).isEqualTo(1049.34); // the first grouped value
    assertThat(valueOn(series(r, "goyal-welch:earnings"), "2024-12-01")).isEqualTo(210.17);
    // Non-NaN counts (Python csv): lty 1272 and tbl 1260 from 1919-01 and 1920-01; csp 788.
    assertThat(series(r, "goyal-welch:lty").size()).isEqualTo(1272);
    assertThat(series(r, "goyal-welch:tbl").size()).isEqualTo(1260);
    assertThat(series(r, "goyal-welch:csp").size()).isEqualTo(788);
    assertThat(valueOn(series(r, "goyal-welch:lty"), "2024-12-01")).isEqualTo(0.0439);
  }

  @Test
  void dgs10Daily_691DotsSkipped_restStoredAsDecimalRates() {
    ParseResult r =
        SharedData.parse(
            "treasury-yields/DGS10_daily_1962-01-02_2024-01-30.csv", ImportFormat.AUTO);
    assertThat(r.stats().format()).isEqualTo(ImportFormat.DATED_SERIES);
    assertThat(new long[] {r.stats().rowsRead(), r.stats().rowsStored(), r.stats().rowsSkipped()})
        .containsExactly(16_196, 15_505, 691);
    assertThat(r.stats().firstSkipReasons())
        .startsWith("line 31 (1962-02-12): no value", "line 39 (1962-02-22): no value");
    TimeSeries s = series(r, "dgs10:value");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(valueOn(s, "2024-01-30")).isEqualTo(0.0406);
    assertThat(valueOn(s, "1962-01-02")).isEqualTo(0.0406);
  }

  @ParameterizedTest
  @CsvSource({
    "fed-policy-rates/DFF_daily_1954-07-01_2024-01-25.csv, dff, 25411, 1954-07-01, 0.0113,"
        + " 2024-01-25, 0.0533",
    "fed-policy-rates/DFEDTARU_2008-12-16_2025-11-12.csv, dfedtaru, 6176, 2008-12-16, 0.0025,"
        + " 2025-11-12, 0.04",
    "fed-policy-rates/DFEDTAR_1982-09-27_2008-12-15.csv, dfedtar, 9577, 1982-09-27, 0.1025,"
        + " 2008-12-15, 0.01",
    "treasury-yields/datahub_us10y_monthly_1953-04_2026-06.csv, us10y, 879, 1953-04-01, 0.0283,"
        + " 2026-06-01, 0.0447",
    "treasury-yields/DGS10_monthly_avg_2006-01_2026-01.csv, dgs10-monthly, 241, 2006-01-01,"
        + " 0.0442, 2026-01-01, 0.0421",
    "fed-policy-rates/DFF_monthly_avg_2006-01_2026-01.csv, dff-monthly, 241, 2006-01-01, 0.0429,"
        + " 2026-01-01, 0.0364"
  })
  void datedSeries_fredAndDatahubFiles_firstAndLastAsDecimalRates(
      String file,
      String target,
      int rows,
      LocalDate first,
      double firstValue,
      LocalDate last,
      double lastValue) {
    ParseResult r = SharedData.parse(file, ImportFormat.AUTO);
    assertThat(r.stats().format()).isEqualTo(ImportFormat.DATED_SERIES);
    assertThat(r.datasets().get(0).targetId()).isEqualTo(target);
    assertThat(r.datasets().get(0).asOf()).isEqualTo(last);
    TimeSeries s = series(r, target + ":value");
    assertThat(s.size()).isEqualTo(rows);
    assertThat(s.date(0)).isEqualTo(first);
    assertThat(s.value(0)).isEqualTo(firstValue);
    assertThat(s.value(rows - 1)).isEqualTo(lastValue);
  }

  @Test
  void yahooTnx_refusedAsDatedSeries_detectedAsYahooPrices() {
    String tnx = "treasury-yields/yf_TNX_10y_yield_daily_2001-01-02_2026-02-13.csv";
    SharedData.file(tnx); // skips the test here, not inside the assertion, without the data
    assertThatThrownBy(() -> SharedData.parse(tnx, ImportFormat.DATED_SERIES))
        .isInstanceOfSatisfying(
            MalformedFileException.class, e -> assertThat(e.line()).isEqualTo(1))
        .hasMessageContaining("is the format YAHOO_DAILY_PRICES");
    ParseResult r = SharedData.parse(tnx, ImportFormat.AUTO);
    assertThat(r.stats().format()).isEqualTo(ImportFormat.YAHOO_DAILY_PRICES);
    // 2001-01-02,4.916999816894531,... : ^TNX quotes the yield in percent, stored as given
    assertThat(series(r, "tnx-price:close").value(0)).isEqualTo(4.916999816894531);
  }

  @Test
  void spdjiEps_156QuartersAscending_2025Q3ActualAnd2025Q4Partial() {
    ParseResult r = SharedData.parse(EPS, ImportFormat.AUTO);
    assertThat(r.stats().format()).isEqualTo(ImportFormat.SPDJI_QUARTERLY_EPS);
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    List<QuarterlyEarnings> q = Sources.quarters(r);
    assertThat(q).hasSize(156).extracting(QuarterlyEarnings::quarterEnd).isSorted();
    assertThat(q.get(0).quarterEnd()).isEqualTo(LocalDate.of(1988, 3, 31));
    assertThat(q.stream().filter(e -> e.status() == Status.ACTUAL)).hasSize(151);
    assertThat(q.stream().filter(e -> e.status() == Status.ESTIMATE)).hasSize(4);
    QuarterlyEarnings q3 = find(q, "2025-09-30");
    assertThat(q3.status()).isEqualTo(Status.ACTUAL);
    assertThat(q3.operatingEps()).isEqualTo(OptionalDouble.of(72.03));
    assertThat(q3.asReportedEps()).isEqualTo(OptionalDouble.of(63.52));
    assertThat(q3.indexPrice().getAsDouble()).isEqualTo(6688.45903689016);
    // Operating TTM to 2025-09-30: 61.21 + 57.51 + 64.01 + 72.03 = 254.76 (the sheet's column);
    // P/E = 6688.459 / 254.76 = 26.254 (the sheet's operating_pe_ttm 26.253960735163133).
    int i = q.indexOf(q3);
    double ttm =
        q.subList(i - 3, i + 1).stream().mapToDouble(e -> e.operatingEps().getAsDouble()).sum();
    assertThat(ttm).isCloseTo(254.76, within(TOL));
    assertThat(q3.indexPrice().getAsDouble() / ttm).isCloseTo(26.253960735163133, within(TOL));
    QuarterlyEarnings q4 = find(q, "2025-12-31");
    assertThat(q4.status()).isEqualTo(Status.PARTIAL);
    assertThat(q4.indexPrice().getAsDouble()).isEqualTo(6845.50470615758);
    assertThat(find(q, "2026-12-31").indexPrice()).isEmpty();
    assertThat(r.stats().notes()).contains("latest actual quarter 2025-09-30");
  }

  @Test
  void spdjiPeTable_threeIndexTotals_33SectorRowsSkipped() {
    ParseResult r = SharedData.parse(PE_TABLE, ImportFormat.AUTO);
    assertThat(r.stats().format()).isEqualTo(ImportFormat.SPDJI_INDEX_PE_TABLE);
    assertThat(new long[] {r.stats().rowsRead(), r.stats().rowsStored(), r.stats().rowsSkipped()})
        .containsExactly(36, 3, 33);
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 1, 30));
    // SOURCE.md: P/E 25.79 / 20.27 / 22.0, growth 17.3% / 15.1% / 13.0%.
    assertThat(Sources.metrics(r))
        .extracting(PublishedMetric::indexId, PublishedMetric::metric, PublishedMetric::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sp500", Metric.ESTIMATED_PE, 25.79),
            org.assertj.core.groups.Tuple.tuple("sp500", Metric.EARNINGS_GROWTH, 0.173104324423118),
            org.assertj.core.groups.Tuple.tuple("sp400", Metric.ESTIMATED_PE, 20.27),
            org.assertj.core.groups.Tuple.tuple("sp400", Metric.EARNINGS_GROWTH, 0.151232107678358),
            org.assertj.core.groups.Tuple.tuple("sp600", Metric.ESTIMATED_PE, 22.0),
            org.assertj.core.groups.Tuple.tuple(
                "sp600", Metric.EARNINGS_GROWTH, 0.130288043783294));
  }

  private static LocalDate last(TimeSeries s) {
    return s.date(s.size() - 1);
  }

  private static QuarterlyEarnings find(List<QuarterlyEarnings> q, String end) {
    LocalDate d = LocalDate.parse(end);
    return q.stream().filter(e -> e.quarterEnd().equals(d)).findFirst().orElseThrow();
  }
}
