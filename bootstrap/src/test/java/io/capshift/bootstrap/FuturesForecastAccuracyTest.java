package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.domain.history.ForecastErrors;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * How well fed funds futures priced the coming month: the front-month contract's implied rate on
 * the first trading day of each month against that month's realised average of the daily effective
 * rate (DFF, calendar days, the contract's own settlement basis), 2000-01 … 2024-01.
 * Investing.com's roll rule is not documented; on a month's first trading day the front contract is
 * taken to be that month's.
 */
class FuturesForecastAccuracyTest {
  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy");

  @Test
  void frontMonthImpliedRate_againstRealisedDff_printsMaeAndWorstMonth() throws IOException {
    TimeSeries implied = firstTradingDayImplied();
    TimeSeries realised = monthlyDffAverage();

    ForecastErrors e = ForecastErrors.of(implied, realised);

    System.out.printf(
        "futures vs DFF: %d months, MAE %.2f bp, bias %+.2f bp, worst %s:"
            + " implied %.3f%% vs realised %.3f%%%n",
        e.observations(),
        e.meanAbsoluteError() * 1e4,
        e.meanError() * 1e4,
        YearMonth.from(e.worstDate()),
        e.worstForecast() * 100,
        e.worstRealised() * 100);
    int common = 0;
    double worst = 0;
    for (int i = 0; i < implied.size(); i++) {
      var j = realised.indexOnOrBefore(implied.date(i));
      if (j.isPresent() && realised.date(j.getAsInt()).equals(implied.date(i))) {
        common++;
        worst = Math.max(worst, Math.abs(implied.value(i) - realised.value(j.getAsInt())));
      }
    }
    assertThat(e.observations()).isEqualTo(common);
    assertThat(Math.abs(e.worstForecast() - e.worstRealised())).isEqualTo(worst);
    assertThat(e.meanAbsoluteError()).isLessThan(worst);
  }

  /** 100 − price on each month's first trading day, decimal, dated the first of the month. */
  private static TimeSeries firstTradingDayImplied() throws IOException {
    Map<YearMonth, LocalDate> firstDay = new TreeMap<>();
    Map<YearMonth, Double> price = new TreeMap<>();
    List<String> lines =
        Files.readAllLines(
            SharedData.file("fed-funds-futures/investing_ZQ0M_daily_2000-2024.csv"),
            StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      LocalDate d = LocalDate.parse(c[0], US);
      YearMonth m = YearMonth.from(d);
      if (!firstDay.containsKey(m) || d.isBefore(firstDay.get(m))) {
        firstDay.put(m, d);
        price.put(m, Double.parseDouble(c[1]));
      }
    }
    List<Observation> out = new ArrayList<>();
    price.forEach((m, p) -> out.add(new Observation(m.atDay(1), (100 - p) / 100)));
    return TimeSeries.of("zq0m:implied", "decimal rate", out);
  }

  /** The mean of DFF over each complete month, decimal, dated the first of the month. */
  private static TimeSeries monthlyDffAverage() throws IOException {
    Map<YearMonth, double[]> sums = new TreeMap<>();
    List<String> lines =
        Files.readAllLines(SharedData.file("fed-policy-rates/DFF_daily_1954-07-01_2024-01-25.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      YearMonth m = YearMonth.from(LocalDate.parse(c[0], US));
      double[] s = sums.computeIfAbsent(m, k -> new double[2]);
      s[0] += Double.parseDouble(c[1]);
      s[1]++;
    }
    List<Observation> out = new ArrayList<>();
    sums.forEach(
        (m, s) -> {
          if (s[1] == m.lengthOfMonth()) {
            out.add(new Observation(m.atDay(1), s[0] / s[1] / 100));
          }
        });
    return TimeSeries.of("dff:monthly", "decimal rate", out);
  }
}
