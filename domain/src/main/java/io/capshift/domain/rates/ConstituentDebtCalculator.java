package io.capshift.domain.rates;

import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.CreditFigures;
import io.capshift.domain.valuation.SnapshotType;
import java.util.Optional;

/**
 * Measures {@link ConstituentDebt} from an index snapshot. Only index snapshots qualify: a fund
 * holding's earnings are scaled to the position while debt is the whole company's. Stateless; use
 * {@link #DEFAULT}.
 */
public final class ConstituentDebtCalculator {
  /** The shared instance. */
  public static final ConstituentDebtCalculator DEFAULT = new ConstituentDebtCalculator();

  private ConstituentDebtCalculator() {}

  /**
   * @param snapshot an index's constituents
   * @param defaultFloatingShare floating share for names that give none, decimal in [0, 1]
   * @return empty when the snapshot is a fund's, no name gives both debt and earnings, or their
   *     earnings sum to zero or less (a debt/earnings multiple would mean nothing)
   */
  public Optional<ConstituentDebt> measure(
      ConstituentSnapshot snapshot, double defaultFloatingShare) {
    if (!(defaultFloatingShare >= 0 && defaultFloatingShare <= 1)) {
      throw new IllegalArgumentException(
          "defaultFloatingShare must lie in [0, 1]: " + defaultFloatingShare);
    }
    if (snapshot.type() != SnapshotType.INDEX) {
      return Optional.empty();
    }
    int used = 0;
    double totalValue = 0;
    double usedValue = 0;
    double debt = 0;
    double earnings = 0;
    double floatingDebt = 0;
    double debtWithShare = 0;
    for (Constituent c : snapshot.constituents()) {
      totalValue += c.value();
      CreditFigures f = c.credit();
      if (f.totalDebt().isEmpty() || c.earnings().isEmpty()) {
        continue;
      }
      used++;
      usedValue += c.value();
      double d = f.totalDebt().getAsDouble();
      debt += d;
      earnings += c.earnings().getAsDouble();
      floatingDebt += d * f.floatingDebtShare().orElse(defaultFloatingShare);
      debtWithShare += f.floatingDebtShare().isPresent() ? d : 0;
    }
    if (used == 0 || !(earnings > 0)) {
      return Optional.empty();
    }
    return Optional.of(
        new ConstituentDebt(
            used,
            snapshot.size() - used,
            totalValue > 0 ? usedValue / totalValue : 0,
            debt / earnings,
            debt > 0 ? floatingDebt / debt : defaultFloatingShare,
            debt > 0 ? debtWithShare / debt : 0));
  }
}
