package io.capshift.adapter.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.earnings.QuarterlyEarnings;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.CreditFigures;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The dataset payload codec, on the content kinds added with series, EPS and metrics. */
class ContentCodecTest {
  // Payload layout: id (4 + 5 bytes "x@y-z"), version (8), then the content tag.
  private static final String ID = "a@b-c";
  private static final int TAG_OFFSET = 4 + ID.length() + 8;

  static Stream<ParsedDataset> newKinds() {
    return Stream.of(
        Samples.series("shiller", "2026-01-01"),
        Samples.quarters("sp500-eps", "2025-12-31"),
        Samples.metrics("m", "2026-01-30"),
        Samples.futures("fed-funds-futures", "2025-11-02"));
  }

  @ParameterizedTest
  @MethodSource("newKinds")
  void encodeThenDecode_newContentKinds_roundTripExactly(ParsedDataset d) {
    ContentCodec.StoredDataset back = decode(ContentCodec.encode(ID, 7, d.content()));
    assertThat(back.datasetId()).isEqualTo(ID);
    assertThat(back.version()).isEqualTo(7);
    assertThat(back.content().rows()).isEqualTo(d.content().rows());
    FileDatasetRepositoryTest.assertSameContent(back.content(), d.content());
  }

  /** Debt service figures travel under tag 8; snapshots without them keep tag 1. */
  @Test
  void encodeThenDecode_constituentsWithCreditFigures_tagEightAndExact() {
    Constituent withCredit =
        new Constituent(
            "AAA",
            "A Co",
            "Energy",
            100,
            OptionalDouble.of(8),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            new CreditFigures(
                OptionalDouble.of(12.5),
                OptionalDouble.of(2.5),
                OptionalDouble.of(40),
                OptionalDouble.empty()));
    Constituent without = Constituent.valueOnly("BBB", "", "", 50);
    DatasetContent content =
        new DatasetContent.Constituents(
            ConstituentSnapshot.of(
                "r2k",
                LocalDate.of(2026, 6, 30),
                SnapshotType.INDEX,
                FundFacts.NONE,
                List.of(withCredit, without)));

    byte[] bytes = ContentCodec.encode(ID, 3, content);

    assertThat(bytes[TAG_OFFSET]).isEqualTo((byte) 8);
    FileDatasetRepositoryTest.assertSameContent(decode(bytes).content(), content);
    assertThat(tagOf(Samples.index("sp500", "2026-08-22", 1, 2))).isEqualTo(1);
  }

  @Test
  void encode_tags_areFourToSevenForSeriesQuartersMetricsFutures() {
    assertThat(tagOf(Samples.series("s", "2026-01-01"))).isEqualTo(4);
    assertThat(tagOf(Samples.quarters("q", "2026-01-01"))).isEqualTo(5);
    assertThat(tagOf(Samples.metrics("m", "2026-01-01"))).isEqualTo(6);
    assertThat(tagOf(Samples.futures("f", "2025-11-02"))).isEqualTo(7);
  }

  /**
   * Fundamentals travel under tag 9, an XBRL frame under 10, and a fund file that lists only part
   * of the fund under 11 (flags, then the listed share); each comes back exactly.
   */
  @Test
  void encodeThenDecode_fundamentalsFrameAndListedShare_tagsNineToElevenAndExact() {
    ParsedDataset table = Samples.fundamentals("finviz", "2025-08-19");
    ParsedDataset frame = Samples.frame("sec-netincomeloss-cy2025q2", "2025-09-30");
    var partial =
        ConstituentSnapshot.of(
            "DES",
            LocalDate.of(2022, 6, 30),
            SnapshotType.FUND,
            new FundFacts(OptionalDouble.of(2.5e7), OptionalDouble.of(0.3125)),
            List.of(Constituent.valueOnly("AAA", "", "", 10)));
    var listed = new DatasetContent.Constituents(partial);

    assertThat(tagOf(table)).isEqualTo(9);
    assertThat(tagOf(frame)).isEqualTo(10);
    byte[] bytes = ContentCodec.encode(ID, 1, listed);
    assertThat(bytes[TAG_OFFSET]).isEqualTo((byte) 11);
    for (DatasetContent c : List.of(table.content(), frame.content(), listed)) {
      FileDatasetRepositoryTest.assertSameContent(
          decode(ContentCodec.encode(ID, 1, c)).content(), c);
    }
  }

  @Test
  void decode_unknownContentTag_failsAsDamaged() {
    byte[] bytes = ContentCodec.encode(ID, 1, Samples.metrics("m", "2026-01-01").content());
    for (int tag : new int[] {0, 12, 255}) {
      bytes[TAG_OFFSET] = (byte) tag;
      assertThatThrownBy(() -> decode(bytes))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unknown content tag " + tag);
    }
  }

  @Test
  void decode_unknownStatusOrMetricTag_failsAsDamaged() {
    DatasetContent one =
        new DatasetContent.QuarterlyEps(
            List.of(
                new QuarterlyEarnings(
                    LocalDate.of(2025, 9, 30),
                    QuarterlyEarnings.Status.ACTUAL,
                    OptionalDouble.empty(),
                    OptionalDouble.of(1),
                    OptionalDouble.of(1))));
    byte[] bytes = ContentCodec.encode(ID, 1, one);
    // tag, count (4), quarter end (8), then the status byte
    bytes[TAG_OFFSET + 1 + 4 + 8] = 4;
    assertThatThrownBy(() -> decode(bytes)).hasMessage("unknown quarter status tag 4");
    byte[] metric = ContentCodec.encode(ID, 1, Samples.metrics("m", "2026-01-01").content());
    // tag, count (4), index id "sp1" (4 + 3), date (8), then the metric byte
    metric[TAG_OFFSET + 1 + 4 + 4 + 3 + 8] = 11;
    assertThatThrownBy(() -> decode(metric)).hasMessage("unknown metric tag 11");
  }

  @Test
  void decode_seriesWithNaNOrDatesOutOfOrder_failsAsDamaged() {
    TimeSeries s =
        TimeSeries.of(
            "x:v",
            "u",
            List.of(
                new Observation(LocalDate.of(2020, 1, 1), 1.0),
                new Observation(LocalDate.of(2020, 2, 1), 2.0)));
    byte[] bytes = ContentCodec.encode(ID, 1, new DatasetContent.SeriesSet(List.of(s)));
    int firstValue = bytes.length - 8 - 8 - 8; // ... date1 value1 date2 value2
    ByteBuffer.wrap(bytes).putDouble(firstValue, Double.NaN);
    assertThatThrownBy(() -> decode(bytes)).hasMessageContaining("value must be finite");
    ByteBuffer.wrap(bytes).putDouble(firstValue, 1.0);
    ByteBuffer.wrap(bytes).putLong(bytes.length - 16, LocalDate.of(2019, 1, 1).toEpochDay());
    assertThatThrownBy(() -> decode(bytes)).hasMessageContaining("dates must increase");
  }

  @Test
  void decode_seriesOfOneCalendar_shareItsDates_andOthersKeepTheirOwn() {
    LocalDate jan = LocalDate.of(2020, 1, 31);
    LocalDate feb = LocalDate.of(2020, 2, 29);
    LocalDate mar = LocalDate.of(2020, 3, 31);
    TimeSeries a = series("x:a", jan, 1, feb, 2);
    TimeSeries b = series("x:b", jan, 3, feb, 4);
    TimeSeries c = series("x:c", jan, 5, mar, 6); // the first date the same, the second not
    TimeSeries d = series("x:d", jan, 7); // shorter
    byte[] bytes = ContentCodec.encode(ID, 1, new DatasetContent.SeriesSet(List.of(a, b, c, d)));

    List<TimeSeries> back = ((DatasetContent.SeriesSet) decode(bytes).content()).series();

    assertThat(back).extracting(TimeSeries::id).containsExactly("x:a", "x:b", "x:c", "x:d");
    assertThat(back.get(1).observations())
        .containsExactly(new Observation(jan, 3), new Observation(feb, 4));
    assertThat(back.get(2).observations())
        .containsExactly(new Observation(jan, 5), new Observation(mar, 6));
    assertThat(back.get(3).observations()).containsExactly(new Observation(jan, 7));
    assertThat(back.get(1).date(0)).isSameAs(back.get(0).date(0));
    assertThat(back.get(2).date(0)).isSameAs(back.get(0).date(0));
    assertThat(back.get(2).date(1)).isNotSameAs(back.get(0).date(1)).isEqualTo(mar);
  }

  private static TimeSeries series(String id, Object... dateValue) {
    List<Observation> obs = new java.util.ArrayList<>();
    for (int i = 0; i < dateValue.length; i += 2) {
      obs.add(new Observation((LocalDate) dateValue[i], ((Number) dateValue[i + 1]).doubleValue()));
    }
    return TimeSeries.of(id, "u", obs);
  }

  @Test
  void decode_hugeSeriesCount_failsWithoutAllocating() {
    byte[] bytes = ContentCodec.encode(ID, 1, new DatasetContent.SeriesSet(List.of()));
    ByteBuffer.wrap(bytes).putInt(TAG_OFFSET + 1, Integer.MAX_VALUE);
    assertThatThrownBy(() -> decode(bytes)).hasMessageContaining("exceeds the payload");
  }

  @Test
  void decode_infiniteQuarterFigure_failsAsDamaged() {
    byte[] bytes = ContentCodec.encode(ID, 1, Samples.quarters("q", "2026-01-01").content());
    // first quarter: tag, count, end (8), status (1), then the price
    ByteBuffer.wrap(bytes).putDouble(TAG_OFFSET + 1 + 4 + 8 + 1, Double.POSITIVE_INFINITY);
    assertThatThrownBy(() -> decode(bytes)).hasMessageContaining("infinite figure");
  }

  @Test
  void encode_futures_isAsOfCountThenYearMonthPriceTriples() {
    byte[] bytes = ContentCodec.encode(ID, 1, Samples.futures("f", "2025-11-02").content());
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int at = TAG_OFFSET + 1;
    assertThat(b.getLong(at)).isEqualTo(LocalDate.of(2025, 11, 2).toEpochDay());
    assertThat(b.getInt(at + 8)).isEqualTo(3);
    // first triple: year (4), month (1), price (8)
    assertThat(b.getInt(at + 12)).isEqualTo(2025);
    assertThat(b.get(at + 16)).isEqualTo((byte) 11);
    assertThat(b.getDouble(at + 17)).isEqualTo(96.1175);
    assertThat(bytes).hasSize(at + 12 + 3 * 13);
  }

  @Test
  void decode_futuresMonthsNotIncreasingOrBadMonthOrPrice_failsAsDamaged() {
    byte[] bytes = ContentCodec.encode(ID, 1, Samples.futures("f", "2025-11-02").content());
    int second = TAG_OFFSET + 1 + 8 + 4 + 13;
    // second contract (2026-01) rewritten as 2025-11: a repeat, then 2025-10: a step back
    ByteBuffer.wrap(bytes).putInt(second, 2025).put(second + 4, (byte) 11);
    assertThatThrownBy(() -> decode(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not strictly increasing: 2025-11 after 2025-11");
    ByteBuffer.wrap(bytes).put(second + 4, (byte) 10);
    assertThatThrownBy(() -> decode(bytes)).hasMessageContaining("2025-10 after 2025-11");
    ByteBuffer.wrap(bytes).putInt(second, 2026).put(second + 4, (byte) 13);
    assertThatThrownBy(() -> decode(bytes)).isInstanceOf(RuntimeException.class);
    ByteBuffer.wrap(bytes).put(second + 4, (byte) 1).putDouble(second + 5, Double.NaN);
    assertThatThrownBy(() -> decode(bytes)).hasMessageContaining("must be finite");
    ByteBuffer.wrap(bytes).putDouble(second + 5, 96.30);
    assertThat(decode(bytes).content()).isEqualTo(Samples.futures("f", "2025-11-02").content());
  }

  @Test
  void decode_hugeFuturesCount_failsWithoutAllocating() {
    byte[] bytes = ContentCodec.encode(ID, 1, Samples.futures("f", "2025-11-02").content());
    ByteBuffer.wrap(bytes).putInt(TAG_OFFSET + 1 + 8, Integer.MAX_VALUE);
    assertThatThrownBy(() -> decode(bytes)).hasMessageContaining("exceeds the payload");
  }

  private static int tagOf(ParsedDataset d) {
    return ContentCodec.encode(ID, 1, d.content())[TAG_OFFSET];
  }

  private static ContentCodec.StoredDataset decode(byte[] bytes) {
    return ContentCodec.decode(new PayloadReader(ByteBuffer.wrap(bytes)));
  }
}
