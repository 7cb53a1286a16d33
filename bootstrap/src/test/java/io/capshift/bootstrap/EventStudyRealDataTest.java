package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.domain.history.EasingEvent;
import io.capshift.domain.history.EventOutcome;
import io.capshift.domain.history.EventStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event study on the real files: Kenneth French's size quintiles and FRED's target rate. One
 * event's 12-month small-minus-large return is recomputed here from the raw file's lines,
 * independently of capshift's importer and calculator.
 */
class EventStudyRealDataTest {
  private static final String ME = "french-size-portfolios/Portfolios_Formed_on_ME_CRSP202602.csv";

  @TempDir Path dir;

  @BeforeEach
  void importFiles() {
    for (String f :
        List.of(
            ME,
            "fed-policy-rates/DFEDTAR_1982-09-27_2008-12-15.csv",
            "fed-policy-rates/DFEDTARU_2008-12-16_2025-11-12.csv",
            "fomc-meetings/fomc_calendar_1980-2023_QubitLogic.csv",
            "fomc-meetings/fomc_dates_2024-2026.csv")) {
      assertThat(Cli.run("import", SharedData.file(f).toString(), "--data", dir.toString()).code())
          .isZero();
    }
  }

  @Test
  void firstCutOf2001_twelveMonthDifference_equalsTheRawFileCompounded() throws Exception {
    RunEventStudyUseCase.Report r;
    try (Capshift capshift = Capshift.open(dir, InProcessCapshift.CLOCK)) {
      r =
          capshift
              .eventStudy()
              .runEventStudy(
                  new RunEventStudyUseCase.Query(
                      RunEventStudyUseCase.DEFAULT_SMALL,
                      RunEventStudyUseCase.DEFAULT_LARGE,
                      Optional.empty(),
                      12,
                      EventStudy.DEFAULT_HORIZONS,
                      false));
    }
    EventOutcome jan2001 =
        r.result().outcomes().stream()
            .filter(o -> o.event().date().equals(LocalDate.of(2001, 1, 3)))
            .findFirst()
            .orElseThrow();
    assertThat(jan2001.event().rateBefore()).isEqualTo(0.065);
    assertThat(jan2001.event().rateAfter()).isEqualTo(0.06);

    // Independently: the first (value-weighted monthly) table's rows 200102..200201; columns
    // <= 0, Lo 30, Med 40, Hi 30, Lo 20, Qnt 2, Qnt 3, Qnt 4, Hi 20 → Lo 20 is field 5, Hi 20 9.
    double small = 1;
    double large = 1;
    int rows = 0;
    for (String line : Files.readAllLines(SharedData.file(ME))) {
      String[] f = line.split(",");
      String month = f[0].strip();
      if (month.compareTo("200102") >= 0 && month.compareTo("200201") <= 0 && month.length() == 6) {
        small *= 1 + Double.parseDouble(f[5].strip()) / 100;
        large *= 1 + Double.parseDouble(f[9].strip()) / 100;
        rows++;
      }
      if (line.contains("Equal Weighted Returns")) {
        break; // only the value-weighted table
      }
    }
    assertThat(rows).isEqualTo(12);
    double expected = (small - 1) - (large - 1);
    assertThat(jan2001.horizons().get(2).months()).isEqualTo(12);
    assertThat(jan2001.horizons().get(2).difference().getAsDouble())
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void eventsSince1982_andTheBaseline_printedByTheCommand() {
    Cli.Run run =
        Cli.run("event-study", "--small", "lo20", "--large", "hi20", "--data", dir.toString());
    assertThat(run.code()).isZero();
    String text = run.out();
    assertThat(text)
        .contains(
            "policy rate: dfedtar:value (FRED DFEDTAR) to 2008-12-15, then dfedtaru:value (FRED"
                + " DFEDTARU, the range's upper bound) from 2008-12-16 to 2025-11-12, then"
                + " fed-target-range@2025-12-11")
        .contains("2007-09-18   2007-09-18    5.25 ->  4.75%")
        .contains("2024-09-18   2024-09-19    5.50 ->  5.00%")
        .containsPattern("12m +9, [-+]\\d+\\.\\d%, [-+]\\d+\\.\\d%, \\d+% +1185,")
        .containsPattern("since-1989 +7 +7, ");
  }

  /**
   * The cycles under each rule, read by hand from the DFEDTAR file's changes: the 1985–87 cuts
   * after upticks of 1/16 to 3/16 point are not cycles by default; 1987-11-04 follows the 37.5 bp
   * hike of 1987-09-04 and 1989-06-06 the 43.75 bp hike of 1989-02-24. Each is dated by the
   * decision day the FOMC calendars hold (1987-11-03, 1989-06-05, 2019-07-31, 2024-09-18).
   */
  @Test
  void cyclesUnderEachRule_datedByTheDecision() {
    try (Capshift capshift = Capshift.open(dir, InProcessCapshift.CLOCK)) {
      var r =
          capshift
              .eventStudy()
              .runEventStudy(
                  new RunEventStudyUseCase.Query(
                      RunEventStudyUseCase.DEFAULT_SMALL,
                      RunEventStudyUseCase.DEFAULT_LARGE,
                      Optional.empty(),
                      12,
                      List.of(18),
                      false));
      assertThat(r.byRule())
          .extracting(h -> h.rule().label(), h -> h.events().size())
          .containsExactly(
              tuple("hike-or-quiet", 9), tuple("since-1989", 7), tuple("every-first-cut", 15));
      assertThat(r.events())
          .extracting(e -> e.date().toString())
          .containsExactly(
              "1984-09-20",
              "1987-11-03",
              "1989-06-05",
              "1995-07-06",
              "1998-09-29",
              "2001-01-03",
              "2007-09-18",
              "2019-07-31",
              "2024-09-18");
      EasingEvent y2019 = r.events().get(7);
      assertThat(y2019.effective()).isEqualTo(LocalDate.of(2019, 8, 1));
      assertThat(y2019.byDecision()).isTrue();
      assertThat(r.byRule().get(2).events())
          .extracting(e -> e.effective().toString())
          .contains("1985-04-25", "1985-12-18", "1986-04-21", "1986-07-11");
    }
  }

  /** The 2008 stitch: DFEDTAR's 1.00% then DFEDTARU's 0.25% is a cut within the 2007 cycle. */
  @Test
  void stitchAt2008_notAnEvent() {
    try (Capshift capshift = Capshift.open(dir, InProcessCapshift.CLOCK)) {
      var r =
          capshift
              .eventStudy()
              .runEventStudy(
                  new RunEventStudyUseCase.Query(
                      RunEventStudyUseCase.DEFAULT_SMALL,
                      RunEventStudyUseCase.DEFAULT_LARGE,
                      Optional.empty(),
                      12,
                      List.of(12),
                      false));
      assertThat(r.events()).extracting(EasingEvent::date).noneMatch(d -> d.getYear() == 2008);
    }
  }

  /** Issue 6 must-show 3, first half: the rule from 1927 on the French quintiles. */
  @Test
  void backtest_frenchQuintilesSince1926_fullPeriodAndDecades() {
    Cli.Run run = Cli.run("backtest", "--data", dir.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("full period: 1926-08 .. 2026-02 (1195 months)")
        .containsPattern("  rotation +\\d+\\.\\d\\d% +\\d+\\.\\d\\d% +n/a")
        .contains("risk-free: none stored: Sharpe ratios n/a")
        .contains("1930s: 1930-01 .. 1939-12 (120 months)")
        .contains("2020s: 2020-01 .. 2026-02 (74 months)");
  }

  /**
   * Issue 6 must-show 2, one of the dates: at the end of 2008 the target rate had fallen from 4.25%
   * to the 0.25% upper bound in twelve months, far beyond its usual swing.
   */
  @Test
  void signal_endOf2008_policyDirectionDominates_fundsLeftOutWithReasons() {
    try (Capshift capshift = Capshift.open(dir, InProcessCapshift.CLOCK)) {
      var s =
          capshift
              .signal()
              .getRotationSignal(
                  new io.capshift.application.port.in.GetRotationSignalUseCase.Query(
                      LocalDate.of(2008, 12, 31),
                      "ff-size:vw_lo20",
                      "ff-size:vw_hi20",
                      "IWM",
                      "SPY"));

      var policy = s.components().get(1);
      assertThat(policy.raw().getAsDouble()).isCloseTo(0.04, within(1e-12));
      assertThat(policy.zScore().getAsDouble()).isGreaterThan(2);
      assertThat(s.components().get(2).leftOut())
          .hasValueSatisfying(w -> assertThat(w).contains("no IWM-facts:shares_outstanding"));
      assertThat(s.stance())
          .isEqualTo(io.capshift.domain.signal.RotationSignal.Stance.OVERWEIGHT_SMALL);
    }
  }

  /** The HTML report draws its charts inline and refers to nothing on the network. */
  @Test
  void reportHtml_chartsInlineAndOffline(@TempDir Path out) throws Exception {
    Path html = out.resolve("report.html");
    assertThat(
            Cli.run(
                    "report",
                    "--as-of",
                    "2025-06-30",
                    "--html",
                    html.toString(),
                    "--data",
                    dir.toString())
                .code())
        .isZero();

    String page = Files.readString(html);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<h2>After the first Fed cut</h2>", "<h2>Backtest of the rule</h2>")
        .contains("Small minus large after the first Fed cut of each easing cycle")
        .contains("Growth of 1 held")
        .doesNotContain("src=\"http", "href=\"http");
    assertThat(page.split("<svg ", -1)).hasSize(3); // event study and equity curve
    // charts an analyst can read: labelled axes, the mean labelled, each cycle by its year, the
    // benchmarks beside the rule, year ticks
    assertThat(page)
        .contains(">months after the first cut</text>", ">+20%</text>", ">-20%</text>")
        .contains("mean of the cycles with data that month", ">1998</text>")
        .containsPattern(">mean [+-]\\d+\\.\\d%</text>")
        .contains(">small ", ">large ", ">50/50 (rebalanced monthly) ", ">1950</text>")
        .contains("growth of 1 (log scale)");
    // text tables are HTML tables, not preformatted text
    assertThat(page).doesNotContain("<pre>").contains("<table>", "<th>horizon</th>");
  }
}
