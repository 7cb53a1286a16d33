package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.MalformedFileException;
import io.capshift.domain.rates.FomcMeeting;
import io.capshift.domain.rates.TargetRange;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapshiftFormatsTest {
  private static final String CONSTITUENTS =
      "# capshift-constituents v1\n"
          + "# Source: my own spreadsheet, \"Q3\"\n"
          + "# id: DES\n"
          + "# as_of: 2026-04-10\n"
          + "# type: fund\n"
          + "# shares_outstanding: 15000000\n"
          + "symbol,name,sector,value_usd,earnings_usd,dividends_usd,book_value_usd,sales_usd\n"
          + "AAA,\"Alpha, Inc.\",Tech,1.5e9,-2e7,,3e8,9e8\n"
          + ",Nameless,Tech,1e6,,,,\n"
          + "# a comment between rows is fine\n"
          + "BBB,Beta,,2000000,,,,\n"
          + "CCC,Gamma,,,,,,\n";

  @Test
  void constituents_metadataAndRows_becomeAFundSnapshot() {
    ParseResult r = Sources.parse("des.csv", ImportFormat.CAPSHIFT_CONSTITUENTS, CONSTITUENTS);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("DES");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 4, 10));
    ConstituentSnapshot s = Sources.snapshot(r);
    assertThat(s.type()).isEqualTo(SnapshotType.FUND);
    assertThat(s.fundFacts().sharesOutstanding().getAsDouble()).isEqualTo(15_000_000.0);
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.constituent(0).earnings().getAsDouble()).isEqualTo(-2e7);
    assertThat(s.constituent(0).dividends()).isEmpty();
    assertThat(s.constituent(0).bookValue().getAsDouble()).isEqualTo(3e8);
    assertThat(s.constituent(1).value()).isEqualTo(2e6);
    assertThat(r.stats().firstSkipReasons())
        .containsExactly("line 9 (?): no symbol", "line 12 (CCC): no value_usd");
    assertThat(r.stats().rowsRead()).isEqualTo(4);
  }

  @Test
  void constituents_debtServiceColumns_becomeCreditFigures() {
    String file =
        "# id: r2k\n"
            + "symbol,value_usd,earnings_usd,ebit_usd,interest_expense_usd,total_debt_usd,"
            + "floating_debt_share\n"
            + "AAA,1e9,5e7,1.2e8,3e7,6e8,0.35\n"
            + "BBB,2e9,,,,,\n";
    ConstituentSnapshot s =
        Sources.snapshot(Sources.parse("r.csv", ImportFormat.CAPSHIFT_CONSTITUENTS, file));

    assertThat(s.hasCreditFigures()).isTrue();
    var a = s.constituent(0).credit();
    assertThat(
            new double[] {
              a.ebit().getAsDouble(),
              a.interestExpense().getAsDouble(),
              a.totalDebt().getAsDouble(),
              a.floatingDebtShare().getAsDouble()
            })
        .containsExactly(1.2e8, 3e7, 6e8, 0.35);
    assertThat(s.constituent(1).credit().isEmpty()).isTrue();
  }

  @Test
  void constituents_floatingShareAboveOne_isMalformedAtItsColumn() {
    // "A,1,2" is 5 characters, so the floating share starts at column 7.
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "x.csv",
                    ImportFormat.CAPSHIFT_CONSTITUENTS,
                    "# id: X\nsymbol,value_usd,total_debt_usd,floating_debt_share\nA,1,2,30\n"))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> assertThat(new long[] {e.line(), e.column()}).containsExactly(3, 7))
        .hasMessageContaining("floating_debt_share is a decimal share in [0, 1], found 30.0");
  }

  @Test
  void constituents_repeatedSymbol_isMalformedNamingTheFirstLine() {
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "x.csv",
                    ImportFormat.CAPSHIFT_CONSTITUENTS,
                    "# id: X\nvalue_usd,symbol\n1,A\n2,B\n3,A\n"))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> assertThat(new long[] {e.line(), e.column()}).containsExactly(5, 3))
        .hasMessageContaining("symbol 'A' is already given on line 3");
  }

  @Test
  void constituents_onlyRequiredColumns_andNoMetadata_useSourceAndNotes() {
    String file = "symbol,value_usd\nX,10\n";
    assertThatThrownBy(() -> Sources.parse("x.csv", ImportFormat.CAPSHIFT_CONSTITUENTS, file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("target_id");
    ParseResult r =
        Sources.PARSER.parse(
            Sources.withTarget(
                Sources.of("x.csv", ImportFormat.CAPSHIFT_CONSTITUENTS, file), "mine"));
    assertThat(Sources.snapshot(r).type()).isEqualTo(SnapshotType.INDEX);
    assertThat(r.stats().notes())
        .contains("no '# type:' line; stored as an index")
        .anyMatch(
            n ->
                n.startsWith(
                    "as-of date not in file: stored as undated, under the import date 2026-11-24"));
  }

  @Test
  void constituents_unknownColumnOrBadMetadata_isMalformedWhereItStands() {
    // "symbol,value_usd," is 17 characters, so the third column starts at 18; in "# type: etf"
    // the value starts at 9; in "A,-1" the value at 3.
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "x.csv",
                    ImportFormat.CAPSHIFT_CONSTITUENTS,
                    "# id: X\nsymbol,value_usd,earning_usd\n"))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 18))
        .hasMessageContaining("unknown column 'earning_usd'");
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "x.csv",
                    ImportFormat.CAPSHIFT_CONSTITUENTS,
                    "# id: X\n# type: etf\nsymbol,value_usd\nA,1\n"))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 9));
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "x.csv",
                    ImportFormat.CAPSHIFT_CONSTITUENTS,
                    "# id: X\nsymbol,value_usd\nA,-1\n"))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> assertThat(new long[] {e.line(), e.column()}).containsExactly(3, 3))
        .hasMessageContaining("cannot be negative");
  }

  @Test
  void fomcMeetings_readsFlagsAndTakesTheLastDecisionAsAsOf() {
    String file =
        "# meetings\nstart_date,decision_date,scheduled,sep\n"
            + "2026-03-17,2026-03-18,true,true\n"
            + "2020-03-15,2020-03-15,FALSE,false\n";
    ParseResult r = Sources.parse("m.csv", ImportFormat.CAPSHIFT_FOMC_MEETINGS, file);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("fomc-calendar");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 3, 18));
    List<FomcMeeting> m =
        ((DatasetContent.Meetings) r.datasets().get(0).content()).calendar().meetings();
    assertThat(m)
        .containsExactly(
            new FomcMeeting(LocalDate.of(2020, 3, 15), LocalDate.of(2020, 3, 15), false, false),
            new FomcMeeting(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 18), true, true));
  }

  @Test
  void fomcMeetings_duplicateDecisionOrBadFlag_isMalformedAtTheCell() {
    String head = "start_date,decision_date,scheduled,sep\n";
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "m.csv",
                    ImportFormat.CAPSHIFT_FOMC_MEETINGS,
                    head + "2026-03-17,2026-03-18,true,true\n2026-03-18,2026-03-18,true,true\n"))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> assertThat(new long[] {e.line(), e.column()}).containsExactly(3, 12))
        .hasMessageContaining("already given on line 2");
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "m.csv",
                    ImportFormat.CAPSHIFT_FOMC_MEETINGS,
                    head + "2026-03-17,2026-03-18,yes,true\n"))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 23));
  }

  @Test
  void targetRanges_percentsBecomeDecimalRates() {
    String file =
        "effective_date,lower_percent,upper_percent\n2025-12-11,3.50,3.75\n2008-12-16,0,0.25\n";
    ParseResult r = Sources.parse("r.csv", ImportFormat.CAPSHIFT_TARGET_RANGES, file);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("fed-target-range");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2025, 12, 11));
    assertThat(((DatasetContent.TargetRanges) r.datasets().get(0).content()).history().changes())
        .containsExactly(
            new TargetRange(LocalDate.of(2008, 12, 16), 0.0, 0.0025),
            new TargetRange(LocalDate.of(2025, 12, 11), 0.035, 0.0375));
  }

  @Test
  void targetRanges_invertedOrAbsurdBounds_areMalformed() {
    String head = "effective_date,lower_percent,upper_percent\n";
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "r.csv", ImportFormat.CAPSHIFT_TARGET_RANGES, head + "2025-12-11,3.75,3.50\n"))
        .isInstanceOf(MalformedFileException.class)
        .hasMessageContaining("above upper_percent");
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "r.csv", ImportFormat.CAPSHIFT_TARGET_RANGES, head + "2025-12-11,350,375\n"))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 12));
    assertThatThrownBy(() -> Sources.parse("r.csv", ImportFormat.CAPSHIFT_TARGET_RANGES, head))
        .isInstanceOf(MalformedFileException.class)
        .hasMessageContaining("no target ranges");
  }
}
