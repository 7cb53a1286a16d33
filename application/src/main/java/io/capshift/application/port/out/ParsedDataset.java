package io.capshift.application.port.out;

import io.capshift.application.port.in.DatasetKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dataset read from a file and not yet stored.
 *
 * @param targetId the index, fund or reference-set id it belongs to, e.g. {@code IWM}
 * @param asOf the date the data describes
 * @param source where it came from, for people: publisher and file name
 * @param content the payload
 * @param undated true when neither the user nor the file gave a date: {@code asOf} is then the
 *     import day, and answers that use the dataset say it is undated
 */
public record ParsedDataset(
    String targetId, LocalDate asOf, String source, DatasetContent content, boolean undated) {

  /** A dated dataset. */
  public ParsedDataset(String targetId, LocalDate asOf, String source, DatasetContent content) {
    this(targetId, asOf, source, content, false);
  }

  /** The same dataset, marked undated. */
  public ParsedDataset asUndated() {
    return new ParsedDataset(targetId, asOf, source, content, true);
  }

  public ParsedDataset {
    if (targetId == null || !targetId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException(
          "target id must be 1-64 letters, digits, '.', '_' or '-': " + targetId);
    }
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
  }

  public DatasetKind kind() {
    return content.kind();
  }
}
