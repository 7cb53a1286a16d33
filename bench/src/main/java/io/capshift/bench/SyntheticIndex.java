package io.capshift.bench;

import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * A seeded synthetic index: lognormal market caps (median about USD 1.3 bn), lognormal P/E around
 * 18, about 15 % negative earners and a few percent missing fields. Holds the snapshot and the same
 * data as plain columns laid out as the snapshot stores them (a missing field is 0).
 */
public final class SyntheticIndex {
  /** The seed every benchmark uses, so they measure the same names. */
  public static final long SEED = 20_260_130L;

  public final ConstituentSnapshot snapshot;
  public final double[] value;
  public final double[] earnings;
  public final double[] dividends;
  public final double[] book;
  public final double[] sales;

  private SyntheticIndex(int n, long seed) {
    Random r = new Random(seed);
    value = new double[n];
    earnings = new double[n];
    dividends = new double[n];
    book = new double[n];
    sales = new double[n];
    List<Constituent> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double v = Math.exp(21 + 1.6 * r.nextGaussian());
      double pe = Math.exp(Math.log(18) + 0.6 * r.nextGaussian());
      value[i] = v;
      OptionalDouble e =
          missing(r, 0.03, r.nextDouble() < 0.15 ? -v / pe * r.nextDouble() : v / pe);
      OptionalDouble d = missing(r, 0.05, v * 0.04 * r.nextDouble());
      OptionalDouble b = missing(r, 0.03, v / (1 + 4 * r.nextDouble()));
      OptionalDouble s = missing(r, 0.02, v / (0.5 + 3 * r.nextDouble()));
      earnings[i] = e.orElse(0.0);
      dividends[i] = d.orElse(0.0);
      book[i] = b.orElse(0.0);
      sales[i] = s.orElse(0.0);
      rows.add(new Constituent("S" + i, "", "", v, e, d, b, s));
    }
    snapshot =
        ConstituentSnapshot.of(
            "synthetic", LocalDate.of(2026, 1, 30), SnapshotType.INDEX, FundFacts.NONE, rows);
  }

  /** {@code constituents} names drawn from {@code seed}. */
  public static SyntheticIndex generate(int constituents, long seed) {
    return new SyntheticIndex(constituents, seed);
  }

  private static OptionalDouble missing(Random r, double probability, double x) {
    return r.nextDouble() < probability ? OptionalDouble.empty() : OptionalDouble.of(x);
  }
}
