package io.capshift.domain.valuation;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/** Builders for valuation tests. */
final class ValuationFixtures {
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 30);

  private ValuationFixtures() {}

  static ConstituentSnapshot snapshot(List<Constituent> rows) {
    return ConstituentSnapshot.of("test", AS_OF, SnapshotType.INDEX, FundFacts.NONE, rows);
  }

  static ConstituentSnapshot snapshot(Constituent... rows) {
    return snapshot(List.of(rows));
  }

  /** A name with a value and earnings only. */
  static Constituent earner(String symbol, double value, double earnings) {
    return new Constituent(
        symbol,
        symbol,
        "",
        value,
        OptionalDouble.of(earnings),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  /** A name with every field; NaN means "missing" for the optional ones. */
  static Constituent full(
      String symbol, double value, double earnings, double dividends, double book, double sales) {
    return new Constituent(
        symbol, symbol, "", value, opt(earnings), opt(dividends), opt(book), opt(sales));
  }

  static OptionalDouble opt(double x) {
    return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x);
  }
}
