package io.capshift.adapter.persistence.importer;

/** The unit strings stored with imported series, so every importer words a unit the same way. */
final class Units {
  static final String DECIMAL_RATE = "decimal rate (0.0425 = 4.25%)";
  static final String USD_PER_SHARE_TTM = "USD per index share, trailing 12 months";
  static final String MULTIPLE = "multiple (x)";
  static final String AS_PUBLISHED = "as published";

  private Units() {}
}
