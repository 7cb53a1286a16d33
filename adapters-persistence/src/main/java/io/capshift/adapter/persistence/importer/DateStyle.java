package io.capshift.adapter.persistence.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a file writes dates. A month (YYYY-MM, yyyymm) stands for its first day, as the publishers of
 * monthly series date them.
 */
enum DateStyle {
  /** {@code 2025-09-30}. */
  ISO("a date YYYY-MM-DD", Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})"), 1, 2, 3),
  /** {@code 2025-09}, Shiller's month: the first of the month. */
  YEAR_MONTH("a month YYYY-MM", Pattern.compile("(\\d{4})-(\\d{2})"), 1, 2, 0),
  /** {@code 202509}, Goyal and Welch's month: the first of the month. */
  YYYYMM("a month yyyymm", Pattern.compile("(\\d{4})(\\d{2})"), 1, 2, 0),
  /** {@code 9/30/2025}, as some FRED downloads saved by spreadsheets write it. */
  US("a date M/D/YYYY", Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})"), 3, 1, 2),
  /** {@code 2025/9/30}, as CME's FedWatch downloads write it. */
  YMD_SLASH("a date YYYY/M/D", Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})"), 1, 2, 3);

  private final String description;
  private final Pattern pattern;
  private final int year;
  private final int month;
  private final int day;

  DateStyle(String description, Pattern pattern, int year, int month, int day) {
    this.description = description;
    this.pattern = pattern;
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /** What a cell of this style looks like, for error messages: "a month YYYY-MM". */
  String description() {
    return description;
  }

  /**
   * The date {@code text} names.
   *
   * @throws DateTimeException if {@code text} is not a valid date of this style
   */
  LocalDate parse(String text) {
    Matcher m = pattern.matcher(text);
    if (!m.matches()) {
      throw new DateTimeException("not " + description);
    }
    int d = day == 0 ? 1 : Integer.parseInt(m.group(day));
    return LocalDate.of(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)), d);
  }
}
