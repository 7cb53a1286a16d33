package io.capshift.adapter.persistence.importer;

import static io.capshift.adapter.persistence.importer.Sources.assertMalformedAt;
import static io.capshift.adapter.persistence.importer.Sources.series;
import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SHILLER_MONTHLY and SHILLER_DATAHUB on small hand-made files. */
class ShillerReadersTest {
  private static final String SHILLER_HEADER =
      "date,sp_comp_price,dividend,earnings,cpi,date_fraction,gs10_long_rate,real_price,cape\n";
  // Rows out of order (stored in date order); blanks are absent points; the last row has no
  // value at all and is skipped. gs10: 3.65% -> 0.0365, 3.7% -> 0.037, 3.8% -> 0.038,
  // 4.18% -> 0.0418.
  private static final String SHILLER =
      SHILLER_HEADER
          + "1881-02,6.19,0.265,0.4858,9.42,1881.125,3.7,1,\n"
          + "1881-01,6.0,0.26,0.48,9.4,1881.04,3.65,1,18.47\n"
          + "1881-03,6.25,,,9.5,1881.2,3.8,1,18.9\n"
          + "2026-01,6858.47,,,323.3,2026.04,4.18,1,39.85\n"
          + "2026-02,,,,,,,,\n";

  private static final String DATAHUB_HEADER =
      "Date,SP500,Dividend,Earnings,Consumer Price Index,Long Interest Rate,Real Price,"
          + "Real Dividend,Real Earnings,PE10\r\n";
  // 0 is the copy's filler: 14 zero cells in the columns read (price 1, dividend 3, earnings 3,
  // cpi 2, gs10 2, cape 3); the all-zero 2024-01 row is skipped. Real* columns are not read.
  private static final String DATAHUB =
      DATAHUB_HEADER
          + "1871-01-01,4.44,0.26,0.4,12.46,5.32,109.05,6.39,9.82,0.0\r\n"
          + "2023-06-01,4345.37,68.71,181.17,305.11,3.75,4359.88,68.94,181.77,29.94\r\n"
          + "2023-07-01,4508.08,0.0,0.0,305.69,3.9,4514.51,0.0,0.0,30.89\r\n"
          + "2023-10-01,4269.40,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0\r\n"
          + "2024-01-01,0,0,0,0,0,0,0,0,0\r\n";

  @Test
  void shiller_smallFile_storesSixSeriesInDateOrderWithBlanksAbsent() {
    ParseResult r = Sources.parse("ie.csv", ImportFormat.SHILLER_MONTHLY, SHILLER);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("shiller");
    assertThat(r.datasets().get(0).kind()).isEqualTo(DatasetKind.SERIES);
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(Sources.series(r))
        .extracting(TimeSeries::id, TimeSeries::size)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("shiller:price", 4),
            org.assertj.core.groups.Tuple.tuple("shiller:dividend", 2),
            org.assertj.core.groups.Tuple.tuple("shiller:earnings", 2),
            org.assertj.core.groups.Tuple.tuple("shiller:cpi", 4),
            org.assertj.core.groups.Tuple.tuple("shiller:gs10", 4),
            org.assertj.core.groups.Tuple.tuple("shiller:cape", 3));
    assertThat(series(r, "shiller:price").observations())
        .containsExactly(
            obs("1881-01-01", 6.0),
            obs("1881-02-01", 6.19),
            obs("1881-03-01", 6.25),
            obs("2026-01-01", 6858.47));
    assertThat(series(r, "shiller:gs10").values(0, 4))
        .containsExactly(0.0365, 0.037, 0.038, 0.0418);
    assertThat(series(r, "shiller:gs10").unit()).isEqualTo("decimal rate (0.0425 = 4.25%)");
    assertThat(series(r, "shiller:cape").observations())
        .extracting(Observation::date)
        .containsExactly(
            LocalDate.of(1881, 1, 1), LocalDate.of(1881, 3, 1), LocalDate.of(2026, 1, 1));
    assertThat(series(r, "shiller:earnings").unit()).isEqualTo(Units.USD_PER_SHARE_TTM);
    assertThat(new long[] {r.stats().rowsRead(), r.stats().rowsStored(), r.stats().rowsSkipped()})
        .containsExactly(5, 4, 1);
    assertThat(r.stats().firstSkipReasons())
        .containsExactly("line 6 (2026-02): no value in any column");
    assertThat(r.stats().notes())
        .contains(
            "stored 6 series (points): shiller:price 4, shiller:dividend 2, shiller:earnings 2,"
                + " shiller:cpi 4, shiller:gs10 4, shiller:cape 3",
            "cells without a value are absent points, not zeros: price 1, dividend 3,"
                + " earnings 3, cpi 1, gs10 1, cape 2");
  }

  @Test
  void shiller_userTargetAndAsOf_nameTheSeriesAndWin() {
    var source =
        Sources.withAsOf(
            Sources.withTarget(Sources.of("ie.csv", ImportFormat.SHILLER_MONTHLY, SHILLER), "sh"),
            LocalDate.of(2026, 2, 15));
    ParseResult r = Sources.PARSER.parse(source);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("sh");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(Sources.series(r)).extracting(TimeSeries::id).startsWith("sh:price", "sh:dividend");
  }

  @Test
  void shiller_malformedCells_failNamingLineAndColumn() {
    String row = "1881-01,6,0.2,0.4,9,1881.0,";
    // "1881-04,6.3," is 12 characters: the dividend starts at column 13.
    assertMalformedAt(
        2,
        13,
        "expected a number in column 'dividend', found 'abc'",
        () -> shiller("1881-04,6.3,abc,0.4,9,1881.3,3.7,1,\n"));
    assertMalformedAt(
        2,
        1,
        "expected a month YYYY-MM in column 'date', found '1881-13'",
        () -> shiller("1881-13,6,0.2,0.4,9,1881.0,3.7,1,\n"));
    // row is 27 characters: gs10_long_rate starts at column 28.
    assertMalformedAt(
        2, 28, "expected a percent between -100 and 100", () -> shiller(row + "532,1,\n"));
    assertMalformedAt(
        3,
        1,
        "date 1881-01-01 is already given on line 2",
        () -> shiller(row + "3.7,1,\n" + row + "3.8,1,\n"));
    assertMalformedAt(
        3, 1, "expected 9 fields as in the header, found 2", () -> shiller(row + "3.7,1,\nx,y\n"));
    assertMalformedAt(
        1,
        1,
        "the header has no column 'dividend'",
        () -> Sources.parse("ie.csv", ImportFormat.SHILLER_MONTHLY, "date,sp_comp_price\n"));
    assertMalformedAt(0, 0, "no usable row", () -> shiller("1881-01,,,,,,,,\n"));
  }

  @Test
  void datahub_zeroIsMissingInEveryColumn_andNoZeroIsEverStored() {
    ParseResult r = Sources.parse("data.csv", ImportFormat.SHILLER_DATAHUB, DATAHUB);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("shiller-datahub");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2023, 10, 1));
    List<TimeSeries> all = Sources.series(r);
    assertThat(all)
        .extracting(TimeSeries::id)
        .containsExactly(
            "shiller-datahub:price",
            "shiller-datahub:dividend",
            "shiller-datahub:earnings",
            "shiller-datahub:cpi",
            "shiller-datahub:gs10",
            "shiller-datahub:cape");
    for (TimeSeries s : all) {
      assertThat(s.observations()).noneMatch(o -> o.value() == 0);
    }
    assertThat(series(r, "shiller-datahub:price").values(0, 4))
        .containsExactly(4.44, 4345.37, 4508.08, 4269.40);
    assertThat(series(r, "shiller-datahub:earnings").observations())
        .containsExactly(obs("1871-01-01", 0.4), obs("2023-06-01", 181.17));
    assertThat(series(r, "shiller-datahub:cpi").size()).isEqualTo(3);
    assertThat(series(r, "shiller-datahub:gs10").values(0, 3))
        .containsExactly(0.0532, 0.0375, 0.039);
    assertThat(series(r, "shiller-datahub:cape").observations())
        .containsExactly(obs("2023-06-01", 29.94), obs("2023-07-01", 30.89));
    assertThat(r.stats().notes())
        .contains(
            "14 zero-filled points read as missing, not stored (price 1, dividend 3, earnings 3,"
                + " cpi 2, gs10 2, cape 3)");
    assertThat(r.stats().firstSkipReasons())
        .containsExactly("line 6 (2024-01-01): no value in any column");
  }

  @Test
  void datahub_withoutZeros_saysSo() {
    ParseResult r =
        Sources.parse(
            "data.csv",
            ImportFormat.SHILLER_DATAHUB,
            DATAHUB_HEADER + "1881-01-01,6.19,0.265,0.4858,9.42,3.7,201.17,8.61,15.79,18.47\n");
    assertThat(r.stats().notes()).contains("0 zero-filled points read as missing, not stored");
    assertThat(series(r, "shiller-datahub:cape").values(0, 1)).containsExactly(18.47);
  }

  private static ParseResult shiller(String rows) {
    return Sources.parse("ie.csv", ImportFormat.SHILLER_MONTHLY, SHILLER_HEADER + rows);
  }

  private static Observation obs(String date, double value) {
    return new Observation(LocalDate.parse(date), value);
  }
}
