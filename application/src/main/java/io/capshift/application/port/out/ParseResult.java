package io.capshift.application.port.out;

import io.capshift.application.port.in.ImportStats;
import java.util.List;

/**
 * The datasets one file yields, and what was read.
 *
 * @param datasets usually one; never empty
 * @param stats rows read, stored and skipped, with reasons
 */
public record ParseResult(List<ParsedDataset> datasets, ImportStats stats) {
  /** Datasets of an undated import are stored as undated. */
  public ParseResult {
    datasets =
        stats.undated()
            ? datasets.stream().map(ParsedDataset::asUndated).toList()
            : List.copyOf(datasets);
    if (datasets.isEmpty()) {
      throw new IllegalArgumentException("a parse yields at least one dataset");
    }
  }
}
