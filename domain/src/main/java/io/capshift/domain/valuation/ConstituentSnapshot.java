package io.capshift.domain.valuation;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The members of an index, or the holdings of a fund, at one as-of date. Immutable.
 *
 * <p>Held column-wise (one array per field, NaN marking a missing value inside this class only)
 * so that calculators aggregate thousands of names with tight loops over primitive arrays.
 * Readers outside the package see {@link Constituent} records with {@code OptionalDouble}s.
 */
public final class ConstituentSnapshot {
  private final String id;
  private final LocalDate asOf;
  private final SnapshotType type;
  private final FundFacts fundFacts;
  private final String[] symbols;
  private final String[] names;
  private final String[] sectors;
  final double[] value;
  final double[] earnings;
  final double[] dividends;
  final double[] book;
  final double[] sales;

  private ConstituentSnapshot(
      String id, LocalDate asOf, SnapshotType type, FundFacts facts, List<Constituent> rows) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    this.id = id;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.type = Objects.requireNonNull(type, "type");
    this.fundFacts = Objects.requireNonNull(facts, "fundFacts");
    int n = rows.size();
    symbols = new String[n];
    names = new String[n];
    sectors = new String[n];
    value = new double[n];
    earnings = new double[n];
    dividends = new double[n];
    book = new double[n];
    sales = new double[n];
    for (int i = 0; i < n; i++) {
      Constituent c = Objects.requireNonNull(rows.get(i), "constituent");
      symbols[i] = c.symbol();
      names[i] = c.name();
      sectors[i] = c.sector();
      value[i] = c.value();
      earnings[i] = c.earnings().orElse(Double.NaN);
      dividends[i] = c.dividends().orElse(Double.NaN);
      book[i] = c.bookValue().orElse(Double.NaN);
      sales[i] = c.sales().orElse(Double.NaN);
    }
  }

  /**
   * A snapshot of the given rows, in the order given.
   *
   * @param id index or fund id, e.g. {@code sp500} or {@code IWM}
   * @param asOf the date the data describes
   * @param type index or fund
   * @param facts fund-level facts ({@link FundFacts#NONE} for an index)
   * @param rows the constituents
   */
  public static ConstituentSnapshot of(
      String id, LocalDate asOf, SnapshotType type, FundFacts facts, List<Constituent> rows) {
    return new ConstituentSnapshot(id, asOf, type, facts, rows);
  }

  public String id() {
    return id;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public SnapshotType type() {
    return type;
  }

  public FundFacts fundFacts() {
    return fundFacts;
  }

  /** Number of constituents. */
  public int size() {
    return symbols.length;
  }

  /** The i-th constituent as a record. */
  public Constituent constituent(int i) {
    return new Constituent(
        symbols[i],
        names[i],
        sectors[i],
        value[i],
        opt(earnings[i]),
        opt(dividends[i]),
        opt(book[i]),
        opt(sales[i]));
  }

  /** A read-only view of the constituents as records, built on access. */
  public List<Constituent> constituents() {
    return new AbstractList<>() {
      @Override
      public Constituent get(int index) {
        return constituent(index);
      }

      @Override
      public int size() {
        return ConstituentSnapshot.this.size();
      }
    };
  }

  String symbol(int i) {
    return symbols[i];
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  @Override
  public String toString() {
    return "ConstituentSnapshot[" + id + "@" + asOf + ", " + type + ", " + size() + " names]";
  }
}
