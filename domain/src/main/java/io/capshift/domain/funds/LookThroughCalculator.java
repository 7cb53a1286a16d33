package io.capshift.domain.funds;

import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sector weights and unprofitable holdings of a fund's snapshot. Stateless; use {@link #DEFAULT}.
 */
public final class LookThroughCalculator {
  /** The shared instance. */
  public static final LookThroughCalculator DEFAULT = new LookThroughCalculator();

  static final String NO_MARKET_CAP =
      "the holdings give each position's value, not the" + " companies' market capitalisations";

  private LookThroughCalculator() {}

  /** Weights are by value; a snapshot of zero total value gives zero weights. */
  public LookThrough calculate(ConstituentSnapshot snapshot) {
    double total = 0;
    for (Constituent c : snapshot.constituents()) {
      total += c.value();
    }
    Map<String, double[]> bySector = new LinkedHashMap<>(); // weight, count
    double unlabelled = 0;
    int losers = 0;
    double loserValue = 0;
    int unknown = 0;
    double unknownValue = 0;
    for (Constituent c : snapshot.constituents()) {
      if (c.sector().isBlank()) {
        unlabelled += c.value();
      } else {
        double[] s = bySector.computeIfAbsent(c.sector(), k -> new double[2]);
        s[0] += c.value();
        s[1]++;
      }
      if (c.earnings().isEmpty()) {
        unknown++;
        unknownValue += c.value();
      } else if (c.earnings().getAsDouble() < 0) {
        losers++;
        loserValue += c.value();
      }
    }
    List<SectorWeight> sectors = new ArrayList<>();
    for (Map.Entry<String, double[]> e : bySector.entrySet()) {
      sectors.add(
          new SectorWeight(e.getKey(), share(e.getValue()[0], total), (int) e.getValue()[1]));
    }
    sectors.sort(
        Comparator.comparingDouble(SectorWeight::weight)
            .reversed()
            .thenComparing(SectorWeight::sector));
    return new LookThrough(
        snapshot.size(),
        sectors,
        share(unlabelled, total),
        losers,
        share(loserValue, total),
        unknown,
        share(unknownValue, total),
        Optional.of(NO_MARKET_CAP));
  }

  static double share(double part, double total) {
    return total > 0 ? part / total : 0;
  }
}
