package io.capshift.domain.rates;

import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.CreditFigures;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Five names, hand-made (USD): value, earnings, EBIT, interest expense, total debt, floating share.
 *
 * <pre>
 *   A  100   30   50   10   100  0.5
 *   B  200   10   12   10   300   -
 *   C  300   -5   -5    5   100  1.0
 *   D  400   15   20    0    -    -
 *   E  500    -    -    -    -    -
 * </pre>
 */
final class CreditFixtures {
  private CreditFixtures() {}

  static ConstituentSnapshot snapshot(SnapshotType type) {
    return ConstituentSnapshot.of(
        "idx",
        LocalDate.of(2026, 6, 30),
        type,
        type == SnapshotType.FUND ? new FundFacts(OptionalDouble.empty()) : FundFacts.NONE,
        List.of(
            name("A", 100, 30.0, 50.0, 10.0, 100.0, 0.5),
            name("B", 200, 10.0, 12.0, 10.0, 300.0, null),
            name("C", 300, -5.0, -5.0, 5.0, 100.0, 1.0),
            name("D", 400, 15.0, 20.0, 0.0, null, null),
            name("E", 500, null, null, null, null, null)));
  }

  private static Constituent name(
      String symbol,
      double value,
      Double earnings,
      Double ebit,
      Double interest,
      Double debt,
      Double floating) {
    return new Constituent(
        symbol,
        "",
        "",
        value,
        opt(earnings),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        new CreditFigures(opt(ebit), opt(interest), opt(debt), opt(floating)));
  }

  private static OptionalDouble opt(Double v) {
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
