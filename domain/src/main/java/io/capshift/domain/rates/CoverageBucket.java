package io.capshift.domain.rates;

/**
 * Constituents whose interest coverage ({@code EBIT / interest expense}) falls in one band.
 *
 * @param label the band for people, e.g. {@code "1.0-1.5x"}
 * @param names number of constituents in the band
 * @param valueShare their share of the value of constituents with coverage data, decimal
 */
public record CoverageBucket(String label, int names, double valueShare) {
  public CoverageBucket {
    if (names < 0 || !(valueShare >= 0 && valueShare <= 1 + 1e-12)) {
      throw new IllegalArgumentException(
          "bucket "
              + label
              + ": names must be >= 0 and valueShare in [0, 1]: "
              + names
              + ", "
              + valueShare);
    }
  }
}
