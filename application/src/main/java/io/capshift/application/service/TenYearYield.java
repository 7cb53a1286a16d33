package io.capshift.application.service;

import io.capshift.domain.history.TimeSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The 10-year Treasury yield at a date, as known then, from the first stored series that has it
 * within {@link #MAX_AGE_DAYS}: FRED DGS10 (daily), its monthly averages, the datahub monthly file,
 * Shiller's GS10, Goyal–Welch's long-term yield.
 */
final class TenYearYield {
  /** Series ids tried in order. */
  static final List<String> CANDIDATES =
      List.of(
          "dgs10:value", "dgs10-monthly:value", "us10y:value", "shiller:gs10", "goyal-welch:lty");

  /** Observations older than this many days before the date are not used. */
  static final int MAX_AGE_DAYS = 45;

  /** A yield, decimal, with its date and series. */
  record Found(double value, LocalDate date, String seriesId, String datasetId) {}

  private TenYearYield() {}

  static Optional<Found> at(SeriesResolver resolver, LocalDate date) {
    for (String id : CANDIDATES) {
      Optional<SeriesResolver.Resolved> r = resolver.find(id, Optional.of(date));
      OptionalInt i =
          r.map(x -> x.series().indexWithin(date, MAX_AGE_DAYS)).orElse(OptionalInt.empty());
      if (i.isPresent()) {
        TimeSeries s = r.get().series();
        return Optional.of(
            new Found(
                s.value(i.getAsInt()), s.date(i.getAsInt()), id, r.get().dataset().datasetId()));
      }
    }
    return Optional.empty();
  }
}
