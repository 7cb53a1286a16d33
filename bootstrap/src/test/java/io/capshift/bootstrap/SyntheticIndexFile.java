package io.capshift.bootstrap;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/** A capshift constituents CSV of {@code n} made-up names, for load tests. */
final class SyntheticIndexFile {
  private SyntheticIndexFile() {}

  /** Caps lognormal around 1 bn USD; earnings a P/E of 5–45 away, one name in ten a loss. */
  static byte[] of(String id, int n, long seed) {
    Random random = new Random(seed);
    StringBuilder csv =
        new StringBuilder(
            "# id: "
                + id
                + "\n# as_of: 2026-06-30\n"
                + "symbol,sector,value_usd,earnings_usd,dividends_usd\n");
    for (int i = 0; i < n; i++) {
      double cap = 1e9 * Math.exp(random.nextGaussian());
      double earnings = cap / (5 + 40 * random.nextDouble()) * (random.nextInt(10) == 0 ? -1 : 1);
      csv.append(
          String.format(
              Locale.ROOT,
              "S%05d,Sector %d,%.2f,%.2f,%.2f%n",
              i,
              i % 11,
              cap,
              earnings,
              cap * 0.015));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
