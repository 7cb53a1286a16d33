package io.capshift.adapter.persistence.importer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How a file writes numbers. Stricter than {@link Double#parseDouble}, which also accepts "NaN",
 * "Infinity", hex floats and a trailing 'd': none of those is a number in a data file.
 */
enum NumberStyle {
  /** {@code -12.5}, {@code 3e9}, {@code .5}: decimal, optional sign and exponent. */
  PLAIN(Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?")),
  /** {@code 1,234,567.89} or plain digits: decimal with optional thousands separators. */
  GROUPED(Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?"));

  private final Pattern pattern;

  NumberStyle(Pattern pattern) {
    this.pattern = pattern;
  }

  /**
   * The finite value of {@code text}.
   *
   * @throws NumberFormatException with an empty message when {@code text} is not a number of this
   *     style, or " (out of range)" when it overflows a double
   */
  double parse(String text) {
    if (text.length() > 64 || !pattern.matcher(text).matches()) {
      throw new NumberFormatException("");
    }
    double v = Double.parseDouble(text.replace(",", ""));
    if (!Double.isFinite(v)) {
      throw new NumberFormatException(" (out of range)");
    }
    return v;
  }

  /** {@code text} divided by 100, correctly rounded: "4.25" gives exactly the double 0.0425. */
  double parsePercent(String text) {
    parse(text);
    return new BigDecimal(text.replace(",", "")).movePointLeft(2).doubleValue();
  }
}
