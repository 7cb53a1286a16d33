package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.domain.error.MalformedFileException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

  @Test
  void next_quotedFields_unquoteCommasDoubledQuotesAndLineBreaks() {
    List<CsvRecord> records = read("a,\"b, \"\"c\"\"\",\"multi\nline\"\nx,,\"\"\n", false);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).fields()).containsExactly("a", "b, \"c\"", "multi\nline");
    assertThat(records.get(0).columns()).containsExactly(1, 3, 14);
    assertThat(records.get(1).line()).isEqualTo(3);
    assertThat(records.get(1).fields()).containsExactly("x", "", "");
  }

  @Test
  void next_bomCrlfAndLoneCr_areLineEndsAndTheBomIsDropped() {
    List<CsvRecord> records = read("\uFEFFh1,h2\r\n1,2\r3,4", false);
    assertThat(records)
        .extracting(CsvRecord::fields)
        .containsExactly(List.of("h1", "h2"), List.of("1", "2"), List.of("3", "4"));
    assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L);
    assertThat(records.get(0).columns()).containsExactly(1, 4); // the BOM takes no column
  }

  @Test
  void next_quoteInsideUnquotedField_isKeptAsText() {
    assertThat(read("say \"hi\",x\n", false).get(0).fields()).containsExactly("say \"hi\"", "x");
  }

  @Test
  void next_commentLines_onlyWhenEnabled() {
    List<CsvRecord> on = read("# id: x, \"y\n", true);
    assertThat(on.get(0).isComment()).isTrue();
    assertThat(on.get(0).comment()).isEqualTo(" id: x, \"y");
    assertThat(read("#a,b\n", false).get(0).fields()).containsExactly("#a", "b");
  }

  @Test
  void next_blankAndNoBreakSpaceLines_areBlank() {
    List<CsvRecord> records = read("\n\u00A0\n \n", false);
    assertThat(records).hasSize(3).allMatch(CsvRecord::isBlank);
  }

  @Test
  void next_unclosedQuote_namesTheLineAndColumnWhereItOpened() {
    assertThatThrownBy(() -> read("a,b\nc,\"open\nmore\n", false))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(3);
              assertThat(e.fileName()).isEqualTo("t.csv");
            })
        .hasMessageContaining("never closed");
  }

  @Test
  void next_textAfterClosingQuote_namesItsPosition() {
    assertThatThrownBy(() -> read("\"ab\"c,d\n", false))
        .isInstanceOfSatisfying(
            MalformedFileException.class,
            e -> assertThat(List.of(e.line(), (long) e.column())).containsExactly(1L, 5L))
        .hasMessageContaining("found 'c'");
  }

  @Test
  void next_invalidUtf8_isMalformed() {
    byte[] latin1 = "a,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> new CsvReader(new ByteArrayInputStream(latin1), "t.csv", false).next())
        .isInstanceOf(MalformedFileException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void next_hugeField_isRefusedBeforeExhaustingMemory() {
    String big = "\"" + "x".repeat(CsvReader.MAX_FIELD_CHARS + 1) + "\"";
    assertThatThrownBy(() -> read(big, false)).hasMessageContaining("field longer than");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NaN",
        "Infinity",
        "-Infinity",
        "0x1p3",
        "12d",
        " ",
        "1e400",
        "1.2.3",
        "1,234",
        "--1",
        "e5",
        "+"
      })
  void plainNumbers_rejectWhatParseDoubleWouldAccept(String text) {
    assertThatThrownBy(() -> NumberStyle.PLAIN.parse(text))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void numberStyles_acceptDecimalsExponentsAndGroupedThousands() {
    assertThat(NumberStyle.PLAIN.parse("-12.5e3")).isEqualTo(-12_500.0);
    assertThat(NumberStyle.PLAIN.parse(".5")).isEqualTo(0.5);
    assertThat(NumberStyle.GROUPED.parse("280,200,000.00")).isEqualTo(280_200_000.0);
    assertThat(NumberStyle.GROUPED.parse("-26,030,455.52")).isEqualTo(-26_030_455.52);
    assertThatThrownBy(() -> NumberStyle.GROUPED.parse("1,23"))
        .isInstanceOf(NumberFormatException.class);
    assertThat(NumberStyle.PLAIN.parsePercent("4.25")).isEqualTo(0.0425);
    // 1.10 / 100 in doubles is 0.011000000000000001; the decimal route gives the double 0.011.
    assertThat(NumberStyle.PLAIN.parsePercent("1.10")).isEqualTo(0.011);
  }

  private static List<CsvRecord> read(String text, boolean comments) {
    CsvReader csv =
        new CsvReader(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", comments);
    List<CsvRecord> out = new ArrayList<>();
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      out.add(r);
    }
    return out;
  }
}
