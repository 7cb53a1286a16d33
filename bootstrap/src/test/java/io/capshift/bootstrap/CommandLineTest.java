package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.adapter.cli.CapshiftCli;
import io.capshift.adapter.cli.CliBackend;
import io.capshift.adapter.cli.KeptAnswers;
import io.capshift.adapter.cli.OutputFormat;
import io.capshift.adapter.cli.ServeSettings;
import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process against a temporary store. */
class CommandLineTest {
  @TempDir Path dir;

  /** Everything the commands of a test printed, in order. */
  private final StringBuilder out = new StringBuilder();

  private final StringBuilder err = new StringBuilder();

  private int run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = dir.toString();
    Cli.Run r = Cli.run(all);
    out.append(r.out());
    err.append(r.err());
    return r.code();
  }

  @Test
  void datasets_newStore_listsBuiltInReferenceData() {
    assertThat(run("datasets")).isZero();

    assertThat(out.toString())
        .contains("fomc-calendar@2027-12-08", "FOMC_CALENDAR", "fed-target-range@2025-12-11");
  }

  @Test
  void importThenValuation_sp500_printsBothPoliciesConcentrationAndCoverage() {
    Path file = SharedData.file("sp500-constituents/constituents-financials.csv");

    assertThat(run("import", file.toString(), "--id", "sp500", "--as-of", "2026-08-22")).isZero();
    assertThat(out.toString()).contains("stored sp500@2026-08-22");
    assertThat(run("valuation", "--id", "sp500")).isZero();

    assertThat(out.toString())
        .contains(
            "INCLUDE",
            "EXCLUDE_NEGATIVE",
            "P/E, trailing aggregate",
            "Negative earners",
            "Top-10 weight",
            "Herfindahl",
            "Names in the P/E");
  }

  @Test
  void valuation_unknownId_exitsOneWithMessage() {
    assertThat(run("valuation", "--id", "nothing")).isEqualTo(CapshiftCli.EXIT_FAILED);

    assertThat(err.toString()).contains("capshift: no index or fund 'nothing'");
  }

  @Test
  void import_malformedFile_messageNamesFileLineAndColumn() throws Exception {
    Path bad = dir.resolveSibling(dir.getFileName() + "-bad.csv");
    Files.writeString(
        bad,
        "# id: x\n# as_of: 2026-01-02\n# type: index\n"
            + "symbol,name,sector,value_usd,earnings_usd,dividends_usd,book_value_usd,sales_usd\n"
            + "A,a,s,abc,1,,,\n");

    assertThat(run("import", bad.toString())).isEqualTo(CapshiftCli.EXIT_FAILED);

    assertThat(err.toString()).containsPattern("capshift: .*-bad\\.csv:5:\\d+: ");
  }

  /**
   * Answers kept between runs, as the {@code capshift} process keeps them: the same question of an
   * unchanged store is answered again without opening it, and an import asks it anew.
   */
  @Test
  void valuation_askedAgain_theKeptAnswerUntilAnImportChangesIt() throws Exception {
    KeptAnswers kept =
        new KeptAnswers(
            dir.resolveSibling(dir.getFileName() + "-answers"),
            "this test",
            true,
            java.time.Clock.systemUTC());
    LocalBackend local = new LocalBackend(InProcessCapshift.CLOCK, Optional.of(kept));
    AtomicInteger opened = new AtomicInteger();
    CliBackend counting =
        new CliBackend() {
          @Override
          public UseCases open(Path dataDir) {
            opened.incrementAndGet();
            return local.open(dataDir);
          }

          @Override
          public Clock clock() {
            return local.clock();
          }

          @Override
          public Optional<KeptAnswers> keptAnswers() {
            return local.keptAnswers();
          }

          @Override
          public Optional<byte[]> storeState(Path dataDir) {
            return local.storeState(dataDir);
          }

          @Override
          public Optional<String> encode(Object answer, OutputFormat format) {
            return local.encode(answer, format);
          }

          @Override
          public void serve(ServeSettings settings, Path dataDir, PrintWriter w) {
            throw new UnsupportedOperationException("not served here");
          }
        };
    Path file = dir.resolveSibling(dir.getFileName() + "-small.csv");
    String header =
        "# id: small\n# as_of: 2026-01-02\n# type: index\nsymbol,value_usd,earnings_usd\n";
    Files.writeString(file, header + "A,100,5\nB,300,10\n");
    String[] valuation = {"valuation", "--id", "small", "--data", dir.toString()};
    java.util.function.Supplier<String> ask =
        () -> {
          StringWriter o = new StringWriter();
          int code =
              CapshiftCli.execute(
                  counting,
                  new PrintWriter(o, true),
                  new PrintWriter(new StringWriter()),
                  valuation);
          assertThat(code).isZero();
          return o.toString();
        };

    assertThat(run("import", file.toString())).isZero();
    String first = ask.get();
    String again = ask.get();
    assertThat(opened).hasValue(1);
    assertThat(again).isEqualTo(first).contains("P/E, trailing aggregate").contains("26.67");

    Files.writeString(file, header.replace("01-02", "01-05") + "A,100,5\nB,300,20\n");
    assertThat(run("import", file.toString())).isZero();
    String afterImport = ask.get();

    assertThat(opened).hasValue(2);
    assertThat(afterImport).isNotEqualTo(first).contains("16.00");
  }

  /** A store open elsewhere (a server) is shared: the command line reads it and writes to it. */
  @Test
  void datasetsAndImport_whileStoreIsOpenElsewhere_work() throws Exception {
    try (Capshift holder = Capshift.open(dir, InProcessCapshift.CLOCK)) {
      assertThat(run("datasets")).isZero();
      Path file = dir.resolveSibling(dir.getFileName() + "-shared.csv");
      Files.writeString(file, "# id: shared\n# as_of: 2026-01-02\nsymbol,value_usd\nA,1\n");
      assertThat(run("import", file.toString())).isZero();
      assertThat(
              holder
                  .datasets()
                  .listDatasets(new io.capshift.application.port.in.ListDatasetsQuery(0, ""))
                  .datasets())
          .anyMatch(d -> d.datasetId().equals("shared@2026-01-02"));
    }
    assertThat(err.toString()).doesNotContain("LOCK");
  }

  @Test
  void compareAndEarnings_userMetricsCsvBesideConstituents_sayWhichInputEachSideUsed()
      throws Exception {
    Path sp500 = SharedData.file("sp500-constituents/constituents-financials.csv");
    Path metrics = dir.resolveSibling(dir.getFileName() + "-metrics.csv");
    // FactSet Earnings Insight, 2025-10-31: S&P 500 6890.59, CY2025 $268.30, CY2026 $304.88
    Files.writeString(
        metrics,
        "# id: user-metrics\n"
            + "index_id,date,metric,value,source\n"
            + "russell2000,2026-08-22,TRAILING_PE,31.2,figure typed for this test\n"
            + "sp500,2025-10-29,INDEX_LEVEL,6890.59,FactSet Earnings Insight\n"
            + "sp500,2025-10-29,EPS_ESTIMATE_CURRENT_YEAR,268.30,FactSet Earnings Insight\n"
            + "sp500,2025-10-29,EPS_ESTIMATE_NEXT_YEAR,304.88,FactSet Earnings Insight\n");

    assertThat(run("import", sp500.toString(), "--id", "sp500", "--as-of", "2026-08-22")).isZero();
    assertThat(run("import", metrics.toString())).isZero();
    assertThat(run("compare", "--small", "russell2000", "--large", "sp500")).isZero();
    assertThat(run("earnings", "sp500")).isZero();

    String printed = out.toString();
    assertThat(printed)
        .contains("small  russell2000 P/E 31.20  [published TRAILING_PE")
        .contains("from PUBLISHED_METRICS; datasets user-metrics@2026-08-22]")
        .contains("large  sp500      P/E 26.14  [trailing aggregate P/E, INCLUDE")
        .contains("from CONSTITUENTS; datasets sp500@2026-08-22]")
        .contains("forward EPS (USD)    298.57  [FACTSET_CALENDAR_DAYS")
        .contains("forward P/E (x)      23.08");
  }

  @Test
  void fedwatch_barchartStrip_printsMeetingsByTargetRangesAndDrawsThem() throws Exception {
    Path strip =
        SharedData.file(
            "fed-funds-futures/barchart_ZQ_contracts_1988-10_2030-10_asof_2025-11-02.csv");
    Path chart = dir.resolveSibling(dir.getFileName() + "-fedwatch.svg");

    assertThat(run("import", strip.toString())).isZero();
    assertThat(run("fedwatch", "--as-of", "2025-11-02", "--chart", chart.toString())).isZero();
    assertThat(run("sensitivity", "--id", "russell2000", "--expected")).isZero();

    // December 2025, the decision day at the old rate: (3.8825 - (3.77 x 31 - 3.8825 x 10) / 21)
    // / 0.25 = 66.4% for a cut
    assertThat(out.toString())
        .contains("futures as of 2025-11-02; current range 3.75-4.00%")
        .containsPattern("2025-12-10 +(- +)*66\\.4% +33\\.6%")
        .contains("2026-12-09")
        .contains(
            "rate change             as expected by fed-funds-futures@2025-11-02:",
            "at the 2026-10-28 meeting vs 3.875% today (-3.13 moves of 25 bp)");
    String svg = Files.readString(chart);
    assertThat(svg)
        .startsWith("<svg")
        .endsWith("</svg>\n")
        .contains(">2025-12-10</text>", "<title>350-375 bp: 66.4%</title>")
        // a probability axis, the ranges named on the bars and in a legend
        .contains(">0%</text>", ">50%</text>", ">100%</text>", ">350-375 66%</text>")
        .contains(">375-400 today</text>", "ranges (bp):");
  }

  @Test
  void sensitivity_50bpCut_showsEveryAssumptionAndRefusesToInventOne() {
    assertThat(run("sensitivity", "--id", "russell2000", "--change-bp", "-50")).isZero();
    assertThat(run("sensitivity", "--id", "sp500", "--change-bp", "-50")).isEqualTo(1);
    assertThat(run("sensitivity", "--id", "sp500", "--change-bp", "-50", "--debt-to-earnings", "3"))
        .isZero();

    // Russell 2000: 0.005 x 0.30 x 33.76 x 0.79 = 4%; S&P 500: 0.005 x 0.06 x 3 x 0.79 = 0.071%
    assertThat(out.toString())
        .contains("russell2000: a -50 bp rate change moves earnings by +4.00%")
        .contains("about 30% of Russell 2000 debt floats", "calibrated", "21% US federal")
        .contains("sp500: a -50 bp rate change moves earnings by +0.07%", "3.00x  (given)");
    assertThat(err.toString()).contains("debt_to_earnings: no default");
  }

  /**
   * Debt data per constituent: A (value 100, E 10, EBIT 20, interest 5 → 4.0x, debt 100, 50%
   * floating), B (value 300, E 10, EBIT 6, interest 6 → 1.0x, debt 300, floating not given → the
   * given 0.30). D/E = 400/20 = 20x, floating (50 + 90)/400 = 0.35; a 100 bp cut: 0.01 × 0.35 × 20
   * × 0.79 = +5.53%. Coverage median (1.0 + 4.0)/2 = 2.50x; value-weighted B (300 of 400) → 1.00x.
   */
  @Test
  void sensitivity_constituentDebtData_measuresAssumptionsAndPrintsCoverage(@TempDir Path files)
      throws Exception {
    Path file = files.resolve("r2k-credit.csv");
    Files.writeString(
        file,
        """
        # id: r2k
        # as_of: 2026-06-30
        symbol,value_usd,earnings_usd,ebit_usd,interest_expense_usd,total_debt_usd,floating_debt_share
        A,100,10,20,5,100,0.5
        B,300,10,6,6,300,
        """);

    assertThat(run("import", file.toString())).isZero();
    assertThat(run("sensitivity", "--id", "r2k", "--change-bp", "-100", "--floating", "0.3"))
        .isZero();

    assertThat(out.toString())
        .contains("r2k: a -100 bp rate change moves earnings by +5.53%")
        .contains("20.00x  (measured: total debt / earnings of 2 constituents of r2k@2026-06-30")
        .contains(
            "EBIT / interest of 2 of 2 constituents (100.0% of value); median 2.50x,"
                + " value-weighted median 1.00x")
        .contains("below 1.5x: 1 names, 75.0% of the value with data");
  }

  @Test
  void verify_oneDamagedFile_listsItAndExitsOne() throws Exception {
    assertThat(run("datasets")).isZero(); // seeds the two built-in datasets
    assertThat(run("verify")).isZero();
    Path file;
    try (var files = Files.list(dir.resolve("datasets"))) {
      file =
          files
              .filter(p -> p.getFileName().toString().startsWith("fomc-calendar"))
              .findFirst()
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x10;
    Files.write(file, bytes);

    assertThat(run("verify")).isEqualTo(1);

    assertThat(out.toString())
        .contains("manifest ok; 2 datasets, 2 ok, 0 damaged")
        .containsPattern(
            "DAMAGED  fomc-calendar@2027-12-08: fomc-calendar@2027-12-08 \\(fomc-calendar"
                + "@2027-12-08\\.1\\.csd\\): checksum mismatch")
        .contains("ok       fed-target-range@2025-12-11")
        .contains("manifest ok; 2 datasets, 1 ok, 1 damaged");
  }

  /** Issue 5 must-show 1: one table, each fund's snapshot date, gap and sources. */
  @Test
  void funds_iwmDesIjrSpyMid2022_oneTableWithDatesGapsAndSources() {
    importRealFundData();

    assertThat(run("funds", "IWM", "DES", "IJR", "SPY", "--as-of", "2022-06-30")).isZero();

    // the scraper's snapshots pause in spring 2022: IWM's NAV is from 2022-04-28 (63 days)
    assertThat(out.toString())
        .contains("4 funds as of 2022-06-30: each fund's latest data on or before it")
        .containsPattern("facts \\(NAV\\) date +2022-04-28 +2022-04-19 +2022-02-18 +2022-02-18")
        .containsPattern("  nav +187\\.65 +31\\.26 +108\\.78 +446\\.51")
        .containsPattern("holdings snapshot +none +2022-06-02 +2021-03-10 +none")
        // the holdings of 2025 were not known in 2022: the answer does not name them
        .contains("IWM    holdings: no holdings of IWM stored on or before 2022-06-30; facts:")
        .doesNotContain("the earliest is from")
        .contains("DES    holdings: DES@2022-06-02 (FUND snapshot); facts: DES-facts@2022-08-30");
  }

  /** Issue 5 must-shows 2 and 3: IWM's look-through, turnover and flows with reversals. */
  @Test
  void fundAndFlows_iwm_lookThroughTurnoverAndReversals() {
    importRealFundData();

    assertThat(run("fund", "IWM")).isZero();
    assertThat(run("flows", "IWM", "--window", "20d")).isZero();

    assertThat(out.toString())
        .contains("holdings: 1,935 from IWM@2026-04-10")
        .contains("top-10 weight 6.08%")
        .containsPattern("    Industrials +18\\.65% +260 holdings")
        .contains("turnover 2026-01-21 -> 2026-04-10: 10.22% one-way by weight")
        // business days of the NAV only; the unchanged shares of August 2022 are missing updates
        .contains("131 flows 2021-08-16 .. 2022-08-02")
        .contains(
            "missing updates: shares outstanding unchanged 2022-08-03 .. 2022-08-29 (12 business"
                + " days)")
        .containsPattern(
            "2021-09-23  inflow   -1\\.\\d\\d bn USD -> \\d+\\.\\d\\d m USD, confirmed 2021-09-24")
        .contains("reversals (3): a reversal is a change of sign of the 20-flow rolling sum")
        .contains("3 flows 2025-11-05 .. 2026-04-10, total -5.66 bn USD");
  }

  private void importRealFundData() {
    assertThat(
            run(
                "import",
                SharedData.file(
                        "etf-fundamentals-snapshots/"
                            + "stockanalysis_etf_overviews_daily_2021-07-08_2022-08-30.csv")
                    .toString()))
        .isZero();
    assertThat(
            run(
                "import",
                SharedData.file(
                        "wisdomtree-des-holdings/"
                            + "DES_top200_weights_daily_2021-07-09_2022-02-21.csv")
                    .toString()))
        .isZero();
    assertThat(
            run(
                "import",
                SharedData.file("ishares-ijr-holdings/IJR_holdings_undated_c2021.csv").toString(),
                "--as-of",
                "2021-03-10"))
        .isZero();
    for (String date : java.util.List.of("2025-05-13", "2025-11-05", "2026-01-21", "2026-04-10")) {
      assertThat(
              run(
                  "import",
                  SharedData.file("ishares-iwm-holdings/IWM_holdings_" + date + ".csv").toString()))
          .isZero();
    }
  }

  @Test
  void import_folder_detectsEachFileAndGoesOnPastOneItCannotRead(@TempDir Path folder)
      throws Exception {
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("a.csv"), "# id: tiny\nsymbol,value_usd\nA,10\n");
    Files.writeString(folder.resolve("sub/b.csv"), "what,is,this\n1,2,3\n");
    Files.writeString(folder.resolve("SOURCE.md"), "not data\n");

    assertThat(run("import", folder.toString())).isEqualTo(1);

    assertThat(out.toString())
        .contains("[1/2] " + folder.resolve("a.csv") + " (capshift-constituents)")
        .contains("[2/2] " + folder.resolve("sub/b.csv") + ": not imported: format: cannot tell")
        .contains(folder + ": 2 files, 1 imported, 1 not imported");
  }

  /** Issue 6 must-show 4: the thesis, then the same with no cuts, and what changed. */
  @Test
  void scenario_thesisVersusNoCuts_onlyTheRateEffectMoves() {
    assertThat(run("scenario", "--versus-no-cuts")).isZero();

    // small: 1.212 × 1.04 − 1 = 26.05% (rates +4.00, compounding +0.85); no cuts: 21.20%
    assertThat(out.toString())
        .contains("scenario thesis-2026: 1.0 years, rate moves [-25.0, -25.0] bp (-50 bp in all)")
        .containsPattern(
            "small caps \\(Russell 2000, IWM\\) +0\\.00% +21\\.20% +4\\.00% +0\\.00%"
                + " +0\\.85% +26\\.05%")
        .contains("small minus large: +14.05 points a year")
        .contains("small minus large: +9.20 points a year")
        .contains(
            "small  rates +4.00, compound +0.85, total +4.85; unchanged: dividend yield,"
                + " earnings growth, multiple");
  }

  /** A fresh store: the report answers what it can and names what it lacks and how to import it. */
  @Test
  void report_freshStore_saysWhichDataItLacks() {
    assertThat(run("report", "--as-of", "2025-12-15")).isZero();

    assertThat(out.toString())
        .contains("capshift report as of 2025-12-15")
        .contains("== The rotation call ==")
        // only the built-in target ranges, known to 2025-12-11: the policy direction alone
        // (upper bound 4.50% at the end of December 2024, 3.75% from 2025-12-11: a 0.75-point
        // fall)
        .contains("rotation signal as of 2025-12-15: OVERWEIGHT_SMALL (score +0.85 sd")
        .contains("1 of 5 components used")
        .contains("policy direction               0.0075    +0.85")
        .contains("2025-12-11 (4 days before)")
        .contains("lacks data: no fed funds futures strip is stored")
        .contains("lacks data: no series 'ff-size:vw_lo20'")
        .contains("fetch it: ./capshift fetch (docs/data-sources.md), or import files")
        .contains("scenario thesis-2026: 1.0 years");

    // half a year on, the built-in ranges say nothing of the months since 2025-12-11
    out.setLength(0);
    assertThat(run("report", "--as-of", "2026-06-30")).isZero();
    assertThat(out.toString())
        .contains(
            "lacks data: no component of the signal is usable at 2026-06-30: relative momentum:")
        .contains(
            "policy direction: stale: the policy rate is known to 2025-12-11 (no futures strip or"
                + " CME FedWatch history of the time stored); its last observation, 2025-12-11, is"
                + " 201 days before 2026-06-30, over the 10-day limit for daily data");
  }
}
