package io.capshift.domain.fundamentals;

import java.util.Locale;

/**
 * Ticker normalisation for joins across publishers. Share classes are spelled differently by each
 * ({@code MOG-A} at Finviz and the SEC, {@code MOG.A} at others, {@code MOGA} in iShares files), so
 * a join key drops the separators and the case: all three become {@code MOGA}.
 */
public final class Tickers {
  private Tickers() {}

  /**
   * The join key of {@code ticker}: upper case, without {@code '-'}, {@code '.'}, {@code '/'} or
   * blanks; empty when nothing is left.
   */
  public static String normalise(String ticker) {
    if (ticker == null) {
      return "";
    }
    if (alreadyNormal(ticker)) {
      return ticker; // most are: a join normalises every row of every source, allocation-free
    }
    StringBuilder b = new StringBuilder(ticker.length());
    for (int i = 0; i < ticker.length(); i++) {
      char c = ticker.charAt(i);
      if (c != '-' && c != '.' && c != '/' && !Character.isWhitespace(c)) {
        b.append(c);
      }
    }
    return b.toString().toUpperCase(Locale.US);
  }

  private static boolean alreadyNormal(String ticker) {
    for (int i = 0; i < ticker.length(); i++) {
      char c = ticker.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }
}
