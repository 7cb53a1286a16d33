package io.capshift.domain.fundamentals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The companies one source gave at one date, indexed for joins by normalised ticker and by CIK.
 * Immutable.
 */
public final class FundamentalsTable {
  private final List<CompanyFundamentals> rows;
  private final String[] keys;
  private final Map<String, CompanyFundamentals> byKey;
  private final Map<Long, CompanyFundamentals> byCik;
  private final boolean hasFigures;

  private FundamentalsTable(List<CompanyFundamentals> rows) {
    this.rows = List.copyOf(rows);
    byKey = new HashMap<>(this.rows.size() * 2);
    byCik = new HashMap<>();
    keys = new String[this.rows.size()];
    for (int i = 0; i < keys.length; i++) {
      CompanyFundamentals c = this.rows.get(i);
      String key = c.key();
      keys[i] = key;
      if (!key.isEmpty() && byKey.putIfAbsent(key, c) != null) {
        throw new IllegalArgumentException(
            "ticker " + c.ticker() + " is given twice (as " + byKey.get(key).ticker() + ")");
      }
      // share classes of one company share a CIK: the first row given stands for it
      c.cik().ifPresent(cik -> byCik.putIfAbsent(cik, c));
    }
    hasFigures = this.rows.stream().anyMatch(CompanyFundamentals::hasFigures);
  }

  /**
   * The table of {@code rows}.
   *
   * @throws IllegalArgumentException if two rows have the same normalised ticker
   */
  public static FundamentalsTable of(List<CompanyFundamentals> rows) {
    return new FundamentalsTable(rows);
  }

  public List<CompanyFundamentals> rows() {
    return rows;
  }

  public int size() {
    return rows.size();
  }

  /** The normalised ticker of row {@code i} ({@link CompanyFundamentals#key}), worked out once. */
  public String key(int i) {
    return keys[i];
  }

  /** The company whose normalised ticker is {@code key} ({@link Tickers#normalise}). */
  public Optional<CompanyFundamentals> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The company with this CIK: the first row given for it. */
  public Optional<CompanyFundamentals> byCik(long cik) {
    return Optional.ofNullable(byCik.get(cik));
  }

  /** The CIK this table gives the normalised ticker {@code key}, if any. */
  public OptionalLong cikOf(String key) {
    CompanyFundamentals c = byKey.get(key);
    return c == null ? OptionalLong.empty() : c.cik();
  }

  /** Whether any row gives a figure beyond the identity (a ticker map gives none). */
  public boolean hasFigures() {
    return hasFigures;
  }
}
