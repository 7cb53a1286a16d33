package io.capshift.domain.history;

import java.time.LocalDate;

/**
 * How far a forecast series was from what was realised, on the dates both have.
 *
 * @param observations dates compared
 * @param meanAbsoluteError mean of |forecast − realised|, in the series' unit
 * @param meanError mean of forecast − realised (bias), in the series' unit
 * @param worstDate the date of the largest absolute error
 * @param worstForecast the forecast on that date
 * @param worstRealised the realised value on that date
 */
public record ForecastErrors(
    int observations,
    double meanAbsoluteError,
    double meanError,
    LocalDate worstDate,
    double worstForecast,
    double worstRealised) {

  /** Compares {@code forecast} with {@code realised} on their common dates. */
  public static ForecastErrors of(TimeSeries forecast, TimeSeries realised) {
    TimeSeries errors =
        SeriesMath.DEFAULT.difference("errors", "forecast - realised", forecast, realised).series();
    if (errors.size() == 0) {
      throw new IllegalArgumentException(
          forecast.id() + " and " + realised.id() + " have no date in common");
    }
    double abs = 0;
    double sum = 0;
    int worst = 0;
    for (int i = 0; i < errors.size(); i++) {
      double e = errors.value(i);
      abs += Math.abs(e);
      sum += e;
      worst = Math.abs(e) > Math.abs(errors.value(worst)) ? i : worst;
    }
    LocalDate date = errors.date(worst);
    return new ForecastErrors(
        errors.size(),
        abs / errors.size(),
        sum / errors.size(),
        date,
        valueAt(forecast, date),
        valueAt(realised, date));
  }

  private static double valueAt(TimeSeries s, LocalDate date) {
    return s.value(s.indexOnOrBefore(date).getAsInt());
  }
}
