package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.MalformedFileException;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The ETF overview, wide weights, Yahoo prices and French portfolio formats, on small files. */
class FundAndReturnFormatsTest {
  private static final double TOL = 1e-12;

  @Test
  void etfOverview_twoFunds_factsSeriesPerFundInStandardUnits() {
    String file =
        "date_utc,commit_time_utc,commit,ticker,Price,Assets,NAV,Expense,PE,SharesOut,Div,DivYield\n"
            + "2022-08-29,2022-08-29T21:00:00+00:00,c1,IWM,,56100.0,196.0,0.19,11.8,286.2,2.24,1.19\n"
            + "2022-08-30,2022-08-30T21:00:00+00:00,c2,IWM,,55980.0,195.39,0.19,11.74,286.5,2.24,1.19\n"
            + "2022-08-30,2022-08-30T21:00:00+00:00,c2,SPY,,,397.0,0.09,16.11,,,\n";

    ParseResult r = Sources.parse("etf.csv", ImportFormat.AUTO, file);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.ETF_OVERVIEW_SNAPSHOTS);
    assertThat(r.datasets())
        .extracting(ParsedDataset::targetId)
        .containsExactly("IWM-facts", "SPY-facts");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2022, 8, 30));
    // 55,980 USD millions; 286.5 million shares; 0.19% → 0.0019; 1.19% → 0.0119
    assertThat(last(r, "IWM-facts:assets")).isEqualTo(55_980e6);
    assertThat(last(r, "SPY-facts:pe")).isEqualTo(16.11);
    assertThat(last(r, "IWM-facts:shares_outstanding")).isEqualTo(286.5e6);
    assertThat(last(r, "IWM-facts:expense_ratio")).isCloseTo(0.0019, within(TOL));
    assertThat(last(r, "IWM-facts:dividend_yield")).isCloseTo(0.0119, within(TOL));
    assertThat(Sources.series(r, "IWM-facts:nav").size()).isEqualTo(2);
  }

  @Test
  void etfOverview_sameFundAndDayTwice_isMalformed() {
    String file = "date_utc,ticker,NAV\n2022-08-30,IWM,1\n2022-08-30,IWM,2\n";
    assertThatThrownBy(() -> Sources.parse("etf.csv", ImportFormat.ETF_OVERVIEW_SNAPSHOTS, file))
        .isInstanceOfSatisfying(
            MalformedFileException.class, e -> assertThat(e.line()).isEqualTo(3))
        .hasMessageContaining("IWM on 2022-08-30 is already given on line 2");
  }

  @Test
  void wideWeights_datesBecomeSnapshots_repeatsSkippedWithReasons() {
    String file =
        ",AAA,BBB,CCC,SUM\n"
            + "07/09/2021,1.5,0.5,0.0,2.0\n"
            + "07/12/2021,1.4,0.0,0.7,2.1\n"
            + "07/13/2021,1.4,0.0,0.7,2.1\n"
            + "07/12/2021,1.3,0.1,0.7,2.1\n";

    ParseResult r = Sources.parse("DES_top200_weights.csv", ImportFormat.AUTO, file);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.WISDOMTREE_WEIGHTS_WIDE);
    assertThat(r.datasets()).extracting(ParsedDataset::targetId).containsOnly("DES");
    assertThat(r.datasets())
        .extracting(ParsedDataset::asOf)
        .containsExactly(LocalDate.of(2021, 7, 9), LocalDate.of(2021, 7, 12));
    ConstituentSnapshot first = Sources.snapshot(r);
    assertThat(first.type()).isEqualTo(SnapshotType.FUND);
    assertThat(first.constituents())
        .extracting(c -> c.symbol() + "=" + c.value())
        .containsExactly("AAA=1.5", "BBB=0.5");
    assertThat(r.stats().firstSkipReasons())
        .containsExactly(
            "line 4 (2021-07-13): the same weights as line 3 (a repeated scrape)",
            "line 5 (2021-07-12): date given again (first on line 3)");
    assertThat(r.stats().notes()).anyMatch(n -> n.contains("(2.1% of the fund on 2021-07-12)"));
  }

  @Test
  void wideWeights_negativeWeight_isMalformedAtItsCell() {
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "DES_w.csv",
                    ImportFormat.WISDOMTREE_WEIGHTS_WIDE,
                    ",AAA,SUM\n07/09/2021,-1,1\n"))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 12))
        .hasMessageContaining("a weight is a percent in [0, 100]");
  }

  @Test
  void yahoo_withAdjClose_closeAndAdjustedSeriesUnderTickerPrice() {
    String file =
        "Date,Open,High,Low,Close,Adj Close,Volume\n"
            + "2000-05-26,91.0,91.4,90.6,91.06,62.1,74800\n"
            + "2000-05-30,92.0,93.0,91.9,92.75,63.25,57600\n";

    ParseResult r = Sources.parse("yf_IWM_daily.csv", ImportFormat.AUTO, file);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.YAHOO_DAILY_PRICES);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("iwm-price");
    assertThat(Sources.series(r, "iwm-price:adj_close").value(1)).isEqualTo(63.25);
    assertThat(Sources.series(r, "iwm-price:close").unit()).contains("not adjusted");
  }

  /**
   * Two tables: value-weighted monthly (kept, vw_) and annual (skipped); -99.99 is absent. 192607
   * Lo 20 0.29% → 0.0029.
   */
  @Test
  void french_monthlyTablesKept_annualSkipped_percentToDecimal() {
    String file =
        "This file was created using the 202602 CRSP database.\n\n"
            + "  Average Value Weight Returns -- Monthly\n"
            + ",<= 0,Lo 20,Qnt 2,Hi 20,2-Dec\n"
            + "192607,  -99.99,    0.29,    0.47,    3.64,   0.57\n"
            + "192608,  -99.99,    2.30,    3.50,    3.06,   2.51\n\n"
            + "  Value Weight Returns -- Annual from January to December\n"
            + ",<= 0,Lo 20,Qnt 2,Hi 20,2-Dec\n"
            + "  1927,  -99.99,   32.88,   36.79,   31.18,  33.22\n";

    ParseResult r = Sources.parse("Portfolios_Formed_on_ME_test.csv", ImportFormat.AUTO, file);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.FRENCH_PORTFOLIOS);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("ff-size");
    assertThat(Sources.series(r))
        .extracting(TimeSeries::id)
        .containsExactly("ff-size:vw_lo20", "ff-size:vw_q2", "ff-size:vw_hi20", "ff-size:vw_d2");
    TimeSeries lo20 = Sources.series(r, "ff-size:vw_lo20");
    assertThat(lo20.date(0)).isEqualTo(LocalDate.of(1926, 7, 1));
    assertThat(lo20.value(0)).isCloseTo(0.0029, within(TOL));
    assertThat(lo20.size()).isEqualTo(2);
  }

  @Test
  void french_factorFile_columnsWithoutPrefix() {
    ParseResult r =
        Sources.parse(
            "F-F_Research_Data_Factors.csv",
            ImportFormat.AUTO,
            ",Mkt-RF,SMB,HML,RF\n192607,    2.96,   -2.56,   -2.43,    0.22\n");

    assertThat(r.datasets().get(0).targetId()).isEqualTo("ff-factors");
    assertThat(Sources.series(r, "ff-factors:mkt_rf").value(0)).isCloseTo(0.0296, within(TOL));
    assertThat(Sources.series(r, "ff-factors:rf").value(0)).isCloseTo(0.0022, within(TOL));
  }

  @Test
  void fundFlows_twoFunds_seriesPerFund_repeatRefused() {
    ParseResult r =
        Sources.parse(
            "flows.csv",
            ImportFormat.AUTO,
            "# source: my desk\ndate,fund,flow_usd\n2026-01-05,IWM,-2.5e8\n2026-01-06,IWM,1e8\n"
                + "2026-01-05,DES,3e6\n");

    assertThat(r.stats().format()).isEqualTo(ImportFormat.CAPSHIFT_FUND_FLOWS);
    assertThat(r.datasets())
        .extracting(ParsedDataset::targetId)
        .containsExactly("DES-flows", "IWM-flows");
    assertThat(last(r, "IWM-flows:flow_usd")).isEqualTo(1e8);
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "flows.csv",
                    ImportFormat.CAPSHIFT_FUND_FLOWS,
                    "date,fund,flow_usd\n2026-01-05,IWM,1\n2026-01-05,IWM,2\n"))
        .isInstanceOfSatisfying(
            MalformedFileException.class, e -> assertThat(e.line()).isEqualTo(3))
        .hasMessageContaining("IWM on 2026-01-05 is already given on line 2");
  }

  /** The last value of series {@code id}, in whichever dataset of {@code r} holds it. */
  private static double last(ParseResult r, String id) {
    TimeSeries s =
        r.datasets().stream()
            .flatMap(d -> ((DatasetContent.SeriesSet) d.content()).series().stream())
            .filter(x -> x.id().equals(id))
            .findFirst()
            .orElseThrow();
    return s.value(s.size() - 1);
  }
}
