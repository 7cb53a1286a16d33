package io.capshift.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

  @Test
  void readsWhatLocalDateParseReads() {
    List<String> texts =
        List.of(
            "2025-11-03",
            "2024-02-29",
            "2025-02-29",
            "1900-02-29",
            "2000-02-29",
            "0000-01-01",
            "9999-12-31",
            "2025-04-31",
            "2025-13-01",
            "2025-00-10",
            "2025-01-00",
            "2025-1-03",
            "2025/11/03",
            "20251103",
            "2025-11-03 ",
            " 2025-11-03",
            "2025-11-0x",
            "２０２５-11-03",
            "");
    for (String t : texts) {
      Optional<LocalDate> expected;
      try {
        expected = Optional.of(LocalDate.parse(t));
      } catch (DateTimeParseException e) {
        expected = Optional.empty();
      }
      assertThat(IsoDates.parse(t)).as(t).isEqualTo(expected);
    }
  }

  @Test
  void everyDayOfFourYearsRoundTrips() {
    for (LocalDate d = LocalDate.of(1999, 1, 1); d.getYear() < 2003; d = d.plusDays(1)) {
      assertThat(IsoDates.parse(d.toString())).contains(d);
    }
  }

  @Test
  void refusesSignedAndLongYearsThatLocalDateReads() {
    assertThat(LocalDate.parse("+12025-01-01")).isEqualTo(LocalDate.of(12025, 1, 1));
    assertThat(IsoDates.parse("+12025-01-01")).isEmpty();
    assertThat(IsoDates.parse("-0001-01-01")).isEmpty();
  }
}
