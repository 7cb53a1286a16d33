package io.capshift.domain.error;

/**
 * An imported file cannot be read as the format it claims to be. Names the file, the 1-based line
 * and column where reading stopped, and what was expected there.
 */
public final class MalformedFileException extends CapshiftException {
  private static final long serialVersionUID = 1L;
  private final String fileName;
  private final long line;
  private final int column;
  private final String problem;

  /**
   * @param fileName file name as the user gave it
   * @param line 1-based line number, 0 when the problem concerns the whole file
   * @param column 1-based column (character position in the line), 0 when unknown
   * @param problem what is wrong, e.g. "expected a number in 'Market Cap', found 'abc'"
   */
  public MalformedFileException(String fileName, long line, int column, String problem) {
    super(Reason.MALFORMED_FILE, fileName + ":" + line + ":" + column + ": " + problem, null, null);
    this.fileName = fileName;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public String fileName() {
    return fileName;
  }

  public long line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String problem() {
    return problem;
  }
}
