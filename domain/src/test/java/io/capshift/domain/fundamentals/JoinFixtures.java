package io.capshift.domain.fundamentals;

import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A five-holding fund and the fundamentals it joins, worked by hand (values USD):
 *
 * <pre>
 * holding  value  company row   MC     NI   price  shares  fwd EPS  DPS   book  debt
 * AAA      100    AAA           1000   50   10     100     1.25     0.30  500   200
 * BBBB      50    BBB-B          400  -40    4     100     -        0     200   100
 * CCCX      30    CCC (by CIK)   300   30    3     100     0.45     -     100     0
 * HEX       10    HEX            0.75  10   20     100     1.00     0.20  -       -
 * ZZZ       10    (none)
 * </pre>
 *
 * HEX's market cap departs from 100 × 20 = 2,000 by 99.96%, so it gives no figure scaled by market
 * cap. CCCX is not a ticker of the table; a ticker map gives CCCX and CCC the CIK 7.
 */
final class JoinFixtures {
  static final LocalDate HOLDINGS_DATE = LocalDate.of(2025, 11, 5);
  static final LocalDate AT = LocalDate.of(2025, 11, 6);
  static final LocalDate FUNDAMENTALS_DATE = LocalDate.of(2025, 8, 19);

  private JoinFixtures() {}

  static ConstituentSnapshot holdings() {
    return ConstituentSnapshot.of(
        "FUND",
        HOLDINGS_DATE,
        SnapshotType.FUND,
        FundFacts.NONE,
        List.of(
            Constituent.valueOnly("AAA", "Aaa Corp", "Tech", 100),
            Constituent.valueOnly("BBBB", "Bbb Class B", "Energy", 50),
            Constituent.valueOnly("CCCX", "Ccc Inc", "", 30),
            Constituent.valueOnly("HEX", "Hex Electric", "Utilities", 10),
            Constituent.valueOnly("ZZZ", "Zzz New Listing", "Tech", 10)));
  }

  static FundamentalsSource screener(LocalDate asOf) {
    return new FundamentalsSource(
        "screener@" + asOf,
        "test screener",
        asOf,
        false,
        FundamentalsTable.of(
            List.of(
                row("AAA", 1000, 50, 10, 100)
                    .forwardEps(of(1.25))
                    .dividendPerShare(of(0.3))
                    .bookEquity(of(500))
                    .totalDebt(of(200))
                    .build(),
                row("BBB-B", 400, -40, 4, 100)
                    .dividendPerShare(of(0))
                    .bookEquity(of(200))
                    .totalDebt(of(100))
                    .build(),
                row("CCC", 300, 30, 3, 100)
                    .forwardEps(of(0.45))
                    .bookEquity(of(100))
                    .totalDebt(of(0))
                    .sector("Materials")
                    .build(),
                row("HEX", 0.75, 10, 20, 100)
                    .forwardEps(of(1))
                    .dividendPerShare(of(0.2))
                    .build())));
  }

  static FundamentalsSource tickerMap(LocalDate asOf) {
    return new FundamentalsSource(
        "sec-tickers@" + asOf,
        "test ticker map",
        asOf,
        false,
        FundamentalsTable.of(
            List.of(
                CompanyFundamentals.identity("CCC", 7, "CCC INC"),
                CompanyFundamentals.identity("CCCX", 7, "CCC INC"))));
  }

  private static CompanyFundamentals.Builder row(
      String ticker, double mc, double ni, double price, double shares) {
    return CompanyFundamentals.builder(ticker)
        .marketCap(of(mc))
        .netIncome(of(ni))
        .price(of(price))
        .shares(of(shares));
  }

  static OptionalDouble of(double v) {
    return OptionalDouble.of(v);
  }
}
