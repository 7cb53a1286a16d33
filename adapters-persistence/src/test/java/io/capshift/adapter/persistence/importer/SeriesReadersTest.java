package io.capshift.adapter.persistence.importer;

import static io.capshift.adapter.persistence.importer.Sources.assertMalformedAt;
import static io.capshift.adapter.persistence.importer.Sources.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GOYAL_WELCH_MONTHLY and DATED_SERIES on small hand-made files. */
class SeriesReadersTest {
  private static final double TOL = 1e-12;
  private static final String GW_HEADER =
      "yyyymm,Index,D12,E12,b/m,tbl,AAA,BAA,lty,ntis,Rfree,infl,ltr,corpr,svar,csp,CRSP_SPvw,"
          + "CRSP_SPvwx\r\n";
  // The last two rows of PredictorData2024 and the first, CRLF, no newline at the end. csp is
  // NaN in every row: no series.
  private static final String GW =
      GW_HEADER
          + "187101,4.44,0.2600,0.4000,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN\r\n"
          + String.join(
              ",",
              "202411,\"6,032.38\",74.3549,206.8700,0.1734100932,0.0442,0.0514,0.0578,0.0436",
              "-0.0041205760,0.004000,-0.0005417152,0.0078,0.0134,0.0012639851,NaN,0.060420",
              "0.059016\r\n")
          + String.join(
              ",",
              "202412,\"5,881.63\",74.8323,210.1700,0.1830556536,0.0427,0.0520,0.0580,0.0439",
              "-0.0046144523,0.003700,0.0003550000,-0.0154,-0.0194,0.0016434850,NaN,-0.023445",
              "-0.024621");

  @Test
  void goyalWelch_rowsWithGroupedIndexAndNaN_becomeDecimalSeriesByMonth() {
    ParseResult r = Sources.parse("PredictorData2024.csv", ImportFormat.GOYAL_WELCH_MONTHLY, GW);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("goyal-welch");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(Sources.series(r))
        .hasSize(16)
        .extracting(TimeSeries::id)
        .doesNotContain("goyal-welch:csp");
    assertThat(series(r, "goyal-welch:price").observations())
        .containsExactly(
            obs("1871-01-01", 4.44), obs("2024-11-01", 6032.38), obs("2024-12-01", 5881.63));
    // Trailing P/E 2024-12 = 5,881.63 / 210.17 = 27.9851...
    double pe =
        Sources.valueOn(series(r, "goyal-welch:price"), "2024-12-01")
            / Sources.valueOn(series(r, "goyal-welch:earnings"), "2024-12-01");
    assertThat(pe).isCloseTo(27.98510729409526, within(TOL));
    assertThat(series(r, "goyal-welch:tbl").values(0, 2)).containsExactly(0.0442, 0.0427);
    assertThat(series(r, "goyal-welch:lty").values(0, 2)).containsExactly(0.0436, 0.0439);
    assertThat(series(r, "goyal-welch:lty").unit()).startsWith("decimal rate (0.0425 = 4.25%)");
    assertThat(series(r, "goyal-welch:bm").size()).isEqualTo(2);
    assertThat(series(r, "goyal-welch:crsp_spvwx").values(0, 2))
        .containsExactly(0.059016, -0.024621);
    assertThat(r.stats().notes()).contains("column 'csp' has no value: no series stored");
    assertThat(r.stats().rowsStored()).isEqualTo(3);
  }

  @Test
  void goyalWelch_requiredColumnsOnly_andBadGrouping_isMalformed() {
    String header = "yyyymm,Index,D12,E12,tbl,lty\n";
    ParseResult r =
        Sources.parse(
            "gw.csv", ImportFormat.GOYAL_WELCH_MONTHLY, header + "202412,1,2,3,0.04,0.05\n");
    assertThat(Sources.series(r))
        .extracting(TimeSeries::id)
        .containsExactly(
            "goyal-welch:price",
            "goyal-welch:dividend",
            "goyal-welch:earnings",
            "goyal-welch:tbl",
            "goyal-welch:lty");
    assertMalformedAt(
        2,
        8,
        "expected a number in column 'Index', found '6,03.38'",
        () ->
            Sources.parse(
                "gw.csv",
                ImportFormat.GOYAL_WELCH_MONTHLY,
                header + "202412,\"6,03.38\",2,3,0.04,0.05\n"));
    assertMalformedAt(
        2,
        1,
        "expected a month yyyymm in column 'yyyymm', found '202413'",
        () ->
            Sources.parse(
                "gw.csv", ImportFormat.GOYAL_WELCH_MONTHLY, header + "202413,1,2,3,0.04,0.05\n"));
  }

  @Test
  void datedSeries_fredDots_areSkippedAndPercentBecomesDecimal() {
    ParseResult r =
        Sources.parse(
            "DGS10.csv",
            ImportFormat.DATED_SERIES,
            "DATE,DGS10\n2024-01-26,4.15\n2024-01-29,.\n2024-01-30,4.06\n");
    assertThat(r.datasets().get(0).targetId()).isEqualTo("dgs10");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2024, 1, 30));
    TimeSeries s = series(r, "dgs10:value");
    assertThat(s.unit()).isEqualTo("decimal rate (0.0425 = 4.25%)");
    assertThat(s.observations())
        .containsExactly(obs("2024-01-26", 0.0415), obs("2024-01-30", 0.0406));
    assertThat(r.stats().firstSkipReasons()).containsExactly("line 3 (2024-01-29): no value");
    assertThat(new long[] {r.stats().rowsRead(), r.stats().rowsStored(), r.stats().rowsSkipped()})
        .containsExactly(3, 2, 1);
    assertThat(r.stats().notes()).contains("DGS10 is a percent rate: stored as decimal rates");
  }

  @Test
  void datedSeries_observationDateBlankAndUnknownSeries_keepsValuesAsPublished() {
    ParseResult r =
        Sources.parse(
            "fred_sp500.csv",
            ImportFormat.DATED_SERIES,
            "observation_date,SP500\n2016-02-12,1864.78\n2016-02-15,\n2016-02-16,1895.58\n");
    TimeSeries s = series(r, "sp500-price:value");
    assertThat(s.unit()).isEqualTo("as published");
    assertThat(s.values(0, 2)).containsExactly(1864.78, 1895.58);
    assertThat(r.stats().notes())
        .contains("SP500 is not a known percent series: values stored as published");
  }

  @Test
  void datedSeries_usDatesOfDff_andDatahubRate_areRead() {
    ParseResult dff =
        Sources.parse(
            "DFF.csv",
            ImportFormat.DATED_SERIES,
            "DATE,DFF\r\n7/1/1954,1.13\r\n7/2/1954,1.25\r\n12/31/1954,1.28\r\n");
    assertThat(series(dff, "dff:value").observations())
        .containsExactly(
            obs("1954-07-01", 0.0113), obs("1954-07-02", 0.0125), obs("1954-12-31", 0.0128));
    ParseResult rate =
        Sources.parse(
            "monthly.csv",
            ImportFormat.DATED_SERIES,
            "Date,Rate\r\n1953-04-01,2.83\r\n2026-06-01,4.47");
    assertThat(rate.datasets().get(0).targetId()).isEqualTo("us10y");
    assertThat(series(rate, "us10y:value").values(0, 2)).containsExactly(0.0283, 0.0447);
    assertThat(rate.stats().notes())
        .anyMatch(n -> n.startsWith("target us10y: datahub's Date,Rate"));
    ParseResult mine =
        Sources.PARSER.parse(
            Sources.withTarget(
                Sources.of("x.csv", ImportFormat.DATED_SERIES, "DATE,DGS2\n2024-01-25,4.28\n"),
                "ust2"));
    assertThat(Sources.series(mine)).extracting(TimeSeries::id).containsExactly("ust2:value");
  }

  /**
   * FRED's monthly averages of the daily DGS10 carry the daily series' name: they are stored as
   * dgs10-monthly so the daily history stays reachable. A monthly series of another name, and one
   * the user names, keep their ids.
   */
  @Test
  void datedSeries_monthlyAveragesOfADailySeries_storedUnderTheirOwnId() {
    ParseResult monthly =
        Sources.parse(
            "DGS10_monthly_avg.csv",
            ImportFormat.DATED_SERIES,
            "observation_date,DGS10\n2006-01-01,4.42\n2006-02-01,4.57\n");
    assertThat(monthly.datasets().get(0).targetId()).isEqualTo("dgs10-monthly");
    assertThat(Sources.series(monthly))
        .extracting(TimeSeries::id)
        .containsExactly("dgs10-monthly:value");
    assertThat(monthly.stats().notes())
        .contains(
            "DGS10 is a daily series but the file holds one value a month: stored as"
                + " dgs10-monthly so that it does not hide the daily dgs10");
    ParseResult gs10 =
        Sources.parse(
            "GS10.csv",
            ImportFormat.DATED_SERIES,
            "observation_date,GS10\n2006-01-01,4.42\n2006-02-01,4.57\n");
    assertThat(gs10.datasets().get(0).targetId()).isEqualTo("gs10");
    ParseResult named =
        Sources.PARSER.parse(
            Sources.withTarget(
                Sources.of(
                    "x.csv",
                    ImportFormat.DATED_SERIES,
                    "observation_date,DGS10\n2006-01-01,4.42\n2006-02-01,4.57\n"),
                "ust10"));
    assertThat(named.datasets().get(0).targetId()).isEqualTo("ust10");
  }

  @Test
  void datedSeries_yahooTableOrBadCells_areRefusedWithPlace() {
    assertMalformedAt(
        1,
        1,
        "is the format YAHOO_DAILY_PRICES",
        () ->
            Sources.parse(
                "^TNX.csv",
                ImportFormat.DATED_SERIES,
                "Date,Close,High,Low,Open,Volume\r\n2001-01-02,4.9,5.0,4.8,5.0,0\r\n"));
    assertMalformedAt(
        1,
        1,
        "expected the first column to be observation_date or DATE",
        () -> Sources.parse("x.csv", ImportFormat.DATED_SERIES, "when,DGS10\n"));
    assertMalformedAt(
        2,
        1,
        "expected a date YYYY-MM-DD or a date M/D/YYYY in column 'DATE', found '2024-02-30'",
        () -> Sources.parse("x.csv", ImportFormat.DATED_SERIES, "DATE,DGS10\n2024-02-30,4\n"));
    assertMalformedAt(
        2,
        12,
        "expected a percent between -100 and 100",
        () -> Sources.parse("x.csv", ImportFormat.DATED_SERIES, "DATE,DGS10\n2024-01-02,425\n"));
    assertMalformedAt(
        0,
        0,
        "no usable row",
        () -> Sources.parse("x.csv", ImportFormat.DATED_SERIES, "DATE,DGS10\n2024-01-02,.\n"));
    assertThatThrownBy(
            () ->
                Sources.parse("x.csv", ImportFormat.DATED_SERIES, "DATE,10y yield\n2024-01-02,4\n"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("target_id"));
  }

  private static Observation obs(String date, double value) {
    return new Observation(LocalDate.parse(date), value);
  }
}
