package io.capshift.domain.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates written YYYY-MM-DD, read without {@code java.time.format}: its formatter tables take ~5 ms
 * to set up in a fresh process, and a command line reads a date or two.
 */
public final class IsoDates {
  private IsoDates() {}

  /**
   * The date {@code text} writes as YYYY-MM-DD (four-digit year, a day that exists); empty for
   * anything else, such as a day 30 of February or a signed year.
   */
  public static Optional<LocalDate> parse(CharSequence text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return Optional.empty();
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException noSuchDay) {
      return Optional.empty();
    }
  }

  /** The number the ASCII digits in [from, to) write; -1 if any is not one. */
  private static int digits(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
