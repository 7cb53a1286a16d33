package io.capshift.application.port.in;

import io.capshift.domain.common.Figure;
import java.util.List;

/**
 * Small-cap against large-cap earnings growth.
 *
 * @param small the small side's outlook
 * @param large the large side's outlook
 * @param growthGap small growth − large growth, decimal (0.092 = 9.2 points)
 * @param notes caveats, e.g. the two growth figures cover different horizons
 * @param dataVersion the store's data version the answer reflects
 */
public record GrowthComparison(
    EarningsOutlook small,
    EarningsOutlook large,
    Figure growthGap,
    List<String> notes,
    long dataVersion) {
  public GrowthComparison {
    notes = List.copyOf(notes);
  }
}
