package io.capshift.application.service;

import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.TargetRange;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The target range at a date from FRED's DFEDTARU and DFEDTARL series, when they were imported and
 * reach that date. Without DFEDTARL the lower bound is the upper minus 25 bp, the width of every
 * range since 2008-12-16, and the source says so.
 */
final class FredTargetRange {
  static final String UPPER = "dfedtaru:value";
  static final String LOWER = "dfedtarl:value";
  private static final double WIDTH = 0.0025;
  private static final int MAX_GAP_DAYS = 3;

  /** A range and where it came from. */
  record Found(TargetRange range, String source) {}

  private FredTargetRange() {}

  static Optional<Found> at(SeriesResolver series, LocalDate date) {
    Optional<SeriesResolver.Resolved> upper = series.find(UPPER, Optional.of(date));
    if (upper.isEmpty()) {
      return Optional.empty();
    }
    TimeSeries u = upper.get().series();
    OptionalInt i = u.indexWithin(date, MAX_GAP_DAYS);
    if (i.isEmpty()) {
      return Optional.empty();
    }
    double hi = u.value(i.getAsInt());
    LocalDate effective = runStart(u, i.getAsInt());
    String source = upper.get().dataset().datasetId();
    Optional<SeriesResolver.Resolved> lower = series.find(LOWER, Optional.of(date));
    OptionalInt j =
        lower.map(l -> l.series().indexWithin(date, MAX_GAP_DAYS)).orElse(OptionalInt.empty());
    double lo;
    if (j.isPresent()) {
      lo = lower.get().series().value(j.getAsInt());
      source += " + " + lower.get().dataset().datasetId();
    } else {
      lo = hi - WIDTH;
      source += " (lower bound = upper - 25 bp: no DFEDTARL reaches " + date + ")";
    }
    return Optional.of(new Found(new TargetRange(effective, lo, hi), source));
  }

  /** The first date of the run of equal values that ends at index {@code i}. */
  private static LocalDate runStart(TimeSeries s, int i) {
    int k = i;
    while (k > 0 && s.value(k - 1) == s.value(i)) {
      k--;
    }
    return s.date(k);
  }
}
