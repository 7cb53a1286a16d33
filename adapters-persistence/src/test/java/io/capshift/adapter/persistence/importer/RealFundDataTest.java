package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.valuation.ConstituentSnapshot;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The fund, price and portfolio-return files in ../shared/data, auto-detected; values checked
 * against cells read off each file by hand.
 */
class RealFundDataTest {
  private static final double TOL = 1e-12;

  @Test
  void etfOverviews_twelveFunds_iwmFirstAndLastRowsAsInTheFile() {
    ParseResult r =
        SharedData.parse(
            "etf-fundamentals-snapshots/stockanalysis_etf_overviews_daily_2021-07-08_2022-08-30.csv",
            ImportFormat.AUTO);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.ETF_OVERVIEW_SNAPSHOTS);
    assertThat(r.stats().rowsRead()).isEqualTo(2_290);
    assertThat(r.datasets()).hasSize(12);
    // 2021-07-08,IWM,223.76,68900.0,229.01,0.19,22.05,,1.9,0.83 ... 2022-08-30: 286.5 M shares
    TimeSeries pe = series(r, "IWM-facts:pe");
    assertThat(pe.date(0)).isEqualTo(LocalDate.of(2021, 7, 8));
    assertThat(pe.value(0)).isEqualTo(22.05);
    assertThat(series(r, "IWM-facts:assets").value(0)).isEqualTo(68_900e6);
    TimeSeries shares = series(r, "IWM-facts:shares_outstanding");
    assertThat(shares.date(shares.size() - 1)).isEqualTo(LocalDate.of(2022, 8, 30));
    assertThat(shares.value(shares.size() - 1)).isEqualTo(286.5e6);
  }

  @Test
  void desWeights_repeatedScrapesSkipped_firstDayAsInTheFile() {
    ParseResult r =
        SharedData.parse(
            "wisdomtree-des-holdings/DES_top200_weights_daily_2021-07-09_2022-02-21.csv",
            ImportFormat.AUTO);

    assertThat(r.stats().format()).isEqualTo(ImportFormat.WISDOMTREE_WEIGHTS_WIDE);
    assertThat(r.stats().rowsRead()).isEqualTo(165);
    assertThat(r.datasets()).hasSize((int) r.stats().rowsStored());
    assertThat(r.datasets()).extracting(ParsedDataset::targetId).containsOnly("DES");
    ConstituentSnapshot first =
        ((DatasetContent.Constituents) r.datasets().get(0).content()).snapshot();
    assertThat(first.asOf()).isEqualTo(LocalDate.of(2021, 7, 9));
    assertThat(first.constituent(0).symbol()).isEqualTo("VGR");
    assertThat(first.constituent(0).value()).isEqualTo(1.68);
    assertThat(first.size()).isEqualTo(200);
  }

  @Test
  void frenchSizePortfolios_quintilesFrom192607_asInTheFile() {
    ParseResult r =
        SharedData.parse(
            "french-size-portfolios/Portfolios_Formed_on_ME_CRSP202602.csv", ImportFormat.AUTO);

    assertThat(r.datasets().get(0).targetId()).isEqualTo("ff-size");
    // 192607, -99.99, 0.06, 1.53, 3.40, 0.29 (Lo 20), ..., 3.64 (Hi 20)
    TimeSeries lo20 = Sources.series(r, "ff-size:vw_lo20");
    assertThat(lo20.size()).isEqualTo(1_196);
    assertThat(lo20.date(0)).isEqualTo(LocalDate.of(1926, 7, 1));
    assertThat(lo20.value(0)).isCloseTo(0.0029, within(TOL));
    assertThat(Sources.series(r, "ff-size:vw_hi20").value(0)).isCloseTo(0.0364, within(TOL));
    assertThat(Sources.series(r, "ff-size:ew_lo20").size()).isEqualTo(1_196);
  }

  @Test
  void yahooIwm_adjustedCloseForReturns() {
    ParseResult r =
        SharedData.parse(
            "etf-index-prices/yf_IWM_daily_2000-05-26_2022-11-18_with_adjclose.csv",
            ImportFormat.AUTO);

    assertThat(r.datasets().get(0).targetId()).isEqualTo("iwm-price");
    assertThat(Sources.series(r, "iwm-price:adj_close").size()).isEqualTo(5_658);
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2022, 11, 18));
  }

  private static TimeSeries series(ParseResult r, String id) {
    return r.datasets().stream()
        .flatMap(d -> ((DatasetContent.SeriesSet) d.content()).series().stream())
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
