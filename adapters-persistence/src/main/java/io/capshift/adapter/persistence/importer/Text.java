package io.capshift.adapter.persistence.importer;

/** Small text helpers the importers share. */
final class Text {
  private Text() {}

  /** {@code s} without leading and trailing whitespace, including no-break spaces. */
  static String clean(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** {@code s} cut to a length fit for an error message, with visible quotes. */
  static String quote(String s) {
    String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    return "'" + shown + "'";
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
