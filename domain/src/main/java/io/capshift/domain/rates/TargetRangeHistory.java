package io.capshift.domain.rates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Changes of the federal funds target range, in date order, one per effective date.
 *
 * @param changes the ranges, sorted by effective date
 */
public record TargetRangeHistory(List<TargetRange> changes) {
  public TargetRangeHistory {
    List<TargetRange> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparing(TargetRange::effectiveDate));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).effectiveDate().equals(sorted.get(i - 1).effectiveDate())) {
        throw new IllegalArgumentException(
            "two ranges take effect on " + sorted.get(i).effectiveDate());
      }
    }
    changes = List.copyOf(sorted);
  }
}
