package io.capshift.bench;

import io.capshift.domain.fundamentals.CompanyFundamentals;
import io.capshift.domain.fundamentals.FundamentalsJoin;
import io.capshift.domain.fundamentals.FundamentalsSource;
import io.capshift.domain.fundamentals.FundamentalsTable;
import io.capshift.domain.fundamentals.JoinRules;
import io.capshift.domain.fundamentals.JoinedHoldings;
import io.capshift.domain.funds.HoldingsValuation;
import io.capshift.domain.funds.HoldingsValuationCalculator;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The look-through join of 2,000 holdings against 10,000 company fundamentals (a hash join on
 * normalised tickers; every tenth holding written as a share class, {@code XA} for {@code X-A}, and
 * 1% not in the table): with the sources' index built each time and kept, then the fund valuation
 * over the joined holdings. Target: the join within 5 ms warm. Run through {@code ./capshift
 * bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LookThroughBenchmark {
  static final int HOLDINGS = 2_000;
  static final int COMPANIES = 10_000;
  private static final LocalDate FUNDAMENTALS_DATE = LocalDate.of(2025, 8, 19);
  private static final LocalDate AT = LocalDate.of(2025, 11, 6);

  private ConstituentSnapshot holdings;
  private List<FundamentalsSource> sources;
  private FundamentalsJoin.Index index;

  @Setup(Level.Trial)
  public void setUp() {
    Random r = new Random(SyntheticIndex.SEED);
    List<CompanyFundamentals> companies = new ArrayList<>(COMPANIES);
    for (int i = 0; i < COMPANIES; i++) {
      double price = 5 + 200 * r.nextDouble();
      double shares = Math.exp(17 + 1.5 * r.nextGaussian());
      double cap = price * shares * (r.nextDouble() < 0.02 ? 2.5 : 1.0); // some multi-class
      double pe = Math.exp(Math.log(18) + 0.6 * r.nextGaussian());
      double income = (r.nextDouble() < 0.4 ? -0.5 : 1.0) * cap / pe;
      companies.add(
          CompanyFundamentals.builder(i % 10 == 0 ? "T" + i + "-A" : "T" + i)
              .cik(i + 1)
              .sector("Sector " + (i % 11))
              .marketCap(OptionalDouble.of(cap))
              .netIncome(OptionalDouble.of(income))
              .eps(OptionalDouble.of(income / shares))
              .forwardEps(
                  r.nextDouble() < 0.7
                      ? OptionalDouble.of(Math.abs(income) * 1.1 / shares)
                      : OptionalDouble.empty())
              .price(OptionalDouble.of(price))
              .shares(OptionalDouble.of(shares))
              .bookEquity(OptionalDouble.of(cap / (1 + 3 * r.nextDouble())))
              .totalDebt(OptionalDouble.of(cap * r.nextDouble()))
              .dividendPerShare(OptionalDouble.of(r.nextDouble() < 0.5 ? 0 : price * 0.02))
              .build());
    }
    sources =
        List.of(
            new FundamentalsSource(
                "synthetic@" + FUNDAMENTALS_DATE,
                "synthetic fundamentals",
                FUNDAMENTALS_DATE,
                false,
                FundamentalsTable.of(companies)));
    List<Constituent> rows = new ArrayList<>(HOLDINGS);
    for (int h = 0; h < HOLDINGS; h++) {
      int i = h * (COMPANIES / HOLDINGS);
      String symbol = h % 100 == 99 ? "GONE" + h : i % 10 == 0 ? "T" + i + "A" : "T" + i;
      rows.add(Constituent.valueOnly(symbol, "", "", Math.exp(17 + 1.2 * r.nextGaussian())));
    }
    holdings =
        ConstituentSnapshot.of(
            "SYN", LocalDate.of(2025, 11, 5), SnapshotType.FUND, FundFacts.NONE, rows);
    index = FundamentalsJoin.Index.of(sources);
  }

  @Benchmark
  public JoinedHoldings join() {
    return FundamentalsJoin.DEFAULT.join(holdings, AT, sources, JoinRules.DEFAULT);
  }

  /** The join with the sources' index kept, as the application keeps it per data version. */
  @Benchmark
  public JoinedHoldings joinIndexed() {
    return FundamentalsJoin.DEFAULT.join(holdings, AT, sources, JoinRules.DEFAULT, s -> index);
  }

  @Benchmark
  public HoldingsValuation joinAndValue() {
    return HoldingsValuationCalculator.DEFAULT.calculate(join());
  }
}
