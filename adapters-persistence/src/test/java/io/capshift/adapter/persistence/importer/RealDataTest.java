package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.in.ImportStats;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The importers on the publishers' own files. Expected figures were counted with Python's csv
 * module and awk over the same files, and agree with each folder's SOURCE.md.
 */
class RealDataTest {
  private static final String SP500 = "sp500-constituents/constituents-financials.csv";
  private static final String IWM = "ishares-iwm-holdings/IWM_holdings_";

  @ParameterizedTest
  @EnumSource(names = {"SP500_FINANCIALS", "AUTO"})
  void sp500_503Rows_34WithoutMarketCapSkipped(ImportFormat format) {
    ParseResult r = SharedData.parse(SP500, format);
    ImportStats st = r.stats();
    assertThat(st.format()).isEqualTo(ImportFormat.SP500_FINANCIALS);
    assertThat(new long[] {st.rowsRead(), st.rowsStored(), st.rowsSkipped()})
        .containsExactly(503, 469, 34); // SOURCE.md: 503 rows, Market Cap blank in 34
    assertThat(st.firstSkipReasons())
        .startsWith(
            "line 37 (ADI): no market cap",
            "line 38 (ANSS): no market cap",
            "line 53 (AZO): no market cap");
    // 439 names have P/E > 0; the other 30 with a market cap have EPS and price, all losses.
    assertThat(st.notes())
        .anyMatch(n -> n.endsWith("(by P/E: 439, by EPS: 30, no earnings data: 0)"));
    ConstituentSnapshot s = Sources.snapshot(r);
    assertThat(s.type()).isEqualTo(SnapshotType.INDEX);
    List<Constituent> all = List.copyOf(s.constituents());
    assertThat(all.stream().filter(c -> c.earnings().orElse(0) < 0)).hasSize(30);
    // 385 payers; the 84 blank yields among the 469 are non-payers (0), so the index yield is
    // 730,070,716,695.94 / 68,622,870,775,993 = 1.0639%, not the payer-only 1.24%.
    assertThat(all.stream().filter(c -> c.dividends().isPresent())).hasSize(469);
    assertThat(all.stream().filter(c -> c.dividends().getAsDouble() > 0)).hasSize(385);
    double dividends = all.stream().mapToDouble(c -> c.dividends().getAsDouble()).sum();
    assertThat(dividends / all.stream().mapToDouble(Constituent::value).sum())
        .isCloseTo(0.010638883, within(1e-9));
    assertThat(all.stream().filter(c -> c.bookValue().isPresent())).hasSize(465);
    assertThat(all.stream().filter(c -> c.sales().isPresent())).hasSize(469);
    double cap = all.stream().mapToDouble(Constituent::value).sum();
    double earnings = all.stream().mapToDouble(c -> c.earnings().orElse(0)).sum();
    assertThat(cap).isCloseTo(68_622_870_775_993.0, within(1.0));
    assertThat(earnings).isCloseTo(2_625_576_584_506.35, within(1.0));
    Constituent mmm = s.constituent(0);
    assertThat(mmm.symbol()).isEqualTo("MMM");
    // E = 92,293,693,440 / 31.786858; D = 0.0175 x 92,293,693,440 = 1,615,139,635.2
    assertThat(mmm.earnings().getAsDouble()).isCloseTo(92_293_693_440.0 / 31.786858, within(1e-3));
    assertThat(mmm.dividends().getAsDouble()).isCloseTo(1_615_139_635.2, within(1e-3));
  }

  @ParameterizedTest
  @CsvSource({
    "2025-05-13, 1944, 1939, 303600000, 63707761090.21, 5",
    "2025-11-05, 1967, 1962, 281300000, 68725917166.58, 3",
    "2026-01-21, 1957, 1952, 291350000, 78093589912.17, 3",
    "2026-04-10, 1941, 1936, 280200000, 73066556610.53, 2"
  })
  void iwm_eachFile_isAFundAtItsDateWithEquityRowsOnly(
      LocalDate date, long read, long equities, double shares, double equityValue, int named) {
    ParseResult r = SharedData.parse(IWM + date + ".csv", ImportFormat.AUTO);
    assertThat(r.stats().format()).isEqualTo(ImportFormat.ISHARES_HOLDINGS);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("IWM");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(date);
    // Each file: 2 Cash, 1 Money Market, 1 Cash Collateral and Margins, 1 Futures row.
    assertThat(new long[] {r.stats().rowsRead(), r.stats().rowsStored(), r.stats().rowsSkipped()})
        .containsExactly(read, equities, 5);
    ConstituentSnapshot s = Sources.snapshot(r);
    assertThat(s.type()).isEqualTo(SnapshotType.FUND);
    assertThat(s.fundFacts().sharesOutstanding().getAsDouble()).isEqualTo(shares);
    double total = s.constituents().stream().mapToDouble(Constituent::value).sum();
    assertThat(total).isCloseTo(equityValue, within(0.5));
    assertThat(r.stats().notes())
        .contains(named + " equity holdings without a ticker ('-') are stored under their name");
    assertThat(s.constituents()).allSatisfy(c -> assertThat(c.earnings()).isEmpty());
  }

  @Test
  void iwm20260410_skipReasons_nameEachNonEquityRow() {
    ParseResult r = SharedData.parse(IWM + "2026-04-10.csv", ImportFormat.ISHARES_HOLDINGS);
    assertThat(r.stats().firstSkipReasons())
        .containsExactly(
            "line 230 (XTSLA): not an equity holding (Money Market)",
            "line 323 (USD): not an equity holding (Cash)",
            "line 1041 (MSFUT): not an equity holding (Cash Collateral and Margins)",
            "line 1943 (CAD): not an equity holding (Cash)",
            "line 1951 (RTYM6): not an equity holding (Futures)");
    assertThat(r.stats().notes()).noneMatch(n -> n.startsWith("as-of"));
  }

  @Test
  void iwm_allFourFiles_haveDistinctAsOfDates() {
    Set<LocalDate> dates = new HashSet<>();
    for (String d : List.of("2025-05-13", "2025-11-05", "2026-01-21", "2026-04-10")) {
      dates.add(SharedData.parse(IWM + d + ".csv", ImportFormat.AUTO).datasets().get(0).asOf());
    }
    assertThat(dates).hasSize(4);
  }

  @Test
  void ijr_undatedFileWithoutPreamble_takesTickerFromNameAndImportDate() {
    ParseResult r =
        SharedData.parse("ishares-ijr-holdings/IJR_holdings_undated_c2021.csv", ImportFormat.AUTO);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("IJR");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(Sources.IMPORT_DATE);
    // SOURCE.md: 694 holdings, 687 Equity (1 Money Market, 2 Cash, 3 Collateral, 1 Futures).
    assertThat(new long[] {r.stats().rowsRead(), r.stats().rowsStored(), r.stats().rowsSkipped()})
        .containsExactly(694, 687, 7);
    assertThat(Sources.snapshot(r).fundFacts().sharesOutstanding()).isEmpty();
  }
}
