package io.capshift.adapter.persistence.importer;

import java.util.List;
import java.util.function.Predicate;

/**
 * How a format is recognised from a file's first lines. A file's format is the first one, in {@link
 * FileFormats#ALL}'s order, whose detection matches its whole head or, line by line, one of its
 * first non-empty, non-comment lines.
 */
interface Detection {

  /**
   * A line of a file's head, normalised: lower case without quotes, spaces or a byte-order mark, so
   * that "Market Cap" reads "marketcap".
   *
   * @param text the normalised line
   * @param cells the line split at commas
   * @param first whether it is the first non-empty, non-comment line
   */
  record Line(String text, List<String> cells, boolean first) {
    public Line {
      cells = List.copyOf(cells);
    }

    /** Whether the line names every one of {@code columns}. */
    boolean has(String... columns) {
      return cells.containsAll(List.of(columns));
    }
  }

  /** Whether {@code line} is this format's. */
  boolean matches(Line line);

  /** Whether the whole head of the file (its first lines joined) is this format's. */
  default boolean matchesHead(String head) {
    return false;
  }

  /** A format known by one of its header lines. */
  static Detection byLine(Predicate<Line> test) {
    return test::test;
  }

  /** A format known by a header naming all of {@code columns}. */
  static Detection byColumns(String... columns) {
    return line -> line.has(columns);
  }

  /** A format known by its whole head rather than a line, such as a JSON document. */
  static Detection byHead(Predicate<String> test) {
    return new Detection() {
      @Override
      public boolean matches(Line line) {
        return false;
      }

      @Override
      public boolean matchesHead(String head) {
        return test.test(head);
      }
    };
  }
}
