package io.capshift.domain.valuation;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The members of an index, or the holdings of a fund, at one as-of date. Immutable.
 *
 * <p>Held column-wise so that calculators aggregate thousands of names with tight loops over
 * primitive arrays: one {@code double[]} per field, where a missing optional field is stored as
 * {@code 0.0} and its index is listed, ascending, in that field's {@code missing…} array (a sparse
 * validity list). Sums over a column then need no test per element: a missing entry adds nothing,
 * and the few missing names are visited through their list. The names with earnings {@code <= 0}
 * (losers, zero earners and names without earnings) are listed the same way: every valuation splits
 * them off, and they are the minority. Readers outside the package see {@link Constituent} records
 * with {@code OptionalDouble}s.
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

  // Figures of the whole snapshot that need a pass of their own, kept once computed: the snapshot
  // never changes, so each valuation of it (every policy, every call) reads them instead of
  // re-selecting 3,000 names. Racy single assignment: two threads may both compute the same value.
  private volatile Double weightedMedianPe;
  private volatile Double top10Value;
  private volatile double[] presence;
  final double[] dividends;
  final double[] book;
  final double[] sales;
  final int[] missingEarnings;
  final int[] missingDividends;
  final int[] missingBook;
  final int[] missingSales;

  /** Ascending indexes of the names with earnings {@code <= 0} or none. */
  final int[] nonPositiveEarnings;

  // Debt service figures are rare: null unless some constituent gives them.
  private final CreditFigures[] credit;

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
      earnings[i] = c.earnings().orElse(0.0);
      dividends[i] = c.dividends().orElse(0.0);
      book[i] = c.bookValue().orElse(0.0);
      sales[i] = c.sales().orElse(0.0);
    }
    missingEarnings = missing(rows, Constituent::earnings);
    missingDividends = missing(rows, Constituent::dividends);
    missingBook = missing(rows, Constituent::bookValue);
    missingSales = missing(rows, Constituent::sales);
    nonPositiveEarnings = indexes(n, i -> !(earnings[i] > 0)); // a missing one is stored as 0
    credit =
        rows.stream().allMatch(c -> c.credit().isEmpty())
            ? null
            : rows.stream().map(Constituent::credit).toArray(CreditFigures[]::new);
  }

  private static int[] missing(
      List<Constituent> rows, Function<Constituent, OptionalDouble> field) {
    return indexes(rows.size(), i -> field.apply(rows.get(i)).isEmpty());
  }

  /** The indexes below {@code n} that pass {@code test}, ascending. */
  private static int[] indexes(int n, IntPredicate test) {
    int[] out = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (test.test(i)) {
        out[count++] = i;
      }
    }
    return Arrays.copyOf(out, count);
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

  /** Whether any constituent has earnings of its own (an index's figures, not bare holdings). */
  public boolean hasEarnings() {
    return missingEarnings.length < symbols.length;
  }

  /** The i-th constituent as a record. */
  public Constituent constituent(int i) {
    return new Constituent(
        symbols[i],
        names[i],
        sectors[i],
        value[i],
        opt(earnings, missingEarnings, i),
        opt(dividends, missingDividends, i),
        opt(book, missingBook, i),
        opt(sales, missingSales, i),
        credit == null ? CreditFigures.NONE : credit[i]);
  }

  /** Whether any constituent gives debt service figures. */
  public boolean hasCreditFigures() {
    return credit != null;
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

  private static OptionalDouble opt(double[] column, int[] missing, int i) {
    return Arrays.binarySearch(missing, i) >= 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(column[i]);
  }

  @Override
  public String toString() {
    return "ConstituentSnapshot[" + id + "@" + asOf + ", " + type + ", " + size() + " names]";
  }

  /**
   * The value-weighted median P/E over positive earners, computed on first use.
   *
   * @param positiveValue Σ value of the positive earners (from the valuation's sums)
   */
  double weightedMedianPriceEarnings(double positiveValue) {
    Double m = weightedMedianPe;
    if (m == null) {
      m = WeightedMedian.priceEarnings(value, earnings, positiveValue);
      weightedMedianPe = m;
    }
    return m;
  }

  /** Σ value of the ten largest constituents, USD, computed on first use. */
  double top10Value() {
    Double t = top10Value;
    if (t == null) {
      t = TopWeights.sumOfLargest(value, 10);
      top10Value = t;
    }
    return t;
  }

  /**
   * For dividends, book and sales in turn: the names with the field, their value and the value of
   * those without it ({@link ValuationSums.ColumnSums#setPresence}), computed on first use. Which
   * names lack a field is the snapshot's own, as the lists of them are; two scattered passes over
   * 3,000 names were half of a valuation's work.
   *
   * @param total Σ value of every name (from the valuation's sums)
   */
  double[] presence(double total) {
    double[] p = presence;
    if (p == null) {
      p = new double[9];
      int k = 0;
      for (int[] missing : new int[][] {missingDividends, missingBook, missingSales}) {
        ValuationSums.ColumnSums c = new ValuationSums.ColumnSums();
        c.setPresence(value, missing, total);
        p[k++] = c.count;
        p[k++] = c.presentValue;
        p[k++] = c.missingValue;
      }
      presence = p;
    }
    return p;
  }
}
