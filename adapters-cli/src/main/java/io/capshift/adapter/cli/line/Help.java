package io.capshift.adapter.cli.line;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Help text layout: paragraphs wrapped to the terminal's usual 80 columns, and name columns. */
public final class Help {
  /** The width help is wrapped to, in characters. */
  public static final int WIDTH = 80;

  /** The widest name column; a longer name puts its description on the next line. */
  private static final int MAX_NAME_COLUMN = 32;

  private Help() {}

  /**
   * Rows of a name and its description: the names in a column, the descriptions wrapped beside it.
   */
  public static String columns(List<String[]> rows) {
    int column = 0;
    for (String[] row : rows) {
      if (row[0].length() + 2 <= MAX_NAME_COLUMN) {
        column = Math.max(column, row[0].length() + 2);
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] row : rows) {
      List<String> lines = wrap(row[1], WIDTH - column);
      b.append(row[0]);
      int at = row[0].length();
      if (at > column - 2 && !lines.isEmpty()) {
        b.append('\n');
        at = 0;
      }
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          b.append('\n');
          at = 0;
        }
        b.append(" ".repeat(column - at)).append(lines.get(i));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** {@code text} wrapped at spaces to lines of at most {@code width} (a longer word is kept). */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * A description as written in an annotation: its paragraphs on lines of their own, {@code %n} a
   * line break and {@code %%} a percent sign.
   */
  static String paragraphs(String[] description) {
    String text = String.join("\n", description);
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%'
          && i + 1 < text.length()
          && (text.charAt(i + 1) == '%' || text.charAt(i + 1) == 'n')) {
        b.append(text.charAt(++i) == 'n' ? '\n' : '%');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The names closest to {@code given}, best first, for "did you mean": those at most a third of
   * their length of edits away, or that begin with it.
   */
  public static List<String> closest(String given, Collection<String> names) {
    List<String> close = new ArrayList<>();
    for (String n : names) {
      if (n.startsWith(given) || distance(given, n) <= Math.max(1, n.length() / 3)) {
        close.add(n);
      }
    }
    close.sort(Comparator.comparingInt((String n) -> distance(given, n)).thenComparing(n -> n));
    return close.size() > 3 ? close.subList(0, 3) : close;
  }

  /** Edits (insert, delete, replace) from {@code a} to {@code b}. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
