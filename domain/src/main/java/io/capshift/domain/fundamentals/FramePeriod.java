package io.capshift.domain.fundamentals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar period of an SEC XBRL frame, as the frames API names it: {@code CY2024} (a calendar
 * year, about 365 days), {@code CY2025Q2} (a calendar quarter, about 91 days) or {@code CY2025Q2I}
 * (the instant at the end of that quarter). The SEC fits each company's fiscal periods to the
 * nearest calendar period.
 *
 * @param year calendar year
 * @param quarter 1–4, or 0 for a whole year
 * @param instant whether the frame holds balances at the period's end rather than flows over it
 */
public record FramePeriod(int year, int quarter, boolean instant)
    implements Comparable<FramePeriod> {
  private static final Pattern NAME = Pattern.compile("CY(\\d{4})(?:Q([1-4]))?(I?)");

  public FramePeriod {
    if (year < 1900 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (quarter < 0 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 0-4: " + quarter);
    }
  }

  /**
   * The period named {@code name}, e.g. {@code CY2025Q2I}.
   *
   * @throws IllegalArgumentException if it is not such a name
   */
  public static FramePeriod parse(String name) {
    Matcher m = NAME.matcher(name == null ? "" : name);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a frame period such as CY2024, CY2025Q2 or CY2025Q2I, found '" + name + "'");
    }
    int quarter = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return new FramePeriod(Integer.parseInt(m.group(1)), quarter, !m.group(3).isEmpty());
  }

  /** Whether the frame holds a whole year's flow. */
  public boolean annual() {
    return quarter == 0 && !instant;
  }

  @Override
  public int compareTo(FramePeriod o) {
    int c = Integer.compare(year, o.year);
    if (c != 0) {
      return c;
    }
    // a year's flow ends with its fourth quarter
    return Integer.compare(quarter == 0 ? 4 : quarter, o.quarter == 0 ? 4 : o.quarter);
  }

  @Override
  public String toString() {
    return "CY" + year + (quarter == 0 ? "" : "Q" + quarter) + (instant ? "I" : "");
  }
}
